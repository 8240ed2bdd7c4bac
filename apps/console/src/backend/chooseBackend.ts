import type { BackendKind, ConsoleBackend } from './consoleBackend';
import { createMemoryBackend } from './memoryBackend';
import { createServerBackend } from './serverBackend';

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

export function createBackend(kind: BackendKind): ConsoleBackend {
  return kind === 'memory' ? createMemoryBackend() : createServerBackend();
}
