import type { BackendKind, Session } from '../backend/consoleBackend';

// sessionStorage, not localStorage: each tab keeps its own person, so two
// tabs side by side can be two people.
const keyFor = (kind: BackendKind) => `fiko.console.session.${kind}`;

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.memberId === 'string' && typeof candidate.token === 'string';
}

export function readSession(kind: BackendKind): Session | null {
  try {
    const stored: unknown = JSON.parse(
      window.sessionStorage.getItem(keyFor(kind)) ?? 'null',
    );
    return isSession(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function writeSession(kind: BackendKind, session: Session | null) {
  if (session) window.sessionStorage.setItem(keyFor(kind), JSON.stringify(session));
  else window.sessionStorage.removeItem(keyFor(kind));
}
