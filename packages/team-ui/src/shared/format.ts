import { useMemo } from 'react';
import { useTeam } from '../provider/TeamProvider';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Formats dates in the provider's locale: relative within a month ("3 days
 * ago"), a medium date beyond.
 */
export function useDateFormat() {
  const { locale, now } = useTeam();
  return useMemo(() => {
    const absolute = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    return (iso: string) => {
      const time = Date.parse(iso);
      const days = Math.round((time - now().getTime()) / DAY);
      if (Math.abs(days) <= 30) return relative.format(days, 'day');
      return absolute.format(time);
    };
  }, [locale, now]);
}

/** A full date and time, for the `title` and `dateTime` of a date. */
export function useFullDateFormat() {
  const { locale } = useTeam();
  return useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }),
    [locale],
  );
}

/** Up to two initials of a name or an email address. */
export function initialsOf(nameOrEmail: string): string {
  const words = nameOrEmail.split(/[\s@._-]+/).filter(Boolean);
  const letters = words.slice(0, 2).map((word) => [...word][0] ?? '');
  return letters.join('').toLocaleUpperCase();
}
