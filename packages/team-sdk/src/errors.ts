/** Every reason a team action can fail, stable across versions and transports. */
export const TEAM_ERROR_CODES = [
  'unauthenticated',
  'forbidden',
  'not_found',
  'validation',
  'no_seats',
  'already_member',
  'already_invited',
  'self_action',
  'last_admin',
  'admin_cannot_be_deactivated',
  'invitation_expired',
  'invitation_invalid',
  'conflict',
  'rate_limited',
  'network',
  'invalid_response',
  'unknown',
] as const;

export type TeamErrorCode = (typeof TEAM_ERROR_CODES)[number];

/** Field path (dot separated, e.g. `email` or `memberIds.2`) mapped to what is wrong with it. */
export type TeamErrorFields = Record<string, string>;

export interface TeamErrorOptions {
  /** Validation problems, by field. Only set for `validation` and `invalid_response`. */
  fields?: TeamErrorFields;
  /** The underlying error (a network failure, a schema issue, a backend body). */
  cause?: unknown;
  /** Seconds to wait before retrying, when the backend said so (`rate_limited`). */
  retryAfter?: number;
}

/** The serialisable shape of a `TeamError`, as it travels over the REST contract. */
export interface TeamErrorBody {
  code: TeamErrorCode;
  message: string;
  fields?: TeamErrorFields;
}

const DEFAULT_MESSAGES: Record<TeamErrorCode, string> = {
  unauthenticated: 'Your session has ended. Sign in again to continue.',
  forbidden: 'You do not have permission to do this. Ask a super admin.',
  not_found: 'This item no longer exists. Refresh to see the current team.',
  validation: 'Some fields are not valid. Correct them and try again.',
  no_seats: 'No seats are available. Add seats or free one before inviting.',
  already_member: 'This person is already a member of the team.',
  already_invited: 'This address already has a pending invitation. Resend it instead.',
  self_action: 'You cannot change or remove your own account. Ask another super admin.',
  last_admin:
    'The team must keep at least one active super admin. Make another member super admin first.',
  admin_cannot_be_deactivated:
    'Admins cannot be deactivated, only deleted. Change their role first to deactivate them.',
  invitation_expired: 'This invitation has expired. Ask the team to resend it.',
  invitation_invalid:
    'This invitation link is not valid: it was used, cancelled or replaced by a newer one.',
  conflict:
    'Someone else changed this in the meantime. Review the current state and try again.',
  rate_limited: 'Too many requests. Wait a moment and try again.',
  network: 'The server could not be reached. Check the connection and try again.',
  invalid_response: 'The server answered with data the team kit does not understand.',
  unknown: 'Something went wrong. Try again.',
};

const CODE_SET: ReadonlySet<string> = new Set(TEAM_ERROR_CODES);

/** Whether a value is one of the known `TeamErrorCode`s. */
export function isTeamErrorCode(value: unknown): value is TeamErrorCode {
  return typeof value === 'string' && CODE_SET.has(value);
}

/**
 * The one error class of the kit. Every failure of the client, of an adapter
 * or of the backend reaches the host as a `TeamError` with a stable `code`.
 */
// A registry symbol, not a module-local one: a host that ends up with two
// copies of the kit (ESM and CJS, or two versions) still recognises its errors.
const TEAM_ERROR_BRAND = Symbol.for('fiko.team-error');

function isBranded(error: unknown): error is TeamError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Record<symbol, unknown>)[TEAM_ERROR_BRAND] === true
  );
}

// Reading a thrown value can throw in turn (a revoked proxy, a getter that
// throws); the normaliser must still answer, or a failure escapes untyped.
function readSafely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export class TeamError extends Error {
  override readonly name = 'TeamError';
  readonly [TEAM_ERROR_BRAND] = true;
  readonly code: TeamErrorCode;
  readonly fields: TeamErrorFields | undefined;
  readonly retryAfter: number | undefined;

  constructor(code: TeamErrorCode, message?: string, options: TeamErrorOptions = {}) {
    super(message ?? DEFAULT_MESSAGES[code], { cause: options.cause });
    this.code = code;
    this.fields = options.fields;
    this.retryAfter = options.retryAfter;
  }

  /** The default, human message for a code. */
  static defaultMessage(code: TeamErrorCode): string {
    return DEFAULT_MESSAGES[code];
  }

  /**
   * Turns anything thrown into a `TeamError`: a `TeamError` stays as it is, a
   * serialised body (bare, or wrapped as the REST contract's `{ error }`)
   * becomes one again, anything else is `unknown` with the original kept as `cause`.
   */
  static from(error: unknown): TeamError {
    if (readSafely(() => isBranded(error), false)) return error as TeamError;
    const body = readSafely(() => bodyOf(error), undefined);
    if (body) {
      return new TeamError(body.code, body.message || undefined, {
        fields: stringFields(body.fields),
        cause: error,
      });
    }
    return new TeamError('unknown', undefined, { cause: error });
  }

  /**
   * Whether a value is a `TeamError`, optionally with one of the given codes.
   * With codes, `error.code` narrows to them, so a `switch` on it stays exhaustive.
   */
  static is<Code extends TeamErrorCode = TeamErrorCode>(
    error: unknown,
    ...codes: Code[]
  ): error is TeamError & { readonly code: Code } {
    if (!readSafely(() => isBranded(error), false)) return false;
    const { code } = error as TeamError;
    return codes.length === 0 || (codes as readonly TeamErrorCode[]).includes(code);
  }

  /** The shape that crosses the wire. */
  toJSON(): TeamErrorBody {
    const body: TeamErrorBody = { code: this.code, message: this.message };
    if (this.fields) body.fields = this.fields;
    return body;
  }
}

/** Whether a value looks like a serialised `TeamError`. */
export function isTeamErrorBody(value: unknown): value is TeamErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return isTeamErrorCode(candidate.code) && typeof candidate.message === 'string';
}

/** Shorthand for a validation error on one or more fields. */
export function validationError(fields: TeamErrorFields, message?: string): TeamError {
  const first = Object.values(fields)[0];
  return new TeamError('validation', message ?? first, { fields });
}

function bodyOf(value: unknown): TeamErrorBody | undefined {
  if (isTeamErrorBody(value)) return value;
  const wrapped = (value as { error?: unknown } | null)?.error;
  return isTeamErrorBody(wrapped) ? wrapped : undefined;
}

// A body from the network may carry anything under `fields`; only text reaches a UI.
function stringFields(fields: unknown): TeamErrorFields | undefined {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    return undefined;
  }
  const entries = Object.entries(fields).filter(([, text]) => typeof text === 'string');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
