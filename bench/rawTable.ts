import { randomUUID } from 'node:crypto';
import { unwrapKey } from '../src-main/core/profile/keys';
import { profilePaths, readProfile } from '../src-main/core/profile/profileFile';
import { configure, openKeyed, type Db } from '../src-main/core/store/sqlite/connection';

/**
 * A second connection to the profile's encrypted database, with the key unwrapped from the passphrase exactly
 * as the core does, and a plain table shaped like the event table (same columns and unique indexes, no
 * projections, no hash chain work): the floor an append through the API is compared with.
 */
export async function openRawTable(dataDir: string, passphrase: string) {
  const profile = readProfile(dataDir);
  if (!profile?.wrappedKey) throw new Error('The bench needs a profile whose key is wrapped by the passphrase only');
  const key = await unwrapKey(profile.wrappedKey, passphrase);
  let db: Db;
  try {
    db = openKeyed(profilePaths(dataDir).store, key);
  } finally {
    key.fill(0);
  }
  configure(db);
  db.exec(`CREATE TABLE IF NOT EXISTS bench_raw_events (
    log_id TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, schema_version INTEGER NOT NULL,
    author_id TEXT NOT NULL, device_time TEXT NOT NULL, recorded_at TEXT NOT NULL, body TEXT NOT NULL,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (log_id, seq))`);
  const insert = db.prepare(`INSERT INTO bench_raw_events (log_id, seq, id, type, schema_version, author_id, device_time, recorded_at, body, prev_hash, hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const logId = randomUUID();
  let seq = 0;
  return {
    /** One row in its own transaction, as one API append is. */
    insert(body: string, authorId: string): void {
      seq += 1;
      const at = new Date().toISOString();
      insert.run(logId, seq, randomUUID(), 'NoteRecorded', 1, authorId, at, at, body, '0'.repeat(64), 'f'.repeat(64));
    },
    close: () => db.close(),
  };
}
