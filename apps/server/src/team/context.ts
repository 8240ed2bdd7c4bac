import type { Db } from '../db/database';
import type { Facts } from './facts';

/** What every action of the team service works with. */
export interface ServiceContext {
  db: Db;
  facts: Facts;
  /** The clock; tests move it to expire invitations. */
  now: () => Date;
  /** The link an invitation email carries, for a token. */
  acceptUrl: (token: string) => string;
}
