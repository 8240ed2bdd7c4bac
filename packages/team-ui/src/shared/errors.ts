import { TeamError, type Verdict } from '@fiko/team-sdk';
import { useCallback } from 'react';
import type { Messages } from '../messages';
import { useTeam } from '../provider/TeamProvider';

/**
 * The localized sentence for a failure: every `TeamError` code has one in the
 * catalog. Anything that is not a `TeamError` reads as `unknown`.
 */
export function useErrorText() {
  const { messages } = useTeam();
  return useCallback(
    (error: unknown) => messages.errors[TeamError.from(error).code],
    [messages],
  );
}

/** The reason of a refused verdict, in the catalog's words; empty when allowed. */
export function refusalText(verdict: Verdict, messages: Messages): string {
  if (verdict.allowed) return '';

  // "Not valid" says nothing about a refused menu item; the rule's own
  // reason names the fix (e.g. reactivate before promoting). The rule module
  // writes it in English: catalogs cover the codes, not each reason.
  if (verdict.code === 'validation') return verdict.reason;
  return messages.errors[verdict.code];
}

/** The localized reason of a refused verdict. */
export function useRefusalText() {
  const { messages } = useTeam();
  return (verdict: Verdict) => refusalText(verdict, messages);
}
