import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, openSync } from 'node:fs';
import { StafettError } from '../../../../src-shared/domain/errors';

export type Db = Database.Database;
export type Stmt = Database.Statement;

/**
 * Opens an SQLCipher 4 database with a raw 256-bit key and proves the key by reading the schema.
 * The cipher pragmas must come before anything else touches the file. `key="x'…'"` is a raw key:
 * `hexkey` would take the hex as a passphrase and run the KDF over it, giving a different database key.
 */
export function openKeyed(file: string, key: Uint8Array): Db {
  if (key.length !== 32) throw new Error('The database key must be 32 bytes');
  // A new store is created readable by its owner only; SQLite gives the -wal and -shm files the same mode.
  if (!existsSync(file)) closeSync(openSync(file, 'wx', 0o600));
  const db = new Database(file);
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${Buffer.from(key).toString('hex')}'"`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    // A wrong key and a damaged file look the same to SQLCipher ("file is not a database").
    db.close();
    throw new StafettError('storeDamaged');
  }
  return db;
}

/**
 * The settings every session runs with. Called only after the version check, because switching a database to
 * WAL writes its header, and a database from a newer app must stay untouched.
 */
export function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL: in WAL mode, every commit is synced, so an acknowledged append survives a crash or a power cut.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Sorting and temp tables stay in memory: SQLCipher does not encrypt temporary files the way it does the database.
  db.pragma('temp_store = MEMORY');
  // 32 MB of decrypted pages: searching a large store reads many pages, and each one read from disk is decrypted again.
  db.pragma('cache_size = -32000');
}
