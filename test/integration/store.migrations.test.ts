import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogEvent } from '../../src-shared/domain/events';
import { StafettError } from '../../src-shared/domain/errors';
import { canonicalJson } from '../../src-main/core/store/sqlite/canonicalJson';
import { configure, openKeyed } from '../../src-main/core/store/sqlite/connection';
import type { Db } from '../../src-main/core/store/sqlite/connection';
import { GENESIS_HASH, chainHash } from '../../src-main/core/store/sqlite/hashChain';
import { LOCAL_MIGRATIONS } from '../../src-main/core/store/sqlite/localMigrations.generated';
import { latestVersion, loadMigrationsFromDir, migrate, userVersion } from '../../src-main/core/store/sqlite/migrations';
import { openStore } from '../../src-main/core/store/sqlite/openStore';
import { PROJECTION_TABLES, Projector } from '../../src-main/core/store/sqlite/projector';
import { SOURCE_DIR, TARGET_FILE, generatedModule } from '../../scripts/generate-migrations';
import { HOLDER, LogWriter, folderBytes, tempStoreDir } from './fixtures/storeFixtures';

const LATEST = latestVersion(LOCAL_MIGRATIONS);

let temp: ReturnType<typeof tempStoreDir>;
beforeEach(() => {
  temp = tempStoreDir();
});
afterEach(() => temp.remove());

function rawDatabase(): Db {
  const db = openKeyed(temp.file, temp.key);
  configure(db);
  return db;
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(name) !== undefined;
}

function projectionSchema(db: Db): string[] {
  const names = PROJECTION_TABLES.map((t) => `'${t}'`).join(', ');
  return db.prepare(`SELECT sql FROM sqlite_master WHERE tbl_name IN (${names}) AND sql IS NOT NULL ORDER BY name`).pluck().all() as string[];
}

const LATEST_PROJECTIONS = (() => {
  const db = new Database(':memory:');
  migrate(db, LOCAL_MIGRATIONS);
  const schema = projectionSchema(db);
  db.close();
  return schema;
})();

/**
 * Writes a log the way the app did at the database's current version: the events (whose table has not changed
 * since version 1); the projections when they had today's shape (older shapes were written by code that no
 * longer exists, and a later migration must rebuild them, which the test then proves); an audit record when
 * that version has the audit.
 */
function writeAtCurrentVersion(db: Db): { logId: string; events: LogEvent[]; audited: boolean } {
  const current = JSON.stringify(projectionSchema(db)) === JSON.stringify(LATEST_PROJECTIONS);
  const projector = current ? new Projector(db) : undefined;
  const insert = db.prepare(`INSERT INTO events (log_id, seq, id, type, schema_version, author_id, device_time, recorded_at, body, prev_hash, hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const written: LogEvent[] = [];
  let prevHash = GENESIS_HASH;
  const log = new LogWriter((events) => {
    for (const event of events) {
      const body = canonicalJson(event);
      const hash = chainHash(prevHash, body);
      const seq = written.length + 1;
      insert.run(event.logId, seq, event.id, event.type, event.schemaVersion, event.author.userId, event.deviceTime, event.deviceTime, body, prevHash, hash);
      projector?.apply(JSON.parse(body) as LogEvent, seq);
      written.push(JSON.parse(body) as LogEvent);
      prevHash = hash;
    }
  });
  log.open();
  const concern = log.concern('Sover dårlig, virker sliten.');
  const measure = log.measure('Bedre søvn', { startDate: '2026-01-05', evaluationDate: '2026-02-01' }, [concern]);
  log.evaluate(measure, 'continue', '2026-03-01');
  log.amend(concern, { observation: 'Sover dårlig og virker sliten om morgenen.' });
  const audited = hasTable(db, 'audit');
  if (audited) {
    db.prepare(`INSERT INTO audit (at, actor_id, actor_name, log_id, action, what) VALUES (?, ?, ?, ?, 'read', 'log.timeline')`)
      .run('2026-01-05T09:00:00.000Z', HOLDER.userId, HOLDER.name, log.logId);
  }
  return { logId: log.logId, events: written, audited };
}

describe('migrations', () => {
  it('are carried by the app exactly as the SQL files in migrations/local say', () => {
    expect(readFileSync(TARGET_FILE, 'utf8'), 'run `npx tsx scripts/generate-migrations.ts`').toBe(generatedModule());
    expect(LOCAL_MIGRATIONS).toEqual(loadMigrationsFromDir(SOURCE_DIR));
  });

  it('bring a new, empty database to the newest version (also from an explicit migrations folder)', () => {
    const store = openStore({ file: temp.file, key: temp.key, migrationsDir: SOURCE_DIR });
    expect(store.schemaVersion()).toBe(LATEST);
    expect(store.logIds()).toEqual([]);
    store.close();
  });

  const earlier = Array.from({ length: LATEST - 1 }, (_, i) => i + 1);
  it.each(earlier)('bring a database at version %i, with a log in it, to the newest version and keep the log', (version) => {
    const db = rawDatabase();
    migrate(db, LOCAL_MIGRATIONS, version);
    expect(userVersion(db)).toBe(version);
    const { logId, events, audited } = writeAtCurrentVersion(db);
    db.close();

    const store = openStore({ file: temp.file, key: temp.key });
    try {
      expect(store.schemaVersion()).toBe(LATEST);
      expect(store.readEvents(logId)).toEqual(events);
      const page = store.timeline(logId, { limit: 10 });
      expect(page.entries.map((e) => e.kind)).toEqual(['evaluation', 'measure', 'concern', 'logOpened']);
      expect(page.entries[2]?.fields.observation).toBe('Sover dårlig og virker sliten om morgenen.');
      expect(store.mine(HOLDER.userId, '2026-01-10').map((s) => [s.logId, s.nextEvaluationDue])).toEqual([[logId, '2026-03-01']]);
      expect(store.search(HOLDER.userId, 'morgenen', 10).hits).toHaveLength(1);
      expect(store.auditOf(logId)).toHaveLength(audited ? 1 : 0);
      expect(store.verify()).toMatchObject({ ok: true, events: events.length });
    } finally {
      store.close();
    }
  });

  it('refuse a database written by a newer app, and leave every byte of it as it was', () => {
    openStore({ file: temp.file, key: temp.key }).close();
    const db = rawDatabase();
    db.pragma(`user_version = ${LATEST + 1}`);
    db.close();
    const before = folderBytes(temp.dir);

    let refusal: unknown;
    try {
      openStore({ file: temp.file, key: temp.key });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(StafettError);
    expect(refusal).toMatchObject({ code: 'storeTooNew', params: { storeVersion: LATEST + 1, appVersion: LATEST } });
    expect(folderBytes(temp.dir)).toEqual(before);
  });

  it('apply each migration in its own transaction: a failing one leaves the database at the version before it', () => {
    const db = rawDatabase();
    try {
      const migrations = [
        { version: 1, name: 'first', sql: 'CREATE TABLE first (x);' },
        { version: 2, name: 'broken', sql: 'CREATE TABLE second (x); INSERT INTO missing VALUES (1);' },
      ];
      expect(() => migrate(db, migrations)).toThrow(/missing/);
      expect(userVersion(db)).toBe(1);
      expect(hasTable(db, 'first')).toBe(true);
      expect(hasTable(db, 'second')).toBe(false);
    } finally {
      db.close();
    }
  });

  it('must be numbered without gaps', () => {
    writeFileSync(join(temp.dir, '0001_first.sql'), 'CREATE TABLE a (x);');
    writeFileSync(join(temp.dir, '0003_third.sql'), 'CREATE TABLE c (x);');
    expect(() => loadMigrationsFromDir(temp.dir)).toThrow(/without gaps/);
  });
});
