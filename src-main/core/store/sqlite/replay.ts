import { upgradeEvent } from '../../../../src-shared/domain/events';
import type { LogEvent } from '../../../../src-shared/domain/events';
import type { Db } from './connection';
import type { Projector } from './projector';

/** The stored form of an event, upgraded to the current schema: what every projection is built from. */
export function parseBody(body: string): LogEvent {
  return upgradeEvent(JSON.parse(body) as LogEvent);
}

/** Feeds every stored event, log by log in seq order, to a projector. Returns the number of events. */
export function replayAll(db: Db, projector: Projector): number {
  const logIds = db.prepare('SELECT DISTINCT log_id FROM main.events').pluck().all() as string[];
  const eventsOf = db.prepare('SELECT seq, body FROM main.events WHERE log_id = ? ORDER BY seq');
  let count = 0;
  for (const logId of logIds) {
    // One log at a time with all(): better-sqlite3 cannot write while a read statement is being iterated.
    for (const row of eventsOf.all(logId) as { seq: number; body: string }[]) {
      projector.apply(parseBody(row.body), row.seq);
      count += 1;
    }
  }
  return count;
}
