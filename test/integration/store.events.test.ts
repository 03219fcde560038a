import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogEvent } from '../../src-shared/domain/events';
import { uuidv7 } from '../../src-shared/util/uuidv7';
import type { LogStore, StoredEvent } from '../../src-main/core/store/Interface';
import { canonicalJson } from '../../src-main/core/store/sqlite/canonicalJson';
import { configure, openKeyed } from '../../src-main/core/store/sqlite/connection';
import type { Db } from '../../src-main/core/store/sqlite/connection';
import { chainHash } from '../../src-main/core/store/sqlite/hashChain';
import { LogWriter, HOLDER, openTempStore, writerFor } from './fixtures/storeFixtures';

let temp: ReturnType<typeof openTempStore>;
let store: LogStore;
let log: LogWriter;
beforeEach(() => {
  temp = openTempStore();
  store = temp.store;
  log = writerFor(store);
  log.open();
});
afterEach(() => temp.dispose());

/** A second, raw connection to the same database, as someone with the key and an SQLite shell would have. */
function raw(): Db {
  const db = openKeyed(temp.file, temp.key);
  configure(db);
  return db;
}

describe('the events', () => {
  it('are stored with a per-log sequence and a hash chain, and read back as written', () => {
    const stored: StoredEvent[] = [];
    const writer = new LogWriter((events) => stored.push(...store.append(events)));
    writer.open({ childName: 'Ola Fiktiv Nordmann' });
    writer.note('Første samtale.');
    writer.brightSpot('Godt humør i dag.');

    expect(stored.map((s) => s.seq)).toEqual([1, 2, 3]);
    expect(stored[0]!.prevHash).toBe('0'.repeat(64));
    for (const [i, s] of stored.entries()) {
      expect(s.hash).toBe(chainHash(s.prevHash, canonicalJson(s.event)));
      if (i > 0) expect(s.prevHash).toBe(stored[i - 1]!.hash);
    }
    expect(store.readEvents(writer.logId)).toEqual(stored.map((s) => JSON.parse(JSON.stringify(s.event))));
    expect(store.logIds().sort()).toEqual([log.logId, writer.logId].sort());
  });

  it('refuses an event id that is already stored, and keeps nothing of that batch', () => {
    log.note('Et notat.');
    const [existing] = store.readEvents(log.logId).slice(-1) as [LogEvent];
    const fresh = { ...existing, id: uuidv7() };
    expect(() => store.append([fresh, existing])).toThrow(/already stored/);
    expect(store.readEvents(log.logId)).toHaveLength(2);
    expect(store.timeline(log.logId, { limit: 10 }).total).toBe(2);
  });

  it('refuses a log that does not begin with its opening, and a second opening', () => {
    const note = store.readEvents(log.logId)[0]!;
    expect(() => store.append([{ ...note, id: uuidv7(), logId: uuidv7(), type: 'NoteRecorded' } as LogEvent])).toThrow();
    expect(() => store.append([{ ...note, id: uuidv7() }])).toThrow();
    expect(store.readEvents(log.logId)).toHaveLength(1);
  });

  it('cannot be changed or removed, even by SQL run directly on the database', () => {
    log.note('Et notat som skal stå.');
    store.recordAudit({ at: '2026-01-05T09:00:00.000Z', actorId: HOLDER.userId, actorName: HOLDER.name, logId: log.logId, action: 'read', what: 'log.timeline' });
    const db = raw();
    try {
      expect(() => db.prepare(`UPDATE events SET body = '{}'`).run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
      expect(() => db.prepare(`UPDATE audit SET what = 'x'`).run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
    expect(store.readEvents(log.logId)).toHaveLength(2);
    expect(store.auditOf(log.logId)).toHaveLength(1);
  });
});

describe('verify()', () => {
  beforeEach(() => {
    const concern = log.concern('Uro i samlingsstund.');
    log.note('Ringte far.');
    log.amend(concern, { observation: 'Uro i samlingsstund og ved måltid.' });
  });

  it('passes on a store written through append()', () => {
    const other = writerFor(store);
    other.open({ childName: 'Ola Fiktiv Nordmann' });
    expect(store.verify()).toEqual({ ok: true, logs: 2, events: 5, problems: [] });
  });

  it('names the event whose content was changed behind the store’s back, without its content', () => {
    const target = store.readEvents(log.logId)[2]!;
    const db = raw();
    try {
      db.exec('DROP TRIGGER events_refuse_update');
      db.prepare(`UPDATE events SET body = replace(body, 'Ringte far.', 'Ringte mor.') WHERE id = ?`).run(target.id);
    } finally {
      db.close();
    }
    const report = store.verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toContain(`event ${target.id}: hash does not match its content`);
    expect(report.problems.join('\n')).not.toMatch(/Ringte/);
  });

  it('notices a removed event as a gap in the chain', () => {
    const events = store.readEvents(log.logId);
    const db = raw();
    try {
      db.exec('DROP TRIGGER events_refuse_delete');
      db.prepare('DELETE FROM events WHERE id = ?').run(events[1]!.id);
    } finally {
      db.close();
    }
    const report = store.verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toContain(`log ${log.logId}: seq 3 where 2 was expected`);
    expect(report.problems).toContain(`event ${events[2]!.id}: does not link to the previous event's hash`);
  });

  it('notices a projection that no longer matches the events', () => {
    const db = raw();
    try {
      db.prepare(`UPDATE timeline SET fields = '{}' WHERE kind = 'note'`).run();
      db.prepare(`UPDATE logs SET level = 3`).run();
    } finally {
      db.close();
    }
    const note = store.readEvents(log.logId)[2]!;
    const report = store.verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(expect.arrayContaining([`timeline ${note.id}: differs from a rebuild from the events`, `logs ${log.logId}: differs from a rebuild from the events`]));

    store.rebuildProjections();
    expect(store.verify().ok).toBe(true);
    expect(store.timeline(log.logId, { kinds: ['note'], limit: 1 }).entries[0]?.fields.text).toBe('Ringte far.');
  });
});
