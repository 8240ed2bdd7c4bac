export { type CliEnvironment, DEFAULT_DATABASE_PATH, runCli } from './cli';
export {
  createServer,
  type FikoServer,
  type RunningServer,
  type ServerOptions,
} from './createServer';
export { type Db, migrate, openDatabase } from './db/database';
export { type Migration, migrations } from './db/migrations';
export { hasTeams, secondDemoTeam, seedDemoTeams, seedTeam } from './db/seed';
export { API_BASE } from './http/app';
export { DEFAULT_RATE_LIMIT, type RateLimitOptions } from './http/rateLimit';
export type { InvitationEmail, Mailer } from './mail/mailer';
export { createOutboxMailer } from './mail/outboxMailer';
export { createSmtpMailer, type SmtpMailerOptions } from './mail/smtpMailer';
