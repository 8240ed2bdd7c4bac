import type { Db } from '../db/database';
import { createFacts } from './facts';
import { createGroupActions } from './groups';
import { createInvitationActions } from './invitations';
import { createMemberActions } from './members';
import { createReads } from './reads';
import { createSessions } from './sessions';

export interface TeamServiceOptions {
  db: Db;
  now: () => Date;
  acceptUrl: (token: string) => string;
}

/**
 * Every action of the team, each one transaction: the facts are read with
 * SQL, judged by the SDK's rule module, and written only when it allows.
 */
export function createTeamService(options: TeamServiceOptions) {
  const context = { ...options, facts: createFacts(options.db) };
  const sessions = createSessions(options.db, options.now);

  return {
    db: options.db,
    facts: context.facts,
    sessions,
    ...createReads(context),
    ...createInvitationActions(context, sessions),
    ...createMemberActions(context, sessions),
    ...createGroupActions(context),
  };
}

export type TeamService = ReturnType<typeof createTeamService>;
