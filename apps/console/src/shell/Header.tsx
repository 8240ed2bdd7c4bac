import { ROLE_LABELS } from '../roleLabels';
import { useSession } from '../session/SessionProvider';
import { useMe } from '../session/useMe';
import { SignInSwitcher } from './SignInSwitcher';

function SignedInPerson() {
  const me = useMe();
  if (!me.data) return null;
  const { member, team } = me.data;
  return (
    <p className="console-person" data-slot="signed-in-person">
      <span className="console-person-name">{member.name}</span>
      <span className="console-person-role">{ROLE_LABELS[member.role]}</span>
      {member.superAdmin && (
        <span className="console-badge" data-slot="super-admin-mark">
          Super admin
        </span>
      )}
      <span className="console-person-team">{team.name}</span>
    </p>
  );
}

/** The console's banner: product, backend, who is signed in and the switcher. */
export function Header() {
  const { backend, session, signOut } = useSession();
  return (
    <header className="console-header">
      <p className="console-product">
        <span aria-hidden="true" className="console-logo">
          ◆
        </span>{' '}
        Fiko Console
      </p>
      {backend.kind === 'memory' && (
        <p className="console-backend-note" data-slot="memory-backend-note">
          Memory backend: a demo team inside this page, reset on reload.
        </p>
      )}
      <div className="console-account">
        {session && <SignedInPerson />}
        <SignInSwitcher />
        {session && (
          <button type="button" className="console-button" onClick={() => void signOut()}>
            Sign out
          </button>
        )}
      </div>
    </header>
  );
}
