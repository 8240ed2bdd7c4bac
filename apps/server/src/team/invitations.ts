import {
  type AcceptedInvitation,
  assertAllowed,
  checkAcceptInvitation,
  checkCancelInvitation,
  checkInvite,
  checkResendInvitation,
  createInvitationToken,
  hashInvitationToken,
  type Invitation,
  type InvitationPreview,
  invitationExpiry,
  invitationStatusAt,
  ROLE_NAMES,
  type Role,
} from '@fiko/team-sdk';
import { readTransaction, writeTransaction } from '../db/database';
import { emailKey, nameKey, roleRank, searchText } from '../db/rows';
import type { InvitationEmail } from '../mail/mailer';
import type { ServiceContext } from './context';
import type { Caller } from './facts';
import { createId } from './ids';
import type { Sessions } from './sessions';

/** An invitation that was just sent, and the email that carries its link. */
export interface SentInvitation {
  invitation: Invitation;
  email: InvitationEmail;
}

export function createInvitationActions(context: ServiceContext, sessions: Sessions) {
  const { db, facts } = context;

  const insertInvitation = db.prepare(
    `INSERT INTO invitations (team_id, id, email, email_key, role, status, invited_at,
       expires_at, invited_by, version, token_hash)
     VALUES (@teamId, @id, @email, @emailKey, @role, 'pending', @invitedAt, @expiresAt,
       @invitedBy, 1, @tokenHash)`,
  );
  const deleteExpired = db.prepare(
    `DELETE FROM invitations
      WHERE team_id = ? AND email_key = ? AND status = 'pending' AND expires_at <= ?`,
  );
  const deleteInvitation = db.prepare(
    'DELETE FROM invitations WHERE team_id = ? AND id = ?',
  );
  const renewInvitation = db.prepare(
    `UPDATE invitations
        SET status = 'pending', invited_at = @invitedAt, expires_at = @expiresAt,
            invited_by = @invitedBy, token_hash = @tokenHash, version = version + 1
      WHERE team_id = @teamId AND id = @id`,
  );

  /** Issues a new token for an invitation; only its hash reaches the table. */
  function composeEmail(
    caller: Caller,
    invitation: Invitation,
    sentAt: Date,
  ): { email: InvitationEmail; tokenHash: string } {
    const token = createInvitationToken();
    const team = facts.team(caller.teamId);
    const inviter = facts.member(caller.teamId, caller.memberId);
    const link = context.acceptUrl(token);
    const from = inviter ? `${inviter.name} invited you` : 'You are invited';
    const email: InvitationEmail = {
      id: createId('mail'),
      teamId: caller.teamId,
      invitationId: invitation.id,
      to: invitation.email,
      subject: `Join ${team.name} on Fiko`,
      text: `${from} to join ${team.name} as ${ROLE_NAMES[invitation.role]}. Accept within 7 days: ${link}`,
      acceptUrl: link,
      token,
      sentAt: sentAt.toISOString(),
    };
    return { email, tokenHash: hashInvitationToken(token) };
  }

  function invite(caller: Caller, input: { email: string; role: Role }): SentInvitation {
    return writeTransaction(db, () => {
      const now = context.now();
      const key = emailKey(input.email);
      assertAllowed(
        checkInvite({
          actor: facts.actor(caller),
          seats: facts.seats(caller.teamId, now),
          existingMember: facts.memberByEmail(caller.teamId, key),
          pendingInvitation: facts.openInvitation(caller.teamId, key, now),
        }),
      );

      // An expired invitation to the same address is replaced by the new one.
      deleteExpired.run(caller.teamId, key, now.toISOString());
      const invitation: Invitation = {
        id: createId('inv'),
        email: input.email,
        role: input.role,
        status: 'pending',
        invitedAt: now.toISOString(),
        expiresAt: invitationExpiry(now).toISOString(),
        invitedBy: caller.memberId,
        version: 1,
      };
      const { email, tokenHash } = composeEmail(caller, invitation, now);
      insertInvitation.run({
        ...invitation,
        teamId: caller.teamId,
        emailKey: key,
        tokenHash,
      });
      return { invitation, email };
    });
  }

  function cancelInvitation(
    caller: Caller,
    input: { invitationId: string; version?: number },
  ): Invitation {
    return writeTransaction(db, () => {
      const invitation = facts.invitation(caller.teamId, input.invitationId);
      const status = invitationStatusAt(invitation, context.now());
      assertAllowed(
        checkCancelInvitation({
          actor: facts.actor(caller),
          invitation: { status, version: invitation.version },
          version: input.version,
        }),
      );

      // A cancelled invitation is history: it leaves the table with its token.
      deleteInvitation.run(caller.teamId, invitation.id);
      return { ...invitation, status: 'cancelled', version: invitation.version + 1 };
    });
  }

  function resendInvitation(
    caller: Caller,
    input: { invitationId: string; version?: number },
  ): SentInvitation {
    return writeTransaction(db, () => {
      const now = context.now();
      const invitation = facts.invitation(caller.teamId, input.invitationId);
      assertAllowed(
        checkResendInvitation({
          actor: facts.actor(caller),
          invitation: {
            status: invitationStatusAt(invitation, now),
            version: invitation.version,
          },
          seats: facts.seats(caller.teamId, now),
          version: input.version,
        }),
      );

      const renewed: Invitation = {
        ...invitation,
        status: 'pending',
        invitedAt: now.toISOString(),
        expiresAt: invitationExpiry(now).toISOString(),
        invitedBy: caller.memberId,
        version: invitation.version + 1,
      };
      const { email, tokenHash } = composeEmail(caller, renewed, now);
      renewInvitation.run({ ...renewed, teamId: caller.teamId, tokenHash });
      return { invitation: renewed, email };
    });
  }

  function previewInvitation(input: { token: string }): InvitationPreview {
    return readTransaction(db, () => {
      const invitation = facts.invitationByTokenHash(hashInvitationToken(input.token));
      assertAllowed(
        checkAcceptInvitation({
          invitation,
          existingMember: undefined,
          now: context.now(),
        }),
      );
      const found = invitation!;
      return {
        teamName: facts.team(found.teamId).name,
        email: found.email,
        role: found.role,
        expiresAt: found.expiresAt,
      };
    });
  }

  const insertMember = db.prepare(
    `INSERT INTO members (team_id, id, name, email, email_key, name_key, search_text, role,
       role_rank, super_admin, status, joined_at, version)
     VALUES (@teamId, @id, @name, @email, @emailKey, @nameKey, @searchText, @role,
       @roleRank, 0, 'active', @joinedAt, 1)`,
  );

  /** Accepting makes the invitee a member and opens their first session. */
  function acceptInvitation(input: { token: string; name: string }): {
    accepted: AcceptedInvitation;
    sessionToken: string;
  } {
    return writeTransaction(db, () => {
      const now = context.now();
      const invitation = facts.invitationByTokenHash(hashInvitationToken(input.token));
      const existingMember =
        invitation && facts.memberByEmail(invitation.teamId, emailKey(invitation.email));
      assertAllowed(checkAcceptInvitation({ invitation, existingMember, now }));

      const found = invitation!;
      const caller = { teamId: found.teamId, memberId: createId('mem') };
      insertMember.run({
        teamId: caller.teamId,
        id: caller.memberId,
        name: input.name,
        email: found.email,
        emailKey: emailKey(found.email),
        nameKey: nameKey(input.name),
        searchText: searchText(input.name, found.email),
        role: found.role,
        roleRank: roleRank(found.role),
        joinedAt: now.toISOString(),
      });
      deleteInvitation.run(found.teamId, found.id);

      const { seatLimit: _limit, ...team } = facts.team(caller.teamId);
      const accepted = { member: facts.target(caller.teamId, caller.memberId), team };
      return { accepted, sessionToken: sessions.create(caller) };
    });
  }

  return {
    invite,
    cancelInvitation,
    resendInvitation,
    previewInvitation,
    acceptInvitation,
  };
}
