import type { MemoryStore } from '@fiko/team-sdk/memory';
import { createTeamHandlers } from '@fiko/team-sdk/msw';
import { type SetupWorker, setupWorker } from 'msw/browser';
import { STORY_API_BASE } from './scenario';

let started: Promise<SetupWorker> | undefined;

/**
 * Starts the service worker once per page. Stories on the HTTP adapter wait
 * for it in a loader, before their first request.
 */
export function startWorker(): Promise<SetupWorker> {
  started ??= startOnce();
  return started;
}

async function startOnce(): Promise<SetupWorker> {
  const worker = setupWorker();
  await worker.start({
    // BASE_URL is relative in a static build, so the worker is found under any path.
    // biome-ignore lint/suspicious/noUndeclaredEnvVars: Vite's base path, fixed at build time
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return worker;
}

/** Points the API of the worker at this story's team. */
export async function serveTeam(store: MemoryStore): Promise<void> {
  const worker = await startWorker();
  worker.resetHandlers(...createTeamHandlers({ store, baseUrl: STORY_API_BASE }));
}
