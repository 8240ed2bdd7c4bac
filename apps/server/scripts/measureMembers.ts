import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListMembersQuery } from '@fiko/team-sdk';
import { ListMembersQuerySchema } from '@fiko/team-sdk';
import { createDemoTeam } from '@fiko/team-sdk/memory';
import { openDatabase } from '../src/db/database';
import { seedTeam } from '../src/db/seed';
import { queryMembers } from '../src/team/memberQuery';

/*
 * Measures member pages on a team of 100,000 members (plus the demo team of
 * 48 beside it): `pnpm --filter @fiko/server measure`.
 */

const MEMBERS = Number(process.env.MEMBERS ?? 100_000);
// MEASURE_DATABASE keeps the seeded file between runs (seeding takes a while).
const kept = process.env.MEASURE_DATABASE;
const directory = mkdtempSync(join(tmpdir(), 'fiko-measure-'));
const path = kept ?? join(directory, 'fiko.db');
const fresh = !kept || !existsSync(path);
const db = openDatabase(path);

let started = performance.now();
if (fresh) {
  seedTeam(db, createDemoTeam({ members: MEMBERS, teamName: 'Large Team' }));
  console.log(
    `seeded ${MEMBERS} members in ${Math.round(performance.now() - started)} ms`,
  );
}

const teamId = 'team_siam';

function measure(label: string, query: ListMembersQuery, pages = 1): void {
  const runs: number[] = [];
  let result = queryMembers(db, teamId, ListMembersQuerySchema.parse(query));
  for (let run = 0; run < 5; run++) {
    started = performance.now();
    let cursor: string | undefined;
    for (let page = 0; page < pages; page++) {
      result = queryMembers(
        db,
        teamId,
        ListMembersQuerySchema.parse({ ...query, cursor }),
      );
      cursor = result.nextCursor ?? undefined;
    }
    runs.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  const median = runs[2]!.toFixed(1);
  console.log(
    `${label.padEnd(46)} median ${median.padStart(6)} ms  (total ${result.total})`,
  );
}

measure('first page, by name', { sort: 'name' });
measure('first page, by email', { sort: 'email' });
measure('page 200 (cursor), by name', { sort: 'name', limit: 50 }, 200);
measure('first page, by joined date, descending', { sort: 'joinedAt', order: 'desc' });
measure('first page, by role', { sort: 'role' });
measure('first page, admins only, by name', { role: 'admin' });
measure('first page, inactive only, by name', { status: 'inactive' });
measure('first page, one group, by name', { groupId: 'grp_3' });
measure('search "a" (one letter: scans)', { search: 'a' });
measure('search "kowalski" (common word)', { search: 'kowalski' });
measure('search "lamai.kim.9" (rare)', { search: 'lamai.kim.9' });
measure('search "zzzq" (no match)', { search: 'zzzq' });
measure('search "ana" (frequent trigram)', { search: 'ana' });
measure('search "an" (two letters: scans)', { search: 'an' });
measure('search "kim", active cs, by joined date', {
  search: 'kim',
  role: 'cs',
  status: 'active',
  sort: 'joinedAt',
});

db.close();
rmSync(directory, { recursive: true, force: true });
