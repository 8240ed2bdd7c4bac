import nodemailer from 'nodemailer';
import type { InvitationEmail, Mailer } from './mailer';

export interface SmtpMailerOptions {
  /** Where to send: `smtp://user:pass@host:587`, or `smtps://…` for TLS from the start. Required. */
  url: string;
  /** The sender address. Defaults to `Fiko <no-reply@fiko.localhost>`. */
  from?: string;
}

/** Sends invitation emails over SMTP with nodemailer. */
export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const transport = nodemailer.createTransport(options.url);
  const from = options.from ?? 'Fiko <no-reply@fiko.localhost>';

  return {
    async send(email: InvitationEmail) {
      await transport.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        headers: { 'X-Fiko-Invitation': email.invitationId },
      });
    },
    close() {
      transport.close();
    },
  };
}
