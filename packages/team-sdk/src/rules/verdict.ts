import { TeamError, type TeamErrorCode, type TeamErrorFields } from '../errors';

/** The answer of a rule: allowed, or refused with a code and a reason a person can read. */
export type Verdict =
  | { allowed: true }
  | { allowed: false; code: TeamErrorCode; reason: string; fields?: TeamErrorFields };

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
