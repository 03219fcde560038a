import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogHeader, LogSummary, TimelineEntry } from '../../src-shared/api/dto';
import { validateNationalId } from '../../src-shared/identity/nationalIdentityNumber';
import { ENTRY_KINDS, EVALUATION_DECISIONS } from '../../src-shared/domain/vocabulary';
import { ageOn, osloDate } from '../../src-shared/util/dates';
import { DemoRefusedError, createDemoProfile } from '../../src-main/core/demo/generate';
import { PASSPHRASE, tempCore, tempDir } from '../support/tempCore';

const NOW = new Date();
const folder = tempDir('stafett-demo-');
let made: ReturnType<typeof tempCore>;
let logs: LogSummary[];
let headers: LogHeader[];
let entries: TimelineEntry[];

/** The whole timeline of a log, page by page, as a user scrolling to its beginning would see it. */
async function wholeTimeline(logId: string): Promise<TimelineEntry[]> {
  const all: TimelineEntry[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await made.call('log.timeline', { logId, limit: 500, ...(before ? { before } : {}) });
    all.push(...page.entries);
    if (page.nextBefore === null) return all;
    before = page.nextBefore;
  }
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((name) => {
      const file = join(dir, name);
      return [name, `${statSync(file).mtimeMs}:${createHash('sha256').update(readFileSync(file)).digest('hex')}`];
    }),
  );
}

beforeAll(async () => {
  await createDemoProfile({ dataDir: folder.dir, passphrase: PASSPHRASE, children: 30, big: 0, seed: 'demo-test', now: NOW });
  made = tempCore({ dataDir: folder.dir });
  await made.call('session.unlock', { passphrase: PASSPHRASE });
  logs = await made.call('logs.mine', {});
  headers = await Promise.all(logs.map((log) => made.call('log.header', { logId: log.logId })));
  entries = [];
  for (const log of logs) entries.push(...(await wholeTimeline(log.logId)));
});

afterAll(async () => {
  await made.core.close();
  folder.remove();
});

describe('the demo profile', () => {
  it('holds at least 30 children’s logs, all held by the profile’s own staff member', async () => {
    const status = await made.call('session.status', {});
    expect(logs.length).toBeGreaterThanOrEqual(30);
    expect(new Set(logs.map((log) => log.childName)).size).toBe(logs.length);
    for (const log of logs) expect(log.holder.name).toBe(status.user?.name);
  });

  it('has logs standing at every level 0–3', () => {
    expect(new Set(logs.map((log) => log.level))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('gives every child a valid synthetic identity number and an age of 0–18', () => {
    const today = osloDate(NOW);
    for (const header of headers) {
      expect(validateNationalId(header.nationalId)).toEqual({ valid: true, kind: 'synthetic' });
      const age = ageOn(header.birthDate, today);
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThanOrEqual(18);
    }
  });

  it('has every kind of entry, amendments, and evaluations that continue, adjust and end', () => {
    expect(new Set(entries.map((entry) => entry.kind))).toEqual(new Set(ENTRY_KINDS));
    expect(entries.some((entry) => entry.amendments.length > 0 && entry.original !== null)).toBe(true);
    const decisions = new Set(entries.filter((entry) => entry.kind === 'evaluation').map((entry) => entry.fields.decision));
    expect(decisions).toEqual(new Set(EVALUATION_DECISIONS));
    for (const change of entries.filter((entry) => entry.kind === 'levelChange')) expect(String(change.fields.reason).length).toBeGreaterThan(10);
  });

  it('spreads the entries over the two years before today, each log in order', async () => {
    const times = entries.map((entry) => Date.parse(entry.at));
    const twoYearsAgo = NOW.getTime() - 2 * 366 * 86_400_000;
    expect(Math.min(...times)).toBeGreaterThanOrEqual(twoYearsAgo);
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(365 * 86_400_000);
    for (const log of logs.slice(0, 5)) {
      const timeline = await wholeTimeline(log.logId);
      const ats = timeline.map((entry) => entry.at);
      expect(ats).toEqual([...ats].sort().reverse());
    }
  });

  it('writes Norwegian text that search finds', async () => {
    const { hits } = await made.call('logs.search', { query: 'friminuttet', limit: 20 });
    expect(hits.length).toBeGreaterThan(0);
  });

  it('refuses to fill a folder that already holds a profile, and leaves it unchanged', async () => {
    await made.core.close();
    const before = snapshot(folder.dir);
    await expect(createDemoProfile({ dataDir: folder.dir, passphrase: PASSPHRASE, children: 30, big: 0 })).rejects.toBeInstanceOf(DemoRefusedError);

    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'src-main/core/demo/cli.ts', '--data', folder.dir, '--passphrase', PASSPHRASE], {
      cwd: join(import.meta.dirname, '../..'),
    });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('already holds a Stafett profile') });
    expect(snapshot(folder.dir)).toEqual(before);

    await made.call('session.unlock', { passphrase: PASSPHRASE });
    expect(await made.call('logs.mine', {})).toHaveLength(logs.length);
  });
});
