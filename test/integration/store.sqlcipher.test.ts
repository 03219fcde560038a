import sqlcipher from '@journeyapps/sqlcipher';
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StafettError } from '../../src-shared/domain/errors';
import { openStore } from '../../src-main/core/store/sqlite/openStore';
import { CHILD, folderBytes, keyHex, tempStoreDir, writerFor } from './fixtures/storeFixtures';

/** Runs statements one after another on @journeyapps/sqlcipher, the reference SQLCipher 4 build. */
async function readWithReference(file: string, keyPragma: string | null): Promise<string[]> {
  const db = await new Promise<sqlcipher.Database>((resolve, reject) => {
    const opened: sqlcipher.Database = new sqlcipher.Database(file, (error) => (error ? reject(error) : resolve(opened)));
  });
  const run = (sql: string) => new Promise<void>((resolve, reject) => db.run(sql, (error) => (error ? reject(error) : resolve())));
  const all = (sql: string) => new Promise<unknown[]>((resolve, reject) => db.all(sql, (error, rows) => (error ? reject(error) : resolve(rows))));
  try {
    // Silences "hmac check failed" on stderr when the key is wrong.
    await run('PRAGMA cipher_log_level = NONE');
    if (keyPragma !== null) await run(keyPragma);
    const rows = (await all('SELECT id FROM events ORDER BY log_id, seq')) as { id: string }[];
    return rows.map((row) => row.id);
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('Expected an error');
}

let temp: ReturnType<typeof tempStoreDir>;
beforeEach(() => {
  temp = tempStoreDir();
});
afterEach(() => temp.remove());

function writeLog(): string[] {
  const store = openStore({ file: temp.file, key: temp.key });
  const log = writerFor(store);
  log.open();
  log.concern('Virker engstelig ved levering.');
  log.note('Samtale med mor om søvn.');
  store.close();
  return [...new Set(log.state!.entries.keys())];
}

describe('the database file', () => {
  it('is a standard SQLCipher 4 database: the reference SQLCipher opens it with the key and reads the events', async () => {
    const ids = writeLog();
    expect(await readWithReference(temp.file, `PRAGMA key = "x'${keyHex(temp.key)}'"`)).toEqual(ids);
  });

  it('cannot be read without the key or with another key', async () => {
    writeLog();
    await expect(readWithReference(temp.file, null)).rejects.toThrow(/not a database/);
    await expect(readWithReference(temp.file, `PRAGMA key = "x'${randomBytes(32).toString('hex')}'"`)).rejects.toThrow(/not a database/);
    const wrongKey = thrown(() => openStore({ file: temp.file, key: new Uint8Array(randomBytes(32)) }));
    expect(wrongKey).toBeInstanceOf(StafettError);
    expect(wrongKey).toMatchObject({ code: 'storeDamaged' });
    // The right key still opens it: a failed attempt changed nothing.
    expect(await readWithReference(temp.file, `PRAGMA key = "x'${keyHex(temp.key)}'"`)).toHaveLength(3);
  });

  it('and every file beside it are private to the user and hold no child name, identity number or entry text, while open and after closing', () => {
    const secrets = [
      CHILD.childName,
      'blåbærli', // the search index stores words in lower case
      'Prøvesen',
      CHILD.nationalId,
      'Kvitveisgløtt',
      'kvitveisgløtt',
      'Ymseordet',
      'ymseordet',
      'Fiktivforelder',
    ];
    const store = openStore({ file: temp.file, key: temp.key });
    const log = writerFor(store);
    log.open();
    const concern = log.concern('Snakker om Kvitveisgløtt hver dag.', { guardianView: 'Fiktivforelder er enig.' });
    for (let i = 0; i < 200; i++) log.note(`Notat ${i} om Ymseordet og fremgang.`);
    log.amend(concern, { observation: 'Snakker om Kvitveisgløtt og Ymseordet hver dag.' });
    // Reads that sort, rebuild in memory and search must not spill to files either.
    expect(store.search(log.state!.holder.userId, 'kvitveis', 10).hits).toHaveLength(1);
    expect(store.verify().ok).toBe(true);

    const assertNoPlaintext = () => {
      const files = folderBytes(temp.dir);
      expect(files.size).toBeGreaterThan(0);
      for (const [name, bytes] of files) {
        for (const secret of secrets) {
          expect(bytes.includes(Buffer.from(secret, 'utf8')), `${name} must not contain a written text`).toBe(false);
        }
      }
    };
    if (process.platform !== 'win32') {
      for (const name of ['stafett.db', 'stafett.db-wal']) expect(statSync(join(temp.dir, name)).mode & 0o077, `${name} is private`).toBe(0);
    }
    const open = folderBytes(temp.dir);
    expect([...open.keys()].sort()).toEqual(['stafett.db', 'stafett.db-shm', 'stafett.db-wal']);
    expect(open.get('stafett.db-wal')!.length).toBeGreaterThan(0);
    assertNoPlaintext();
    store.close();
    assertNoPlaintext();
  });
});
