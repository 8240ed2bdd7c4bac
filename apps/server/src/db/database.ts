import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type Migration, migrations } from './migrations';

export type Db = Database.Database;

/**
 * Opens (or creates) the database file and brings its schema up to date.
 *
 * WAL lets reads run beside the one writer. `synchronous = FULL` makes every
 * commit wait for its WAL frames to reach the disk: a write the server has
 * acknowledged survives a killed process and a power cut alike. NORMAL would
 * survive only the former, and saves nothing that matters at this write rate.
 */
export function openDatabase(path: string, list: readonly Migration[] = migrations): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Another process writing the same file waits its turn instead of failing.
  db.pragma('busy_timeout = 5000');
  // A team of 100,000 members is some 60 MB of rows and indices: keep the hot
  // part in memory rather than re-reading pages for every count.
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 268435456');
  migrate(db, list);
  return db;
}

/** Applies the migrations the database has not seen yet; returns their versions. */
export function migrate(db: Db, list: readonly Migration[] = migrations): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
  );
  const pending = [...list]
    .sort((a, b) => a.version - b.version)
    .filter((migration) => !applied.has(migration.version));

  for (const migration of pending) applyMigration(db, migration);
  return pending.map((migration) => migration.version);
}

function applyMigration(db: Db, migration: Migration): void {
  db.transaction(() => {
    db.exec(migration.sql);
    db.prepare(
      'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
    ).run(migration.version, migration.name, new Date().toISOString());
  }).immediate();
}

/** Runs `work` in one write transaction, taken at once so concurrent writers queue. */
export function writeTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}

/** Runs `work` on one consistent snapshot. */
export function readTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).deferred();
}

const statementCaches = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement for SQL built at run time, prepared once per database. */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = statementCaches.get(db);
  if (!cache) {
    cache = new Map();
    statementCaches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
