import { TeamError } from '@fiko/team-sdk';
import type { Db } from '../db/database';
import type { Caller } from './facts';
import { createSessionToken, hashSessionToken } from './ids';

/** Sessions last this long after sign-in. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Bearer sessions, stored by the hash of their token. */
export function createSessions(db: Db, now: () => Date) {
  const insert = db.prepare(
    `INSERT INTO sessions (token_hash, team_id, member_id, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  // A session is only as good as its member: deleted members take their
  // sessions with them (cascade), deactivated ones are refused here.
  const lookup = db.prepare<[string, string], { team_id: string; member_id: string }>(
    `SELECT s.team_id, s.member_id
       FROM sessions s
       JOIN members m ON m.team_id = s.team_id AND m.id = s.member_id
      WHERE s.token_hash = ? AND s.expires_at > ? AND m.status = 'active'`,
  );
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const removeForMember = db.prepare(
    'DELETE FROM sessions WHERE team_id = ? AND member_id = ?',
  );

  return {
    /** Opens a session for a member; returns its token, which is never stored. */
    create(caller: Caller): string {
      const token = createSessionToken();
      const at = now();
      insert.run(
        hashSessionToken(token),
        caller.teamId,
        caller.memberId,
        at.toISOString(),
        new Date(at.getTime() + SESSION_TTL_MS).toISOString(),
      );
      return token;
    },

    /** The caller a bearer token stands for; `unauthenticated` when it stands for no one. */
    resolve(token: string | undefined): Caller {
      const row = token
        ? lookup.get(hashSessionToken(token), now().toISOString())
        : undefined;
      if (!row) throw new TeamError('unauthenticated');
      return { teamId: row.team_id, memberId: row.member_id };
    },

    end(token: string): void {
      remove.run(hashSessionToken(token));
    },

    /** Ends every session of a member, as deactivation does. */
    endAllOf(caller: Caller): void {
      removeForMember.run(caller.teamId, caller.memberId);
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
