import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../src-main/core/api/Core';
import { createCore } from '../src-main/core/api/createCore';
import { DemoClock } from '../src-main/core/demo/clock';
import { populateDemo } from '../src-main/core/demo/generate';
import { syntheticNationalId } from '../src-main/core/demo/identity';
import { Random } from '../src-main/core/demo/random';
import { KDF_PARAMS, unwrapKey } from '../src-main/core/profile/keys';
import { readProfile } from '../src-main/core/profile/profileFile';
import type { LogSummary } from '../src-shared/api/dto';
import type { Actor } from '../src-shared/domain/events';
import { osloDate } from '../src-shared/util/dates';
import { benchChild, benchEntry } from './corpus';
import { bulkFill } from './bulkFill';
import { openRawTable } from './rawTable';
import { round, summarize } from './stats';
import { watchStalls } from './stalls';

/**
 * npm run bench: one JSON object on stdout, progress on stderr. Everything runs on one encrypted store in a
 * temp folder, through the same core.dispatch the app's transports use. Not a test: nothing here fails on time.
 */

/** `npm run bench -- --bulk` writes the search corpus in bulk instead of one dispatch per entry (see bulkFill.ts). */
const BULK = process.argv.includes('--bulk');
const PASSPHRASE = 'benk-passordfrase-som-er-lang-nok';
const TIMELINE_LOG_EVENTS = 10_000;
const SEARCH_ENTRIES = 100_000;
const APPEND_SAMPLES = 2_000;
const UNLOCK_SAMPLES = 20;
const TARGETS = { appendRatio: 3, timelineP95Ms: 10, searchP95Ms: 50, unlockMs: 500, stallMs: 100 };

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const started = performance.now();
const seconds = (since: number) => round((performance.now() - since) / 1000);

async function call(core: Core, method: string, input: unknown): Promise<unknown> {
  const answer = await core.dispatch(method, input);
  if (!answer.ok) throw new Error(`${method} was refused: ${answer.error.code}`);
  return answer.value;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

const rng = new Random('stafett-bench');
const today = () => osloDate(new Date());

async function openBenchLog(core: Core): Promise<string> {
  const birthDate = `20${rng.int(10, 20)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`;
  const opened = (await call(core, 'logs.open', {
    childName: `Benk ${rng.int(1, 9999)} Prøvesen`,
    birthDate,
    nationalId: syntheticNationalId(rng, birthDate),
    unit: 'Lerkeli skole',
    level: 1,
  })) as { logId: string };
  return opened.logId;
}

/** Writes `count` entries round-robin over the logs through dispatch, yielding now and then like the demo does. */
async function fill(core: Core, logIds: string[], count: number, label: string): Promise<void> {
  const children = logIds.map(() => benchChild(rng));
  const t0 = performance.now();
  let lastYield = performance.now();
  for (let i = 0; i < count; i++) {
    const at = i % logIds.length;
    const entry = benchEntry(rng, children[at]!, logIds[at]!, today());
    await call(core, entry.method, entry.input);
    if (performance.now() - lastYield > 8) {
      await new Promise(setImmediate);
      lastYield = performance.now();
    }
    if ((i + 1) % 10_000 === 0) log(`${label}: ${i + 1} / ${count} (${seconds(t0)} s)`);
  }
}

async function totalEntries(core: Core): Promise<{ logs: number; entries: number }> {
  const mine = (await call(core, 'logs.mine', {})) as LogSummary[];
  return { logs: mine.length, entries: mine.reduce((sum, l) => sum + l.entryCount, 0) };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'stafett-bench-'));
  const clock = new DemoClock(Date.now() - 800 * 86_400_000);
  const core = createCore({ dataDir, now: clock.now });
  try {
    // (e) The main thread's longest stall while the demo profile is created, in this same process.
    log('creating the demo profile (e)');
    // Wrapped only to tell, afterwards, whether a stall came from one synchronous store call or from the generator.
    let longestCall = { method: '', ms: 0 };
    const measured: Core = {
      ...core,
      async dispatch(method, input) {
        const t0 = performance.now();
        const answer = await core.dispatch(method, input);
        const ms = performance.now() - t0;
        // Creating the profile waits mostly on the key derivation, which runs off the main thread.
        if (ms > longestCall.ms && method !== 'session.createProfile') longestCall = { method, ms: round(ms) };
        return answer;
      },
    };
    const watch = watchStalls();
    const demo = await populateDemo(measured, clock, { passphrase: PASSPHRASE, onProgress: ({ done, total }) => done % 5000 === 0 && log(`demo ${done} / ${total}`) });
    const stalls = watch.stop();
    clock.followRealTime();
    const stall = {
      demo: { logs: demo.logs, events: demo.events, bigLogEntries: demo.bigLogEntries, seconds: round(demo.durationMs / 1000) },
      ...stalls,
      longestSingleCall: longestCall,
      target: `longest stall < ${TARGETS.stallMs} ms`,
      met: Math.max(stalls.eventLoopDelayMaxMs, stalls.intervalTimerMaxLateMs) < TARGETS.stallMs,
    };

    // (a) An append through the API against a raw prepared insert into a plain table in the same database.
    log('append through dispatch vs raw insert (a)');
    const appendLog = await openBenchLog(core);
    const raw = await openRawTable(dataDir, PASSPHRASE);
    const user = ((await call(core, 'session.status', {})) as { user: { userId: string } }).user;
    const ctx = benchChild(rng);
    const note = () => ({ logId: appendLog, occurredOn: today(), contact: 'call', text: benchEntry(rng, ctx, appendLog, today()).input.text ?? 'Telefon med mor.' });
    const dispatchTimes: number[] = [];
    const rawTimes: number[] = [];
    for (let i = 0; i < 100; i++) {
      await call(core, 'log.recordNote', note());
      raw.insert(JSON.stringify(note()), user.userId);
    }
    // Alternating blocks, so drift in the machine (page cache, other work) falls on both alike.
    for (let block = 0; block < 8; block++) {
      for (let i = 0; i < APPEND_SAMPLES / 8; i++) {
        const input = note();
        dispatchTimes.push(await timed(() => call(core, 'log.recordNote', input)));
      }
      for (let i = 0; i < APPEND_SAMPLES / 8; i++) {
        // A body like the core's: the whole event as JSON.
        const body = JSON.stringify({ id: crypto.randomUUID(), logId: appendLog, type: 'NoteRecorded', schemaVersion: 1, author: user, deviceTime: new Date().toISOString(), payload: note() });
        const t0 = performance.now();
        raw.insert(body, user.userId);
        rawTimes.push(performance.now() - t0);
      }
      await new Promise(setImmediate);
    }
    raw.close();
    const viaDispatch = summarize(dispatchTimes);
    const rawInsert = summarize(rawTimes);
    const ratio = round(viaDispatch.meanMs / rawInsert.meanMs);
    const append = { dispatch: viaDispatch, rawInsert, ratio, target: `ratio ≤ ${TARGETS.appendRatio}`, met: ratio <= TARGETS.appendRatio };

    // (b) The first timeline page of a log with 10,000 events.
    log(`writing a log of ${TIMELINE_LOG_EVENTS} events (b)`);
    const bigLog = await openBenchLog(core);
    await fill(core, [bigLog], TIMELINE_LOG_EVENTS - 1, 'timeline log');
    const pageTimes: number[] = [];
    for (let i = 0; i < 20; i++) await call(core, 'log.timeline', { logId: bigLog, limit: 100 });
    for (let i = 0; i < 300; i++) pageTimes.push(await timed(() => call(core, 'log.timeline', { logId: bigLog, limit: 100 })));
    const page = summarize(pageTimes);
    const timeline = { logEvents: TIMELINE_LOG_EVENTS, limit: 100, ...page, target: `p95 < ${TARGETS.timelineP95Ms} ms`, met: page.p95Ms < TARGETS.timelineP95Ms };

    // (c) Search over 100,000 entries: top the store up through dispatch, spread over 40 more logs.
    const before = await totalEntries(core);
    const missing = Math.max(0, SEARCH_ENTRIES - before.entries);
    log(`writing ${missing} more entries for search (c)${BULK ? ' in bulk' : ''}`);
    if (BULK) {
      const actor = ((await call(core, 'session.status', {})) as { user: Actor }).user;
      await bulkFill(dataDir, PASSPHRASE, actor, rng, 40, missing);
    } else {
      const corpusLogs: string[] = [];
      for (let i = 0; i < 40; i++) corpusLogs.push(await openBenchLog(core));
      await fill(core, corpusLogs, Math.max(0, missing - corpusLogs.length), 'search corpus');
    }
    const corpus = await totalEntries(core);
    const queries = ['friminuttet', 'søvn', 'fravær', 'matpakke', 'kontaktlærer', 'helsesykepleier', 'vondt i magen', 'konflikter', 'mor', 'lekser', 'logoped', 'fotball', 'Emma', 'skol', 'trøst'];
    const searchTimes: number[] = [];
    const hitCounts: number[] = [];
    for (const query of queries) await call(core, 'logs.search', { query });
    for (let round = 0; round < 20; round++) {
      for (const query of queries) {
        const t0 = performance.now();
        const { hits } = (await call(core, 'logs.search', { query, limit: 50 })) as { hits: unknown[] };
        searchTimes.push(performance.now() - t0);
        if (round === 0) hitCounts.push(hits.length);
      }
    }
    const searchFigures = summarize(searchTimes);
    const search = {
      entries: corpus.entries,
      logs: corpus.logs,
      queries: queries.length,
      limit: 50,
      meanHits: round(hitCounts.reduce((a, b) => a + b, 0) / hitCounts.length),
      ...searchFigures,
      target: `p95 < ${TARGETS.searchP95Ms} ms`,
      met: searchFigures.p95Ms < TARGETS.searchP95Ms,
    };

    // (d) Unlock, including the passphrase's key derivation and opening the store.
    log('lock and unlock (d)');
    const unlockTimes: number[] = [];
    const kdfTimes: number[] = [];
    const wrapped = readProfile(dataDir)!.wrappedKey!;
    for (let i = 0; i < UNLOCK_SAMPLES; i++) {
      await call(core, 'session.lock', {});
      unlockTimes.push(await timed(() => call(core, 'session.unlock', { passphrase: PASSPHRASE })));
      // The key derivation alone, the part set by KDF_PARAMS rather than by the store.
      kdfTimes.push(await timed(async () => (await unwrapKey(wrapped, PASSPHRASE)).fill(0)));
    }
    const unlockFigures = summarize(unlockTimes);
    const unlock = {
      ...unlockFigures,
      keyDerivation: { params: KDF_PARAMS, ...summarize(kdfTimes) },
      target: `p95 < ${TARGETS.unlockMs} ms`,
      met: unlockFigures.p95Ms < TARGETS.unlockMs,
    };

    const store = join(dataDir, 'stafett.db');
    const bytes = [store, `${store}-wal`].filter(existsSync).reduce((sum, file) => sum + statSync(file).size, 0);
    const result = {
      machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: availableParallelism(), cpuModel: cpus()[0]?.model ?? 'unknown' },
      store: { logs: corpus.logs, entries: corpus.entries, megabytes: round(bytes / 1e6) },
      append,
      timelineFirstPage: timeline,
      search,
      unlock,
      stallWhileCreatingDemo: stall,
      method: [
        'All figures through core.dispatch, the function both transports call; one SQLCipher store (synchronous=FULL, WAL) in a temp folder.',
        '(a) log.recordNote vs a prepared INSERT of a similar row (the event JSON) into a plain table with the event table’s columns and unique indexes, one transaction per row, on a second connection to the same database.',
        '(b): the 10,000-event log is written through dispatch, one entry per call, yielding to the event loop every 8 ms.',
        BULK
          ? '(c): the search corpus was topped up in bulk (--bulk): the shared rules and LogStore.append, 500 events per transaction, on a second connection (the API has no bulk write).'
          : '(c): the search corpus was topped up through dispatch, one entry per call (the API has no bulk write), yielding every 8 ms.',
        '(e) the demo generator (36 children, 3 big logs) runs in this process; event-loop delay from perf_hooks.monitorEventLoopDelay and from a 5 ms interval timer.',
      ],
      totalSeconds: seconds(started),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
