import { TeamError, type Verdict } from '@fiko/team-sdk';
import { useCallback } from 'react';
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

/** The localized reason of a refused verdict. */
export function useRefusalText() {
  const { messages } = useTeam();
  return (verdict: Verdict) => (verdict.allowed ? '' : messages.errors[verdict.code]);
}
