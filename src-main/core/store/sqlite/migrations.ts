import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { StafettError } from '../../../../src-shared/domain/errors';

/**
 * The schema migrations runner. The SQL files in migrations/local are the source; they ship inside the app as
 * localMigrations.generated.ts (scripts/generate-migrations.ts), so the Electron bundle needs no file next to it.
 */

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** A migration that creates or reshapes a projection says so on a line of its own; the runner then rebuilds. */
export const REBUILD_MARKER = '-- stafett:rebuild-projections';

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** Reads numbered SQL files (0001_name.sql, …) from a folder. Numbers must run 1, 2, 3… without gaps. */
export function loadMigrationsFromDir(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = FILE_NAME.exec(file);
      if (!match) throw new Error(`Migration file name must look like 0001_name.sql: ${file}`);
      return { version: Number(match[1]), name: match[2]!, sql: readFileSync(join(dir, file), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  return checked(migrations);
}

export function checked(migrations: Migration[]): Migration[] {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`Migrations must be numbered 1, 2, 3… without gaps (found ${migration.version})`);
  });
  return migrations;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** A database written by a newer app is refused before anything touches it. */
export function refuseTooNew(db: Database, migrations: readonly Migration[]): void {
  const storeVersion = userVersion(db);
  const appVersion = latestVersion(migrations);
  if (storeVersion > appVersion) throw new StafettError('storeTooNew', { storeVersion, appVersion });
}

export interface MigrationResult {
  from: number;
  to: number;
  /** An applied migration asked for the projections to be rebuilt from existing events. */
  rebuildProjections: boolean;
}

/**
 * Applies each pending migration up to `target` (default: the newest) in its own transaction, together with
 * PRAGMA user_version, so a crash leaves the database at one version or the next, never between.
 */
export function migrate(db: Database, migrations: readonly Migration[], target = latestVersion(migrations)): MigrationResult {
  refuseTooNew(db, migrations);
  if (target > latestVersion(migrations)) throw new Error(`No migration to version ${target}`);
  const from = userVersion(db);
  let rebuild = false;
  for (const migration of migrations) {
    if (migration.version <= from || migration.version > target) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
    if (migration.sql.includes(REBUILD_MARKER)) rebuild = true;
  }
  // From empty, the projections are empty and correct as created.
  return { from, to: Math.max(from, target), rebuildProjections: from > 0 && rebuild };
}
