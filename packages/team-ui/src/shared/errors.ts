import { TeamError, type Verdict } from '@fiko/team-sdk';
import { useTeam } from '../provider/TeamProvider';

/**
 * A localized sentence for a failure or a refusal. Validation failures keep
 * the schema's own sentence for the field; every other code has a catalog entry.
 */
export function useErrorText() {
  const { messages } = useTeam();
  return (error: unknown) => {
    const teamError = TeamError.from(error);
    return messages.errors[teamError.code];
  };
}

/** The localized reason of a refused verdict. */
export function useRefusalText() {
  const { messages } = useTeam();
  return (verdict: Verdict) => (verdict.allowed ? '' : messages.errors[verdict.code]);
}
