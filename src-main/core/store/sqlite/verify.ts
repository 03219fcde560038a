import type { VerifyReport } from '../Interface';
import { canonicalJson } from './canonicalJson';
import type { Db } from './connection';
import { GENESIS_HASH, chainHash } from './hashChain';
import { PROJECTION_TABLES, Projector } from './projector';
import { replayAll } from './replay';

/** Enough to act on; a store damaged everywhere would otherwise produce a report as large as itself. */
const MAX_PROBLEMS = 200;

/** Row identity of each compared projection (ids only: problems must carry no personal data). */
const KEYS: Record<Exclude<(typeof PROJECTION_TABLES)[number], 'search'>, string[]> = {
  logs: ['log_id'],
  participants: ['log_id', 'user_id'],
  timeline: ['entry_id'],
  measures: ['measure_id'],
};

/** Checks every hash chain, then rebuilds every projection in memory and compares it with the live one. */
export function verifyStore(db: Db): VerifyReport {
  const problems: string[] = [];
  const report = (problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };

  const quick = db.pragma('quick_check', { simple: true });
  if (quick !== 'ok') report('database: quick_check failed');

  const { logs, events } = checkChains(db, report);
  compareWithRebuild(db, report);
  return { ok: problems.length === 0, logs, events, problems };
}

function checkChains(db: Db, report: (problem: string) => void): { logs: number; events: number } {
  const rows = db
    .prepare('SELECT log_id, seq, id, type, body, prev_hash, hash FROM main.events ORDER BY log_id, seq')
    .iterate() as IterableIterator<{ log_id: string; seq: number; id: string; type: string; body: string; prev_hash: string; hash: string }>;
  let logs = 0;
  let events = 0;
  let logId: string | undefined;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    events += 1;
    if (row.log_id !== logId) {
      logs += 1;
      logId = row.log_id;
      expectedSeq = 1;
      prevHash = GENESIS_HASH;
    }
    if (row.seq !== expectedSeq) report(`log ${row.log_id}: seq ${row.seq} where ${expectedSeq} was expected`);
    if (row.prev_hash !== prevHash) report(`event ${row.id}: does not link to the previous event's hash`);
    if (chainHash(row.prev_hash, row.body) !== row.hash) report(`event ${row.id}: hash does not match its content`);
    if (!bodyMatches(row)) report(`event ${row.id}: body does not match its columns`);
    expectedSeq = row.seq + 1;
    prevHash = row.hash;
  }
  return { logs, events };
}

function bodyMatches(row: { log_id: string; id: string; type: string; body: string }): boolean {
  try {
    const event = JSON.parse(row.body) as { id?: unknown; logId?: unknown; type?: unknown };
    return event.id === row.id && event.logId === row.log_id && event.type === row.type && canonicalJson(event) === row.body;
  } catch {
    return false;
  }
}

function compareWithRebuild(db: Db, report: (problem: string) => void): void {
  // In memory, never a file: the rebuilt projections hold the same personal data as the live ones.
  db.exec(`ATTACH DATABASE ':memory:' AS scratch`);
  try {
    for (const sql of scratchSchema(db)) db.exec(sql);
    db.transaction(() => replayAll(db, new Projector(db, 'scratch')))();

    for (const [table, keys] of Object.entries(KEYS)) {
      const columns = (db.pragma(`main.table_info(${table})`) as { name: string }[]).map((c) => c.name).filter((name) => name !== 'entry_no');
      const cols = columns.join(', ');
      const differing = db
        .prepare(
          `SELECT ${keys.join(', ')} FROM (SELECT ${cols} FROM main.${table} EXCEPT SELECT ${cols} FROM scratch.${table})
           UNION SELECT ${keys.join(', ')} FROM (SELECT ${cols} FROM scratch.${table} EXCEPT SELECT ${cols} FROM main.${table})`,
        )
        .raw()
        .all() as string[][];
      for (const key of differing) report(`${table} ${key.join('/')}: differs from a rebuild from the events`);
    }

    const searchRows = (schema: string) =>
      `SELECT t.entry_id, s.text, s.log FROM ${schema}.search s JOIN ${schema}.timeline t ON t.entry_no = s.rowid`;
    const differingSearch = db
      .prepare(
        `SELECT entry_id FROM (${searchRows('main')} EXCEPT ${searchRows('scratch')})
         UNION SELECT entry_id FROM (${searchRows('scratch')} EXCEPT ${searchRows('main')})`,
      )
      .pluck()
      .all() as string[];
    for (const entryId of differingSearch) report(`search ${entryId}: differs from a rebuild from the events`);
    const orphans = db.prepare('SELECT count(*) FROM main.search WHERE rowid NOT IN (SELECT entry_no FROM main.timeline)').pluck().get() as number;
    if (orphans > 0) report(`search: ${orphans} rows belong to no timeline entry`);
    try {
      db.prepare(`INSERT INTO main.search (search) VALUES ('integrity-check')`).run();
    } catch {
      report('search: the full-text index does not match its content');
    }
  } finally {
    db.exec('DETACH DATABASE scratch');
  }
}

/** The live projection tables' own DDL, pointed at the scratch schema, so the comparison follows every migration. */
function scratchSchema(db: Db): string[] {
  const names = PROJECTION_TABLES.map((t) => `'${t}'`).join(', ');
  const rows = db
    .prepare(
      `SELECT sql FROM main.sqlite_master WHERE tbl_name IN (${names}) AND sql IS NOT NULL
       ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, rowid`,
    )
    .pluck()
    .all() as string[];
  return rows.map((sql) => sql.replace(/^(CREATE\s+(?:UNIQUE\s+|VIRTUAL\s+)?(?:TABLE|INDEX)\s+(?:IF\s+NOT\s+EXISTS\s+)?)/i, '$1scratch.'));
}
