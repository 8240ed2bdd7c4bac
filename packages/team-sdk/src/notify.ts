/**
 * Calls every listener with a change. A listener that throws cannot stop the
 * others from hearing it, nor fail the change that was already made: its error
 * is rethrown on its own, as `EventTarget` does, so it is still seen.
 */
export function notifyAll<T>(listeners: Iterable<(value: T) => void>, value: T): void {
  for (const listener of [...listeners]) {
    try {
      listener(value);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
