import { useTeam } from '../provider/TeamProvider';
import { cx } from './cx';

/**
 * The attributes every root and every portalled layer carries: the `fiko`
 * class the stylesheet scopes to, the theme and the direction.
 */
export function useRootProps(slot: string, className?: string) {
  const { theme, dir } = useTeam();
  return {
    className: cx('fiko', className),
    'data-slot': slot,
    'data-theme': theme === 'system' ? undefined : theme,
    dir,
  };
}
