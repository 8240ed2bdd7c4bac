import { TeamError } from '@fiko/team-sdk';
import { devRoutes } from '@fiko/team-sdk/contract';
import { Hono } from 'hono';
import type { TeamService } from '../team/teamService';
import type { AppEnv } from './app';
import { bearerToken } from './bearerToken';
import { readJsonBody } from './readJsonBody';

interface PersonRow {
  team_id: string;
  team_name: string;
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'cs' | 'viewer';
  super_admin: 0 | 1;
  status: 'active' | 'inactive';
}

interface OutboxRow {
  id: string;
  invitation_id: string;
  to_address: string;
  subject: string;
  text: string;
  accept_url: string;
  token: string;
  sent_at: string;
}

function peopleOf(service: TeamService) {
  const rows = service.db
    .prepare<[], PersonRow>(
      `SELECT m.team_id, t.name AS team_name, m.id, m.name, m.email, m.role,
              m.super_admin, m.status
         FROM members m JOIN teams t ON t.id = m.team_id
        ORDER BY t.seq, m.role_rank, m.super_admin DESC, m.name_key, m.id`,
    )
    .all();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    superAdmin: row.super_admin === 1,
    status: row.status,
    teamId: row.team_id,
    teamName: row.team_name,
  }));
}

function outboxOf(service: TeamService) {
  const rows = service.db
    .prepare<[], OutboxRow>('SELECT * FROM outbox ORDER BY seq DESC LIMIT 500')
    .all();
  return rows.map((row) => ({
    id: row.id,
    invitationId: row.invitation_id,
    to: row.to_address,
    subject: row.subject,
    text: row.text,
    acceptUrl: row.accept_url,
    token: row.token,
    sentAt: row.sent_at,
  }));
}

function signIn(service: TeamService, body: unknown) {
  const parsed = devRoutes.signIn.body.safeParse(body);
  if (!parsed.success) {
    throw new TeamError('validation', 'Give the id of a member to sign in as.', {
      fields: { memberId: parsed.error.issues[0]?.message ?? 'Required.' },
    });
  }
  const caller = service.facts.callerById(parsed.data.memberId);
  if (!caller) throw new TeamError('not_found', 'No member has this id.');
  const member = service.facts.target(caller.teamId, caller.memberId);
  if (member.status !== 'active') {
    throw new TeamError(
      'unauthenticated',
      'This member is deactivated and cannot sign in.',
    );
  }
  return { token: service.sessions.create(caller), member };
}

/**
 * Sign-out, always; and, in development only, a sign-in picker and the outbox
 * of invitation emails, so the console runs without an identity provider or
 * a mail server.
 */
export function devRouter(options: { service: TeamService; devRoutes: boolean }) {
  const { service } = options;
  const router = new Hono<AppEnv>();

  router.post(devRoutes.signOut.path, (c) => {
    const token = bearerToken(c.req.header('authorization'));
    if (token) service.sessions.end(token);
    return c.body(null, 204);
  });
  if (!options.devRoutes) return router;

  router.get(devRoutes.people.path, (c) => c.json({ items: peopleOf(service) }));
  router.get(devRoutes.outbox.path, (c) => c.json({ items: outboxOf(service) }));
  router.post(devRoutes.signIn.path, async (c) =>
    c.json(signIn(service, await readJsonBody(c))),
  );
  return router;
}
