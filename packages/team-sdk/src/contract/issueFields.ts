import type { TeamErrorFields } from '../errors';

interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * Field path (`memberIds.2`) mapped to its first problem, from schema issues.
 * An issue about the whole value (an array where an object belongs) is filed
 * under `root`, such as `body` or `query`.
 */
export function fieldsOfIssues(issues: readonly Issue[], root: string): TeamErrorFields {
  const fields: TeamErrorFields = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || root;
    fields[path] ??= issue.message;
  }
  return fields;
}
