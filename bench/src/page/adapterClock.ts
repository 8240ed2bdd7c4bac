import type { TeamAdapter } from '@fiko/team-sdk';

/*
 * Time spent inside the memory adapter, so that a figure can be split into
 * what the stand-in backend costs and what the components cost.
 */

let spentMs = 0;

/** Milliseconds spent in adapter calls so far (from call to settled promise). */
export function adapterSpent(): number {
  return spentMs;
}

/** The adapter with every method timed. */
export function timedAdapter(adapter: TeamAdapter): TeamAdapter {
  const timed: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(adapter)) {
    if (typeof method !== 'function' || name === 'subscribe') {
      timed[name] = method;
      continue;
    }
    timed[name] = async (...args: unknown[]) => {
      const started = performance.now();
      try {
        return await method.apply(adapter, args);
      } finally {
        spentMs += performance.now() - started;
      }
    };
  }
  return timed as unknown as TeamAdapter;
}
