import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKeyed } from '../../src-main/core/store/sqlite/connection';
import { openStore } from '../../src-main/core/store/sqlite/openStore';
import { keyHex, tempStoreDir } from './fixtures/storeFixtures';

const WRITER = fileURLToPath(new URL('./fixtures/storeCrashWriter.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let temp: ReturnType<typeof tempStoreDir>;
beforeEach(() => {
  temp = tempStoreDir();
});
afterEach(() => temp.remove());

/** Starts the writer, lets it acknowledge at least `count` events, kills it with SIGKILL, returns what it acknowledged. */
function writeUntilKilled(count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER], {
      cwd: ROOT,
      env: { ...process.env, STAFETT_TEST_DB: temp.file, STAFETT_TEST_KEY: keyHex(temp.key) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: string[] = [];
    let partial = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      acknowledged.push(...lines);
      if (!killed && acknowledged.length >= count) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`The writer stopped by itself: ${stderr}`));
    });
  });
}

describe('a crash in the middle of a burst of appends', () => {
  it('leaves an intact database with every acknowledged event and verifying hash chains', async () => {
    const acknowledged = new Set<string>();
    for (let round = 1; round <= 5; round++) {
      for (const id of await writeUntilKilled(100 + round * 37)) acknowledged.add(id);

      const raw = openKeyed(temp.file, temp.key);
      try {
        expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        raw.close();
      }
      const store = openStore({ file: temp.file, key: temp.key });
      try {
        const stored = new Set(store.logIds().flatMap((logId) => store.readEvents(logId).map((event) => event.id)));
        const missing = [...acknowledged].filter((id) => !stored.has(id));
        expect(missing).toEqual([]);
        const report = store.verify();
        expect(report.problems).toEqual([]);
        expect(report.logs).toBe(2);
      } finally {
        store.close();
      }
    }
  });
});
