import { upgradeEvent } from '../../../../src-shared/domain/events';
import type { LogEvent } from '../../../../src-shared/domain/events';
import type { Db } from './connection';
import type { Projector } from './projector';

/** The stored form of an event, upgraded to the current schema: what every projection is built from. */
export function parseBody(body: string): LogEvent {
  return upgradeEvent(JSON.parse(body) as LogEvent);
}

const CHUNK = 2000;

/**
 * Feeds every stored event to a projector in the order the store first wrote them, so rebuilt rows get the
 * same entry numbers (and search its newest-first order) as the live ones. Returns the number of events.
 */
export function replayAll(db: Db, projector: Projector): number {
  // In chunks: better-sqlite3 cannot write while a read statement is being iterated.
  const chunk = db.prepare('SELECT rowid, seq, body FROM main.events WHERE rowid > ? ORDER BY rowid LIMIT ?');
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = chunk.all(after, CHUNK) as { rowid: number; seq: number; body: string }[];
    for (const row of rows) projector.apply(parseBody(row.body), row.seq);
    count += rows.length;
    if (rows.length < CHUNK) return count;
    after = rows.at(-1)!.rowid;
  }
}
