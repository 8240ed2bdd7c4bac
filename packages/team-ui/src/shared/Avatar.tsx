import { initialsOf } from './format';

/** The initials of a person, decorative: the name is always written beside it. */
export function Avatar(props: { name: string; muted?: boolean }) {
  return (
    <span
      aria-hidden="true"
      data-slot="avatar"
      data-state={props.muted ? 'muted' : undefined}
      className="fiko-avatar"
    >
      {initialsOf(props.name)}
    </span>
  );
}
