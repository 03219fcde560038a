/**
 * A quick check of the store against its performance targets (the demo engineer's bench/ is the real benchmark):
 *   npx tsx scripts/store-perf.ts
 * Prints JSON. Synthetic data in a temp folder, removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LogEvent } from '../src-shared/domain/events';
import { uuidv7 } from '../src-shared/util/uuidv7';
import { openKeyed } from '../src-main/core/store/sqlite/connection';
import { openStore } from '../src-main/core/store/sqlite/openStore';
import { HOLDER, LogWriter } from '../test/integration/fixtures/storeFixtures';

const WORDS = (
  'barnet leker ute inne sover dårlig godt trist glad sliten uro samlingsstund frilek måltid språk lesing skriving matematikk venner ' +
  'mor far foreldre hjemme skolen barnehagen helsesykepleier PPT barnevern fastlege samtale møte avtale oppfølging tiltak mål evaluering ' +
  'trygghet mestring konsentrasjon motorikk påkledning søvn mat tannhelse fravær forsinket engstelig sint rolig hjelpsom nysgjerrig ' +
  'fotball svømming tegning musikk sang bøker lekeplass skog tur regn snø sommer høst vinter vår uke dag morgen kveld ' +
  'observert fortalt uttrykt ønsker trenger viser klarer prøver øver snakker lytter hjelper deler venter kommer går'
).split(' ');

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const sentence = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ') + '.';

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(3));
  return { p50: at(0.5), p95: at(0.95), max: at(1) };
}

function time(run: () => void, times: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

const dir = mkdtempSync(join(tmpdir(), 'stafett-perf-'));
const file = join(dir, 'perf.db');
const key = new Uint8Array(randomBytes(32));
const store = openStore({ file, key });
const figures: Record<string, unknown> = {};
try {
  // Logs written in batches of one transaction each, like a sync would; entries of every kind.
  const fill = (logs: number, entriesPerLog: number) => {
    let batch: LogEvent[] = [];
    const ids: string[] = [];
    for (let l = 0; l < logs; l++) {
      const log = new LogWriter((events) => batch.push(...events), Date.parse('2024-01-01T08:00:00Z'));
      log.open({ childName: `Perf Barn ${l} ${sentence(1)}` });
      let measure: string | undefined;
      for (let i = 1; i < entriesPerLog; i++) {
        const r = i % 20;
        if (r === 0) measure = log.measure(sentence(4), { startDate: '2024-01-01', evaluationDate: '2024-03-01' });
        else if (r === 10 && measure) log.evaluate(measure, 'continue', '2024-06-01');
        else if (r % 3 === 0) log.concern(sentence(25), { childVoice: sentence(8) });
        else if (r % 3 === 1) log.note(sentence(20));
        else log.brightSpot(sentence(12));
        if (batch.length >= 1000) {
          store.append(batch);
          batch = [];
        }
      }
      if (batch.length) store.append(batch);
      batch = [];
      ids.push(log.logId);
    }
    return ids;
  };

  let start = performance.now();
  const [bigLog] = fill(1, 10_000);
  figures.fill10kMs = Math.round(performance.now() - start);
  figures.timelineFirstPage10kMs = percentiles(time(() => store.timeline(bigLog!, { limit: 100 }), 300));
  figures.timelineFirstPageOfKinds10kMs = percentiles(time(() => store.timeline(bigLog!, { kinds: ['evaluation', 'measure'], limit: 100 }), 300));

  start = performance.now();
  fill(36, 2_500);
  figures.fill90kMs = Math.round(performance.now() - start);
  figures.entries = store.header(bigLog!, '2026-01-01')!.entryCount + 36 * 2_500;
  const queries = ['søvn', 'fotball lekeplass', 'barn', 'mor far', 'konsentrasjon samlingsst', 'ønsker', 'b', 'perf barn 7', 'finnesikke'];
  const searchSamples: number[] = [];
  for (let round = 0; round < 30; round++) for (const q of queries) searchSamples.push(...time(() => store.search(HOLDER.userId, q, 50), 1));
  figures.search100kMs = percentiles(searchSamples);
  // CPU time is less disturbed than wall time when other work shares the machine.
  const cpu = process.cpuUsage();
  for (let round = 0; round < 10; round++) for (const q of queries) store.search(HOLDER.userId, q, 50);
  const used = process.cpuUsage(cpu);
  figures.search100kCpuMeanMs = Number(((used.user + used.system) / 1000 / (10 * queries.length)).toFixed(3));
  figures.searchPerQueryP95Ms = Object.fromEntries(queries.map((q) => [q, percentiles(time(() => store.search(HOLDER.userId, q, 50), 20)).p95]));
  start = performance.now();
  figures.verifyOk = store.verify().ok;
  figures.verify100kMs = Math.round(performance.now() - start);
  start = performance.now();
  store.rebuildProjections();
  figures.rebuild100kMs = Math.round(performance.now() - start);

  // One event with its projections vs. the same row inserted raw (no projections, no chain), each in its own
  // committed transaction with synchronous=FULL.
  const appended: LogEvent[] = [];
  const logWriter = new LogWriter((events) => {
    store.append(events);
    appended.push(...events);
  });
  logWriter.open({ childName: 'Perf Append' });
  const appendSamples = time(() => logWriter.note(sentence(20)), 1000);
  store.close();

  const db = openKeyed(file, key);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Two baselines: the bare row, and the row with the events table's own unique indexes (id; log_id + seq).
  db.exec('CREATE TABLE raw_events AS SELECT * FROM events WHERE 0');
  db.exec(`CREATE TABLE raw_indexed (log_id TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL UNIQUE, type TEXT, schema_version INTEGER,
    author_id TEXT, device_time TEXT, recorded_at TEXT, body TEXT, prev_hash TEXT, hash TEXT, UNIQUE (log_id, seq))`);
  const rawInsert = (table: string) => {
    const insert = db.prepare(`INSERT INTO ${table} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    let seq = 0;
    return time(() => {
      const event = appended[seq % appended.length]!;
      seq += 1;
      insert.run(event.logId, seq, uuidv7(), event.type, 1, event.author.userId, event.deviceTime, event.deviceTime, JSON.stringify(event), '0'.repeat(64), 'f'.repeat(64));
    }, 1000);
  };
  const rawSamples = rawInsert('raw_events');
  const rawIndexedSamples = rawInsert('raw_indexed');
  db.close();
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  figures.appendMs = percentiles(appendSamples);
  figures.rawInsertMs = percentiles(rawSamples);
  figures.rawIndexedInsertMs = percentiles(rawIndexedSamples);
  figures.appendToRawRatio = { mean: Number((mean(appendSamples) / mean(rawSamples)).toFixed(2)), p50: Number((percentiles(appendSamples).p50 / percentiles(rawSamples).p50).toFixed(2)) };
  figures.appendToRawIndexedRatio = {
    mean: Number((mean(appendSamples) / mean(rawIndexedSamples)).toFixed(2)),
    p50: Number((percentiles(appendSamples).p50 / percentiles(rawIndexedSamples).p50).toFixed(2)),
  };
} finally {
  try {
    store.close();
  } catch {
    // already closed
  }
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify(figures, null, 2));
