import type { Db } from '../db/database';
import type { InvitationEmail, Mailer } from './mailer';

/**
 * Keeps invitation emails in the `outbox` table instead of sending them; the
 * development route `GET /api/v1/dev/outbox` lists them, newest first. Links
 * stay readable there, so it is for development and tests only.
 */
export function createOutboxMailer(db: Db): Mailer {
  const insert = db.prepare(
    `INSERT INTO outbox (id, team_id, invitation_id, to_address, subject, text, accept_url,
       token, sent_at)
     VALUES (@id, @teamId, @invitationId, @to, @subject, @text, @acceptUrl, @token, @sentAt)`,
  );
  return {
    async send(email: InvitationEmail) {
      insert.run(email);
    },
  };
}
