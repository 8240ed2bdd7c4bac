import type { BackendKind, ConsoleBackend } from './consoleBackend';

const STORAGE_KEY = 'fiko.console.backend';

function isKind(value: unknown): value is BackendKind {
  return value === 'server' || value === 'memory';
}

/**
 * `?backend=memory` (or `?backend=server`) picks the backend and is remembered
 * for the tab, so links inside the console need not carry it. Otherwise
 * `VITE_FIKO_BACKEND` decides. Defaults to `server`.
 */
export function backendKindFor(search: string, storage: Storage): BackendKind {
  const asked = new URLSearchParams(search).get('backend');
  if (isKind(asked)) {
    storage.setItem(STORAGE_KEY, asked);
    return asked;
  }
  const remembered = storage.getItem(STORAGE_KEY);
  if (isKind(remembered)) return remembered;
  const configured: unknown = import.meta.env.VITE_FIKO_BACKEND;
  return isKind(configured) ? configured : 'server';
}

/**
 * Loads only the backend the tab uses: the memory one brings the demo team
 * and the whole rule engine, which a console on the server never needs.
 */
export async function createBackend(kind: BackendKind): Promise<ConsoleBackend> {
  if (kind === 'memory') return (await import('./memoryBackend')).createMemoryBackend();
  return (await import('./serverBackend')).createServerBackend();
}
