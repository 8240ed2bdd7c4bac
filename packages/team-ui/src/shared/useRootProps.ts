import { useTeam } from '../provider/TeamProvider';
import { cx } from './cx';

/**
 * The attributes every root and every portalled layer carries: the `fiko`
 * class the stylesheet scopes to, the provider's class, the theme, the
 * direction and the language (so screen readers pick the catalog's voice,
 * whatever the host page's own `lang`).
 */
export function useRootProps(slot: string, className?: string) {
  const team = useTeam();
  return {
    className: cx('fiko', team.className, className),
    'data-slot': slot,
    'data-theme': team.theme === 'system' ? undefined : team.theme,
    dir: team.dir,
    lang: team.locale,
  };
}
