import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogEvent } from '../../src-shared/domain/events';
import { Checkpointer } from '../../src-main/core/store/sqlite/checkpointer';
import { configure, openKeyed, type Db } from '../../src-main/core/store/sqlite/connection';
import { openStore } from '../../src-main/core/store/sqlite/openStore';
import type { LogStore } from '../../src-main/core/store/Interface';
import { LogWriter, tempStoreDir } from './fixtures/storeFixtures';

/**
 * The WAL is checkpointed by a worker thread (checkpointer.ts), not by the commit that crosses SQLite's threshold.
 * Waits are on checkpointNow(), never on time.
 */

const WORDS = ['friminutt', 'matpakke', 'lekser', 'fotball', 'søvn', 'fravær', 'trøst', 'venner', 'mor', 'far', 'lærer', 'tegning', 'lesing', 'svømming'];

let seed = 1;
/** A note of about 3,500 characters, varied enough that the search index grows with it. */
function longText(): string {
  let text = '';
  while (text.length < 3500) {
    seed = (seed * 48271) % 2147483647;
    text += `${WORDS[seed % WORDS.length]}${(seed >> 8) % 4096} `;
  }
  return text.trim();
}

/** Writes `notes` notes to one log in transactions of `perCommit` events, as one big write would. */
function writeNotes(store: LogStore, log: LogWriter, pending: LogEvent[], notes: number, perCommit: number): void {
  for (let i = 0; i < notes; i++) {
    log.note(longText());
    if (pending.length >= perCommit) store.append(pending.splice(0));
  }
  if (pending.length > 0) store.append(pending.splice(0));
}

const walBytes = (file: string) => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);

let temp: ReturnType<typeof tempStoreDir>;
beforeEach(() => {
  temp = tempStoreDir();
});
afterEach(() => temp.remove());

describe('the WAL checkpointer', () => {
  it('starts the WAL over after each checkpoint, so it never grows past the longest stretch between two', async () => {
    const store = openStore({ file: temp.file, key: temp.key });
    try {
      const pending: LogEvent[] = [];
      const log = new LogWriter((events) => pending.push(...events));
      log.open();

      // One large transaction sets the WAL file's size.
      writeNotes(store, log, pending, 1000, 1000);
      const burst = walBytes(temp.file);
      expect(burst).toBeGreaterThan(8 * 1024 * 1024);
      const report = await store.checkpointNow();
      expect(report.busy).toBe(false);
      expect(report.checkpointedFrames).toBe(report.walFrames);

      // The next commit writes from the start of the WAL again.
      writeNotes(store, log, pending, 1, 1);
      const next = await store.checkpointNow();
      expect(next.walFrames).toBeGreaterThan(0);
      expect(next.walFrames).toBeLessThan(report.walFrames / 10);
      expect(walBytes(temp.file)).toBe(burst);

      // Ordinary writing between checkpoints, more than the burst in all, reuses the file instead of growing it.
      for (let round = 0; round < 15; round++) {
        writeNotes(store, log, pending, 100, 10);
        const done = await store.checkpointNow();
        expect(done.busy).toBe(false);
        expect(done.checkpointedFrames).toBe(done.walFrames);
      }
      expect(walBytes(temp.file)).toBe(burst);
    } finally {
      store.close();
    }
  });

  it('leaves every event in the database file when the store closes, and nothing in the WAL', async () => {
    let store = openStore({ file: temp.file, key: temp.key });
    const pending: LogEvent[] = [];
    const log = new LogWriter((events) => pending.push(...events));
    log.open();
    writeNotes(store, log, pending, 300, 1);
    const ids = store.readEvents(log.logId).map((event) => event.id);
    // A checkpoint asked for just before closing is answered, not left hanging.
    const asked = store.checkpointNow();
    store.close();
    await expect(asked).resolves.toHaveProperty('busy');
    expect(walBytes(temp.file)).toBe(0);

    store = openStore({ file: temp.file, key: temp.key });
    try {
      expect(store.readEvents(log.logId).map((event) => event.id)).toEqual(ids);
      expect(ids).toHaveLength(301);
      expect(store.verify().problems).toEqual([]);
    } finally {
      store.close();
    }
  });

  describe('on a raw connection', () => {
    let db: Db;
    beforeEach(() => {
      db = openKeyed(temp.file, temp.key);
      configure(db);
      db.exec('CREATE TABLE t (x TEXT)');
    });
    afterEach(() => {
      if (db.open) db.close();
    });

    it('takes checkpointing over from SQLite and runs it in the worker, with the store’s key', async () => {
      const checkpointer = new Checkpointer(db, temp.key);
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(10_000));
      checkpointer.committed();
      const report = await checkpointer.checkpointNow();
      expect(report).toMatchObject({ busy: false });
      expect(report.walFrames).toBeGreaterThan(0);
      // Still off: a worker that failed would have handed checkpointing back to SQLite.
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      checkpointer.close();
      expect(walBytes(temp.file)).toBe(0);
    });

    it('hands checkpointing back to SQLite when the worker cannot open the file', async () => {
      const warned = new Promise<Error>((resolve) => process.once('warning', resolve));
      const checkpointer = new Checkpointer(db, new Uint8Array(randomBytes(32)));
      db.prepare('INSERT INTO t VALUES (?)').run('y');
      const report = await checkpointer.checkpointNow();
      expect((await warned).message).toContain('SQLITE_NOTADB');
      // Answered by the main connection instead.
      expect(report).toMatchObject({ busy: false });
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      checkpointer.close();
    });
  });
});
