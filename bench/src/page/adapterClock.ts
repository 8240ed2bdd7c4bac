import type { TeamAdapter } from '@fiko/team-sdk';

/*
 * Time spent inside the memory adapter, so that a figure can be split into
 * what the stand-in backend costs and what the components cost.
 */

let spentMs = 0;
let pending = 0;
let since = 0;

/**
 * Milliseconds during which at least one adapter call was in flight: calls
 * made together overlap, and their union is what they cost the page.
 */
export function adapterSpent(): number {
  return spentMs + (pending > 0 ? performance.now() - since : 0);
}

function enter(): void {
  if (pending++ === 0) since = performance.now();
}

function leave(): void {
  if (--pending === 0) spentMs += performance.now() - since;
}

/**
 * The adapter with every method timed, in place: the same object, so the
 * client still knows it for one of the SDK's own adapters and measures what a
 * host on the memory adapter gets.
 */
export function timedAdapter(adapter: TeamAdapter): TeamAdapter {
  const methods = adapter as unknown as Record<string, unknown>;
  for (const [name, method] of Object.entries(adapter)) {
    if (typeof method !== 'function' || name === 'subscribe') continue;
    methods[name] = async (...args: unknown[]) => {
      enter();
      try {
        return await method.apply(adapter, args);
      } finally {
        leave();
      }
    };
  }
  return adapter;
}
