import { type RefusalDetail, TeamError, type Verdict } from '@fiko/team-sdk';
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

  // "Not valid" says nothing about a refused menu item: the check that
  // refused names the fix (e.g. reactivate before promoting). A custom rule
  // without a detail still says its own reason rather than the generic line.
  if (verdict.detail) return detailText(verdict.detail, messages);
  if (verdict.code !== 'validation') return messages.errors[verdict.code];
  return verdict.reason;
}

function detailText(detail: RefusalDetail, messages: Messages): string {
  const words = messages.refusals;
  switch (detail.check) {
    case 'sameRole':
      return words.sameRole(messages.roles[detail.role]);
    case 'seatsInUse':
      return words.seatsInUse(detail.used);
    case 'groupNameTaken':
      return words.groupNameTaken(detail.name);
    default:
      return words[detail.check];
  }
}

/** The localized reason of a refused verdict. */
export function useRefusalText() {
  const { messages } = useTeam();
  return (verdict: Verdict) => refusalText(verdict, messages);
}
