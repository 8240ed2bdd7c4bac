import { describe, expect, it } from 'vitest';
import { INVITATION_TTL_MS, LIMITS } from '../schemas';
import {
  conformanceSeed,
  CONFORMANCE_INVITATIONS as INVITATIONS,
  CONFORMANCE_PEOPLE as PEOPLE,
} from './conformanceSeed';
import { DAY_MS, expectRefusal, unknownToken } from './expectations';
import type { Harness } from './harness';

const NEWCOMER = 'new.person@example.com';

/** Rules 1–5: inviting, duplicates, seats, cancelling, resending, accepting. */
export function invitationScenarios(harness: Harness): void {
  describe('given a super admin inviting', () => {
    it('should invite one address with one role, take a seat and send the email', async () => {
      const { as, backend, tokenFor } = await harness.start();
      const owner = await as(PEOPLE.owner);

      const invitation = await owner.invite({
        email: '  New.Person@Example.COM ',
        role: 'cs',
      });

      expect(invitation).toMatchObject({
        email: NEWCOMER,
        role: 'cs',
        status: 'pending',
      });
      const lifetime =
        Date.parse(invitation.expiresAt) - Date.parse(invitation.invitedAt);
      expect(lifetime).toBe(INVITATION_TTL_MS);
      expect(await owner.getSeats()).toEqual({ limit: 8, used: 7, available: 1 });
      const ids = (await owner.listInvitations()).map((open) => open.id);
      expect(ids).toContain(invitation.id);
      expect((await backend.outbox()).at(-1)).toMatchObject({
        invitationId: invitation.id,
        to: NEWCOMER,
      });
      expect((await tokenFor(NEWCOMER)).length).toBeGreaterThanOrEqual(22);
    });

    it('should count active members and pending invitations as seats, nothing else', async () => {
      const { as } = await harness.start();
      const viewer = await as(PEOPLE.viewer);

      // 5 active members + 1 pending; the inactive member and the expired invitation hold none.
      expect(await viewer.getSeats()).toEqual({ limit: 8, used: 6, available: 2 });
    });

    it('should refuse an address of a member, active or not, ignoring case', async () => {
      const { as, snapshot } = await harness.start();
      const owner = await as(PEOPLE.owner);
      const before = await snapshot();

      const active = owner.invite({ email: '  AGENT@Conformance.Example ', role: 'cs' });
      const error = await expectRefusal(active, 'already_member');
      expect(error.fields).toHaveProperty('email');
      const inactive = owner.invite({
        email: 'away@conformance.example',
        role: 'viewer',
      });
      await expectRefusal(inactive, 'already_member');

      expect(await snapshot()).toEqual(before);
    });

    it('should refuse an address with a pending invitation as already_invited', async () => {
      const { as, snapshot } = await harness.start();
      const owner = await as(PEOPLE.owner);
      const before = await snapshot();

      const call = owner.invite({ email: 'PENDING@conformance.example', role: 'admin' });
      await expectRefusal(call, 'already_invited');

      expect(await snapshot()).toEqual(before);
    });

    it('should invite again an address whose invitation expired', async () => {
      const { as } = await harness.start();
      const owner = await as(PEOPLE.owner);

      const invitation = await owner.invite({
        email: 'expired@conformance.example',
        role: 'cs',
      });

      expect(invitation.status).toBe('pending');
      const pending = (await owner.listInvitations()).filter(
        (open) =>
          open.email === 'expired@conformance.example' && open.status === 'pending',
      );
      expect(pending.map((open) => open.id)).toEqual([invitation.id]);
      // A backend may keep the old one or drop it; it must never revive beside the new one.
      const revive = owner.resendInvitation(INVITATIONS.expired);
      const error = await revive.then(
        () => undefined,
        (failure: unknown) => failure,
      );
      expect(error).toMatchObject({
        code: expect.stringMatching(/^already_invited|not_found$/),
      });
    });

    it('should refuse with no_seats when every seat is taken, changing nothing', async () => {
      const { as, snapshot } = await harness.start(conformanceSeed({ seatLimit: 6 }));
      const owner = await as(PEOPLE.owner);
      const before = await snapshot();

      expect(before.seats.available).toBe(0);
      await expectRefusal(owner.invite({ email: NEWCOMER, role: 'viewer' }), 'no_seats');

      expect(await snapshot()).toEqual(before);
    });

    it('should never over-allocate seats when two super admins invite at once', async () => {
      const { as } = await harness.start(conformanceSeed({ seatLimit: 7 }));
      const [owner, deputy] = await Promise.all([as(PEOPLE.owner), as(PEOPLE.deputy)]);

      const outcomes = await Promise.allSettled([
        owner.invite({ email: 'first@example.com', role: 'cs' }),
        deputy.invite({ email: 'second@example.com', role: 'cs' }),
      ]);

      const fulfilled = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      expect(
        fulfilled.length,
        'two invitations sent at once for the last seat: exactly one may succeed, ' +
          'the other must fail with no_seats (check the seats and write the invitation in one transaction)',
      ).toBe(1);
      const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
      expect(rejected?.reason).toMatchObject({ code: 'no_seats' });
      expect(await owner.getSeats()).toEqual({ limit: 7, used: 7, available: 0 });
    });
  });

  describe('given an open invitation', () => {
    it('should cancel it: it leaves the list, frees its seat and its link stops working', async () => {
      const { as, anonymous, tokenFor } = await harness.start();
      const owner = await as(PEOPLE.owner);
      const invitation = await owner.invite({ email: NEWCOMER, role: 'cs' });
      const token = await tokenFor(NEWCOMER);

      await owner.cancelInvitation(invitation.id, { version: invitation.version });

      const ids = (await owner.listInvitations()).map((open) => open.id);
      expect(ids).not.toContain(invitation.id);
      expect((await owner.getSeats()).used).toBe(6);
      const guest = await anonymous();
      await expectRefusal(guest.previewInvitation(token), 'invitation_invalid');
      const accept = guest.acceptInvitation({ token, name: 'Too Late' });
      await expectRefusal(accept, 'invitation_invalid');
    });

    it('should cancel an expired invitation', async () => {
      const { as } = await harness.start();
      const owner = await as(PEOPLE.owner);

      await owner.cancelInvitation(INVITATIONS.expired);

      const ids = (await owner.listInvitations()).map((open) => open.id);
      expect(ids).toEqual([INVITATIONS.pending]);
    });

    it('should resend it with a new token, invalidate the old one and restart expiry', async () => {
      const { as, anonymous, backend, tokenFor } = await harness.start();
      const owner = await as(PEOPLE.owner);
      const sent = await owner.invite({ email: NEWCOMER, role: 'viewer' });
      const oldToken = await tokenFor(NEWCOMER);
      await backend.advanceClock(DAY_MS);

      const resent = await owner.resendInvitation(sent.id, { version: sent.version });

      const newToken = await tokenFor(NEWCOMER);
      expect(newToken).not.toBe(oldToken);
      expect(resent.status).toBe('pending');
      const moved = Date.parse(resent.expiresAt) - Date.parse(sent.expiresAt);
      expect(moved).toBeGreaterThanOrEqual(DAY_MS - 1000);
      expect(moved).toBeLessThanOrEqual(DAY_MS + 60_000);
      const guest = await anonymous();
      await expectRefusal(guest.previewInvitation(oldToken), 'invitation_invalid');
      expect(await guest.previewInvitation(newToken)).toMatchObject({ email: NEWCOMER });
      expect((await owner.getSeats()).used).toBe(7);
    });

    it('should revive an expired invitation by resending it, taking a seat again', async () => {
      const { as } = await harness.start();
      const owner = await as(PEOPLE.owner);

      const revived = await owner.resendInvitation(INVITATIONS.expired);

      expect(revived.status).toBe('pending');
      expect(Date.parse(revived.expiresAt)).toBeGreaterThan(Date.now() + 6 * DAY_MS);
      expect((await owner.getSeats()).used).toBe(7);
    });

    it('should refuse to revive an expired invitation with no seat free', async () => {
      const { as, snapshot } = await harness.start(conformanceSeed({ seatLimit: 6 }));
      const owner = await as(PEOPLE.owner);
      const before = await snapshot();

      await expectRefusal(owner.resendInvitation(INVITATIONS.expired), 'no_seats');

      expect(await snapshot()).toEqual(before);
    });

    it('should refuse a cancel or resend based on a stale version with conflict', async () => {
      const { as, snapshot } = await harness.start();
      const owner = await as(PEOPLE.owner);
      const sent = await owner.invite({ email: NEWCOMER, role: 'cs' });
      await owner.resendInvitation(sent.id, { version: sent.version });
      const before = await snapshot();

      const stale = { version: sent.version };
      await expectRefusal(owner.cancelInvitation(sent.id, stale), 'conflict');
      await expectRefusal(owner.resendInvitation(sent.id, stale), 'conflict');

      expect(await snapshot()).toEqual(before);
    });

    it('should answer not_found for an invitation that does not exist', async () => {
      const { as } = await harness.start();
      const owner = await as(PEOPLE.owner);

      await expectRefusal(owner.cancelInvitation('inv_missing'), 'not_found');
      await expectRefusal(owner.resendInvitation('inv_missing'), 'not_found');
    });
  });

  describe('given an invitee with the link', () => {
    it('should preview the invitation without a session', async () => {
      const { as, anonymous, tokenFor } = await harness.start();
      const owner = await as(PEOPLE.owner);
      const sent = await owner.invite({ email: NEWCOMER, role: 'viewer' });

      const guest = await anonymous();
      const preview = await guest.previewInvitation(await tokenFor(NEWCOMER));

      expect(preview).toEqual({
        teamName: 'Conformance Team',
        email: NEWCOMER,
        role: 'viewer',
        expiresAt: sent.expiresAt,
      });
    });

    it('should make them an active member with the invited role', async () => {
      const { as, anonymous, tokenFor } = await harness.start();
      const owner = await as(PEOPLE.owner);
      const sent = await owner.invite({ email: NEWCOMER, role: 'admin' });

      const guest = await anonymous();
      const token = await tokenFor(NEWCOMER);
      const accepted = await guest.acceptInvitation({ token, name: '  June Joiner ' });

      expect(accepted.member).toMatchObject({
        name: 'June Joiner',
        email: NEWCOMER,
        role: 'admin',
        superAdmin: false,
        status: 'active',
      });
      expect(accepted.team.name).toBe('Conformance Team');
      const ids = (await owner.listInvitations()).map((open) => open.id);
      expect(ids).not.toContain(sent.id);
      expect((await owner.getSeats()).used).toBe(7);
      const joiner = await as(accepted.member.id);
      expect((await joiner.me()).member.id).toBe(accepted.member.id);
    });

    it('should keep a name exactly as accepted, as long as it may be, in any script', async () => {
      const { as, anonymous, tokenFor } = await harness.start(
        conformanceSeed({ seatLimit: 12 }),
      );
      const owner = await as(PEOPLE.owner);
      const guest = await anonymous();
      const names = [
        '\u{1f600}'.repeat(LIMITS.nameLength),
        'Ana \u{1f469}\u200d\u{1f4bb} \u{1f3f3}\ufe0f\u200d\u{1f308} Kim \u2764\ufe0f',
        'ธีรวัฒน์ ศักดิ์สิทธิ์ ก\u0e34\u0e48\u0e4d',
        'Nguyễn Thị Minh Khai',
        'علی\u200cرضا مُحَمَّد',
      ];

      for (const [index, name] of names.entries()) {
        const email = `named${index}@conformance.example`;
        await owner.invite({ email, role: 'cs' });
        const token = await tokenFor(email);
        const accepted = await guest.acceptInvitation({ token, name });
        expect(accepted.member.name).toBe(name);
      }

      const page = await owner.listMembers({ search: 'named', limit: 200 });
      const listed = page.items.map((member) => member.name);
      expect(listed.sort()).toEqual([...names].sort());
    });

    it('should refuse a second use of the link, changing nothing', async () => {
      const { as, anonymous, tokenFor, snapshot } = await harness.start();
      const owner = await as(PEOPLE.owner);
      await owner.invite({ email: NEWCOMER, role: 'cs' });
      const token = await tokenFor(NEWCOMER);
      const guest = await anonymous();
      await guest.acceptInvitation({ token, name: 'June Joiner' });
      const before = await snapshot();

      const again = guest.acceptInvitation({ token, name: 'June Again' });
      await expectRefusal(again, 'invitation_invalid');

      expect(await snapshot()).toEqual(before);
    });

    it('should refuse a link older than 7 days with invitation_expired', async () => {
      const { as, anonymous, backend, tokenFor, snapshot } = await harness.start();
      const owner = await as(PEOPLE.owner);
      const sent = await owner.invite({ email: NEWCOMER, role: 'cs' });
      const token = await tokenFor(NEWCOMER);

      await backend.advanceClock(INVITATION_TTL_MS + 1);
      const before = await snapshot();

      const guest = await anonymous();
      await expectRefusal(guest.previewInvitation(token), 'invitation_expired');
      const accept = guest.acceptInvitation({ token, name: 'June Joiner' });
      await expectRefusal(accept, 'invitation_expired');
      expect(await snapshot()).toEqual(before);
      const listed = before.invitations.find((open) => open.id === sent.id);
      expect(listed?.status).toBe('expired');
      // Expired invitations hold no seat: only the 5 active members remain.
      expect(before.seats.used).toBe(5);
    });

    it('should refuse a token no invitation carries with invitation_invalid', async () => {
      const { anonymous, snapshot } = await harness.start();
      const guest = await anonymous();
      const before = await snapshot();

      await expectRefusal(guest.previewInvitation(unknownToken()), 'invitation_invalid');
      const accept = guest.acceptInvitation({ token: unknownToken(), name: 'Nobody' });
      await expectRefusal(accept, 'invitation_invalid');

      expect(await snapshot()).toEqual(before);
    });
  });
}
