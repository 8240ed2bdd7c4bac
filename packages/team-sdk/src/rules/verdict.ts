import { TeamError, type TeamErrorCode, type TeamErrorFields } from '../errors';
import type { Role } from '../schemas';

/**
 * Which precise check refused a `validation` verdict (or a `self_action` one
 * of the team's last super admin, who has nobody to ask), with the values its
 * sentence needs. `reason` says it in English; a UI catalog words it in its
 * own language from this instead, since one code covers many different fixes.
 */
export type RefusalDetail =
  | { check: 'sameRole'; role: Role }
  | { check: 'reactivateToPromote' }
  | { check: 'adminToSuperAdmin' }
  | { check: 'reactivateToSuperAdmin' }
  | { check: 'alreadySuperAdmin' }
  | { check: 'notSuperAdmin' }
  | { check: 'alreadyActive' }
  | { check: 'alreadyInactive' }
  | { check: 'seatsInUse'; used: number }
  | { check: 'groupNameTaken'; name: string }
  | { check: 'unknownMembers'; memberIds: readonly string[] }
  | { check: 'lastSuperAdminSelf' };

/** The name of each precise check a `RefusalDetail` can carry. */
export type RefusalCheck = RefusalDetail['check'];

/** The answer of a rule: allowed, or refused with a code and a reason a person can read. */
export type Verdict =
  | { allowed: true }
  | {
      allowed: false;
      code: TeamErrorCode;
      reason: string;
      fields?: TeamErrorFields;
      /**
       * Which check refused, for localized wording: set on `validation`
       * refusals, and on the `self_action` refusal of the last super admin.
       */
      detail?: RefusalDetail;
    };

export const ALLOWED: Verdict = Object.freeze({ allowed: true });

/** A refusal with the default message of its code, or a more precise one. */
export function refuse(
  code: TeamErrorCode,
  reason?: string,
  fields?: TeamErrorFields,
): Verdict {
  const verdict: Verdict = {
    allowed: false,
    code,
    reason: reason ?? TeamError.defaultMessage(code),
  };
  if (fields) verdict.fields = fields;
  return verdict;
}

/** A `validation` refusal that says which check refused, for catalogs to word. */
export function refuseInvalid(
  detail: RefusalDetail,
  reason: string,
  fields: TeamErrorFields,
): Verdict {
  return { allowed: false, code: 'validation', reason, fields, detail };
}

/** Throws the `TeamError` of a refusal; does nothing when the verdict allows. */
export function assertAllowed(verdict: Verdict): void {
  if (verdict.allowed) return;
  throw new TeamError(verdict.code, verdict.reason, { fields: verdict.fields });
}

/** The first refusal among verdicts, or `ALLOWED`. Evaluated in order. */
export function firstRefusal(...checks: Array<() => Verdict>): Verdict {
  for (const check of checks) {
    const verdict = check();
    if (!verdict.allowed) return verdict;
  }
  return ALLOWED;
}
