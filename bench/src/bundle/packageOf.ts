/** The npm package a bundled file belongs to, workspace packages included. */
export function packageOf(path: string): string {
  const normalised = path.replace(/\\/g, '/');
  const modules = normalised.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = normalised.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path);
  }
  const workspace = normalised.match(/(?:^|\/)(packages|apps)\/([^/]+)\//);
  if (workspace) return `@fiko/${workspace[2]}`;
  if (/-host\.tsx?$/.test(normalised)) return '(host entry)';
  return normalised.startsWith('\0') || normalised.startsWith('(') ? '(bundler)' : path;
}

/** A short, readable path of a bundled file: from its package on. */
export function shortPath(path: string): string {
  const normalised = path.replace(/\\/g, '/');
  const modules = normalised.lastIndexOf('node_modules/');
  if (modules >= 0) return normalised.slice(modules + 'node_modules/'.length);
  const workspace = normalised.match(/(?:^|\/)((?:packages|apps)\/.+)$/);
  return workspace?.[1] ?? normalised;
}
