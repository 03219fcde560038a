import type { LogStore } from '../Interface';
import { Checkpointer } from './checkpointer';
import { configure, openKeyed } from './connection';
import { LOCAL_MIGRATIONS } from './localMigrations.generated';
import { loadMigrationsFromDir, migrate, refuseTooNew } from './migrations';
import { SqliteLogStore } from './SqliteLogStore';

export interface StoreOptions {
  file: string;
  /** 32 random bytes: the raw SQLCipher key. */
  key: Uint8Array;
  /** Read the migrations from this folder instead of the copy compiled into the app. */
  migrationsDir?: string;
  /** The clock for recorded_at; tests pass a fake. */
  now?: () => Date;
}

/**
 * Opens (or creates) the encrypted store and brings its schema up to date.
 * Throws StafettError 'storeDamaged' when the key does not open the file, 'storeTooNew' when a newer app wrote it
 * (the file is then left exactly as it was).
 */
export function openStore(options: StoreOptions): LogStore {
  const migrations = options.migrationsDir ? loadMigrationsFromDir(options.migrationsDir) : LOCAL_MIGRATIONS;
  const db = openKeyed(options.file, options.key);
  let checkpointer: Checkpointer | undefined;
  try {
    refuseTooNew(db, migrations);
    configure(db);
    const migrated = migrate(db, migrations);
    checkpointer = new Checkpointer(db, options.key);
    const store = new SqliteLogStore(db, checkpointer, options.now);
    if (migrated.rebuildProjections) store.rebuildProjections();
    return store;
  } catch (error) {
    checkpointer?.stop();
    db.close();
    throw error;
  }
}
