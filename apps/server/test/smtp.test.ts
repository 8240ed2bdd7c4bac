import type { AddressInfo } from 'node:net';
import {
  conformanceSeed,
  CONFORMANCE_PEOPLE as PEOPLE,
} from '@fiko/team-sdk/conformance';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../src/index';
import { startServer } from './helpers';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A local SMTP server that keeps what it receives. */
async function startSmtp() {
  const received: Received[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw,
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  return {
    received,
    port,
    close: () => new Promise<void>((resolve) => smtp.close(resolve)),
  };
}

/** The accept link of a received message (quoted-printable may fold long lines). */
function linkIn(raw: string): URL {
  const unfolded = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const link = /https?:\/\/\S+\/join\?token=[0-9a-f]+/.exec(unfolded)?.[0];
  if (!link) throw new Error(`No accept link in:\n${raw}`);
  return new URL(link);
}

describe('given SMTP_URL pointing at a mail server', () => {
  let closeSmtp: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await closeSmtp?.();
    closeSmtp = undefined;
  });

  it('should deliver the invitation over SMTP with a link that works once', async () => {
    const smtp = await startSmtp();
    closeSmtp = smtp.close;
    const { server, call, signIn } = await startServer([conformanceSeed()], {
      consoleUrl: 'https://console.example/',
      mailer: createSmtpMailer({
        url: `smtp://127.0.0.1:${smtp.port}`,
        from: 'Fiko <team@fiko.example>',
      }),
    });
    const token = await signIn(PEOPLE.owner);

    const invited = await call('POST', '/invitations', {
      token,
      body: { email: 'mailed@example.com', role: 'viewer' },
    });

    expect(invited.status).toBe(201);
    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message?.from).toBe('team@fiko.example');
    expect(message?.to).toEqual(['mailed@example.com']);
    expect(message?.raw).toContain('Subject: Join Conformance Team on Fiko');
    // The role as people write it, not its id.
    expect(message?.raw).toContain('as Viewer.');
    const link = linkIn(message?.raw ?? '');
    expect(link.origin + link.pathname).toBe('https://console.example/join');

    const body = { token: link.searchParams.get('token'), name: 'Mailed Person' };
    const accepted = await call('POST', '/invitations/accept', { body });
    const again = await call('POST', '/invitations/accept', { body });
    expect(accepted.status).toBe(201);
    expect(again.body.error.code).toBe('invitation_invalid');
    // With a real mailer no link is kept anywhere: the outbox stays empty.
    expect(server.db.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(0);
  });

  it('should keep the invitation and log when the mail server is down', async () => {
    const smtp = await startSmtp();
    await smtp.close();
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const { call, signIn } = await startServer([conformanceSeed()], {
        mailer: createSmtpMailer({ url: `smtp://127.0.0.1:${smtp.port}` }),
      });
      const token = await signIn(PEOPLE.owner);

      const invited = await call('POST', '/invitations', {
        token,
        body: { email: 'lost@example.com', role: 'cs' },
      });

      expect(invited.status).toBe(201);
      expect(errors).toHaveLength(1);
      const open = await call('GET', '/invitations', { token });
      expect(open.body.items.map((item: { email: string }) => item.email)).toContain(
        'lost@example.com',
      );
    } finally {
      console.error = original;
    }
  });
});
