/**
 * Seconds to wait from a `Retry-After` header: delay seconds or an HTTP date.
 * `undefined` when the header is absent or unreadable.
 */
export function retryAfterSeconds(
  header: string | null | undefined,
  now: () => number = Date.now,
): number | undefined {
  if (!header) return undefined;
  const value = header.trim();

  if (/^\d+$/.test(value)) {
    // Twenty digits read as 1e20 and four hundred as Infinity: no wait a UI can show.
    const seconds = Number(value);
    return Number.isSafeInteger(seconds) ? seconds : undefined;
  }

  // An HTTP date names its day and month; without the check `Date.parse('-5')`
  // would read a year and turn a malformed header into "retry now".
  if (!/[a-z]{3}/i.test(value)) return undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now()) / 1000));
}
