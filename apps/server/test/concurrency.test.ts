import {
  conformanceSeed,
  CONFORMANCE_PEOPLE as PEOPLE,
} from '@fiko/team-sdk/conformance';
import { DEMO_PEOPLE } from '@fiko/team-sdk/memory';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, seedDemoTeams } from '../src/index';
import { type ChildServer, spawnServer } from './childServer';
import { freshDatabasePath, startServer } from './helpers';
import { devSignIn, send } from './rawHttp';

const ROUNDS = 3;
const INVITATIONS = 30;

function statusCount(answers: Array<{ status: number }>, status: number): number {
  return answers.filter((answer) => answer.status === status).length;
}

function inviteMany(urls: string[], tokens: string[], round: number) {
  return Promise.all(
    Array.from({ length: INVITATIONS }, (_, index) =>
      send(urls[index % urls.length]!, 'POST', '/invitations', {
        token: tokens[index % tokens.length],
        body: { email: `rush-${round}-${index}@example.com`, role: 'cs' },
      }),
    ),
  );
}

describe('given a team with 3 free seats', () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`should let exactly 3 of ${INVITATIONS} simultaneous invitations through (round ${round})`, async () => {
      // 5 active members and 1 pending invitation hold 6 of 9 seats.
      const { url, signIn } = await startServer([conformanceSeed({ seatLimit: 9 })]);
      const tokens = [await signIn(PEOPLE.owner), await signIn(PEOPLE.deputy)];

      const answers = await inviteMany([url], tokens, round);

      expect(statusCount(answers, 201)).toBe(3);
      expect(statusCount(answers, 409)).toBe(INVITATIONS - 3);
      for (const refused of answers.filter((answer) => answer.status === 409)) {
        expect(refused.body.error.code).toBe('no_seats');
      }
      const seats = await send(url, 'GET', '/seats', { token: tokens[0] });
      expect(seats.body).toEqual({ limit: 9, used: 9, available: 0 });
      const open = await send(url, 'GET', '/invitations', { token: tokens[0] });
      expect(
        open.body.items.filter((item: { status: string }) => item.status === 'pending'),
      ).toHaveLength(4);
    });
  }
});

describe('given two super admins', () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`should keep exactly one when they revoke each other at once (round ${round})`, async () => {
      const { url, signIn } = await startServer([conformanceSeed()]);
      const [owner, deputy] = [await signIn(PEOPLE.owner), await signIn(PEOPLE.deputy)];

      const answers = await Promise.all([
        send(url, 'PUT', `/members/${PEOPLE.deputy}/super-admin`, {
          token: owner,
          body: { superAdmin: false },
        }),
        send(url, 'PUT', `/members/${PEOPLE.owner}/super-admin`, {
          token: deputy,
          body: { superAdmin: false },
        }),
      ]);

      expect(statusCount(answers, 200)).toBe(1);
      const me = await send(url, 'GET', '/me', { token: owner });
      expect(me.body.team.activeSuperAdminCount).toBe(1);
    });

    it(`should keep exactly one when they demote each other to CS at once (round ${round})`, async () => {
      const { url, signIn } = await startServer([conformanceSeed()]);
      const [owner, deputy] = [await signIn(PEOPLE.owner), await signIn(PEOPLE.deputy)];

      const answers = await Promise.all([
        send(url, 'PUT', `/members/${PEOPLE.deputy}/role`, {
          token: owner,
          body: { role: 'cs' },
        }),
        send(url, 'PUT', `/members/${PEOPLE.owner}/role`, {
          token: deputy,
          body: { role: 'cs' },
        }),
      ]);

      expect(statusCount(answers, 200)).toBe(1);
      const survivor = answers[0]!.status === 200 ? owner : deputy;
      const me = await send(url, 'GET', '/me', { token: survivor });
      expect(me.body.team.activeSuperAdminCount).toBe(1);
      expect(me.body.member).toMatchObject({ role: 'admin', superAdmin: true });
    });
  }
});

describe('given two server processes on one database file', () => {
  let servers: ChildServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((server) => server.kill()));
    servers = [];
  });

  it('should never over-allocate seats or lose the last super admin between them', async () => {
    // Seeded here, so that the two processes can start together and both find it.
    const databasePath = freshDatabasePath();
    const db = openDatabase(databasePath);
    seedDemoTeams(db);
    db.close();
    const started = await Promise.allSettled([
      spawnServer(databasePath),
      spawnServer(databasePath),
    ]);
    for (const outcome of started) {
      if (outcome.status === 'fulfilled') servers.push(outcome.value);
      else throw outcome.reason;
    }
    const urls = servers.map((server) => server.url);
    const tokens = [
      await devSignIn(urls[0]!, DEMO_PEOPLE.superAdmin),
      await devSignIn(urls[1]!, DEMO_PEOPLE.secondSuperAdmin),
    ];
    const before = await send(urls[0]!, 'GET', '/seats', { token: tokens[0] });

    const invitations = await inviteMany(urls, tokens, 0);
    const demotions = await Promise.all([
      send(urls[0]!, 'PUT', `/members/${DEMO_PEOPLE.secondSuperAdmin}/super-admin`, {
        token: tokens[0],
        body: { superAdmin: false },
      }),
      send(urls[1]!, 'PUT', `/members/${DEMO_PEOPLE.superAdmin}/super-admin`, {
        token: tokens[1],
        body: { superAdmin: false },
      }),
    ]);

    expect(statusCount(invitations, 201)).toBe(before.body.available);
    const seats = await send(urls[1]!, 'GET', '/seats', { token: tokens[1] });
    expect(seats.body.available).toBe(0);
    expect(statusCount(demotions, 200)).toBe(1);
    const me = await send(urls[0]!, 'GET', '/me', { token: tokens[0] });
    expect(me.body.team.activeSuperAdminCount).toBe(1);
  });
});
