import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { CheckpointReport } from '../Interface';
import type { Db } from './connection';

/**
 * Keeps the WAL short without stalling the main thread (docs/decisions.md, 11). SQLite's automatic checkpoint runs
 * inside the commit that crosses its threshold, on the thread that commits: with synchronous=FULL that is a copy of
 * the WAL and an fsync of the database file, 100 ms and more, on the event loop. Here a worker thread checkpoints
 * PASSIVE (it never waits for, nor holds up, a writer) on a connection of its own, a moment after writes.
 */

/** Between checkpoints while there are writes. Short, so the WAL stays short even while the demo writes 60 MB/s. */
const INTERVAL_MS = 250;
/** A WAL this long after a checkpoint means writing never paused long enough for SQLite to start it over. */
const BEHIND_FRAMES = 2000;
/**
 * Past this the main connection checkpoints itself. Also the size the WAL file is kept at for reuse: cutting it back
 * and growing it again costs more inside the commits (allocation, and a discard on some disks) than the disk space.
 */
const WAL_HARD_CAP = 64 * 1024 * 1024;
/** Commits between looks at the WAL's size: a stat is cheap, but not free on every commit. */
const COMMITS_PER_SIZE_CHECK = 100;
/** How long close waits for a checkpoint in progress before it goes ahead anyway. */
const STOP_WAIT_MS = 10_000;

// Int32 slots shared with the worker. CLAIM says who may use a second connection to the file: the worker takes it
// from FREE for each checkpoint and gives it back; close takes it from FREE for good. So after close() no
// connection to the file is open, and close never waits for the worker to start, only for a checkpoint to end.
const WRITES = 0;
const CLAIM = 1;
const FREE = 0;
const WORKER = 1;
const CLOSED = 2;

const NOT_RUN: CheckpointReport = { busy: true, walFrames: -1, checkpointedFrames: -1 };

/**
 * The worker, as plain CommonJS run with `eval: true`: a .ts file given to a Worker is not transformed under vitest
 * or tsx, and the Electron bundle is one file. Kept in the same order as openKeyed: cipher, legacy, then the raw
 * key, here given through db.key() from bytes that are zeroed afterwards, so no string of the key is made.
 * It opens its connection for each checkpoint only, so it holds none between them.
 */
const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { sqlitePath, file, key, shared, intervalMs, behindFrames } = workerData;
const Database = require(sqlitePath);
const [WRITES, CLAIM, FREE, WORKER, CLOSED] = [0, 1, 0, 1, 2];
const HEX = Buffer.from('0123456789abcdef');
let checkpointedWrites = 0;
let timer = null;

function stop() {
  clearInterval(timer);
  key.fill(0);
  parentPort.close();
}

function keyClause() {
  const clause = Buffer.alloc(key.length * 2 + 3);
  clause[0] = 0x78;
  clause[1] = clause[clause.length - 1] = 0x27;
  key.forEach((byte, i) => {
    clause[2 + 2 * i] = HEX[byte >> 4];
    clause[3 + 2 * i] = HEX[byte & 15];
  });
  return clause;
}

function checkpoint() {
  if (Atomics.compareExchange(shared, CLAIM, FREE, WORKER) !== FREE) {
    stop();
    return null;
  }
  let db;
  try {
    checkpointedWrites = Atomics.load(shared, WRITES);
    db = new Database(file, { fileMustExist: true });
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    const clause = keyClause();
    try {
      db.key(clause);
    } finally {
      clause.fill(0);
    }
    db.pragma('synchronous = FULL');
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    if (row.log >= behindFrames) parentPort.postMessage({ type: 'behind' });
    return { busy: row.busy !== 0, walFrames: row.log, checkpointedFrames: row.checkpointed };
  } finally {
    if (db) db.close();
    Atomics.compareExchange(shared, CLAIM, WORKER, FREE);
    Atomics.notify(shared, CLAIM);
  }
}

function guarded(work) {
  try {
    work();
  } catch (error) {
    // The code only: a message may name the file, and the path names the user.
    parentPort.postMessage({ type: 'failed', code: String(error && error.code || 'unknown') });
    stop();
  }
}

timer = setInterval(() => guarded(() => {
  if (Atomics.load(shared, WRITES) !== checkpointedWrites) checkpoint();
}), intervalMs);

parentPort.on('message', (message) => {
  if (message.type === 'stop') stop();
  else if (message.type === 'checkpoint') guarded(() => {
    const report = checkpoint();
    if (report) parentPort.postMessage({ type: 'checkpointed', ask: message.ask, report });
  });
});
`;

type FromWorker = { type: 'checkpointed'; ask: number; report: CheckpointReport } | { type: 'behind' } | { type: 'failed'; code: string };

/** The main connection's side: owns the worker, counts commits, and is the fallback when the worker is gone. */
export class Checkpointer {
  private readonly shared = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  private worker: Worker | null = null;
  private readonly asks = new Map<number, (report: CheckpointReport) => void>();
  private nextAsk = 0;
  private commits = 0;

  /** Takes over checkpointing from SQLite for `db`, which must be open in WAL mode with `key`; the key is copied. */
  constructor(
    private readonly db: Db,
    key: Uint8Array,
  ) {
    // The copy is moved, not cloned, into the worker, which zeroes it when it stops: this thread keeps none.
    const copy = Uint8Array.from(key);
    try {
      this.worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: {
          sqlitePath: createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers'),
          file: db.name,
          key: copy,
          shared: this.shared,
          intervalMs: INTERVAL_MS,
          behindFrames: BEHIND_FRAMES,
        },
        transferList: [copy.buffer],
      });
    } catch (error) {
      copy.fill(0);
      warnFallback(error);
      return;
    }
    // An open store must not keep a process alive that has nothing else to do.
    this.worker.unref();
    this.worker.on('message', (message: FromWorker) => {
      if (message.type === 'failed') return this.workerGone(message);
      if (message.type === 'behind') return this.catchUp();
      this.asks.get(message.ask)?.(message.report);
      this.asks.delete(message.ask);
    });
    this.worker.on('error', (error) => this.workerGone(error));
    this.worker.on('exit', () => this.workerGone({ code: 'exit' }));
    db.pragma('wal_autocheckpoint = 0');
    db.pragma(`journal_size_limit = ${WAL_HARD_CAP}`);
  }

  /** After each commit on the main connection: a shared counter the worker reads, so no message per commit. */
  committed(): void {
    Atomics.add(this.shared, WRITES, 1);
    this.commits += 1;
    if (this.commits % COMMITS_PER_SIZE_CHECK === 0) this.capWal();
  }

  /** The size check after a commit that may have written a lot in one go. */
  capWal(): void {
    const size = statSync(`${this.db.name}-wal`, { throwIfNoEntry: false })?.size ?? 0;
    if (size > WAL_HARD_CAP) this.checkpointHere();
  }

  checkpointNow(): Promise<CheckpointReport> {
    if (!this.worker) return Promise.resolve(this.db.open ? this.checkpointHere() : NOT_RUN);
    const ask = ++this.nextAsk;
    const answer = new Promise<CheckpointReport>((resolve) => this.asks.set(ask, resolve));
    this.worker.postMessage({ type: 'checkpoint', ask });
    return answer;
  }

  /**
   * Stops the worker and then empties the WAL into the database file. Synchronous, as closing the store is: it waits
   * only for a checkpoint in progress to end.
   */
  close(): void {
    this.stop();
    // TRUNCATE: the file is left empty, so a locked profile holds its data in the database file alone.
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** Stops the worker: once this returns, it has no connection to the file and opens none. */
  stop(): void {
    const worker = this.worker;
    this.worker = null;
    if (worker) {
      this.claimFile();
      worker.postMessage({ type: 'stop' });
    }
    this.answerAsks(() => NOT_RUN);
  }

  private claimFile(): void {
    const deadline = performance.now() + STOP_WAIT_MS;
    while (Atomics.compareExchange(this.shared, CLAIM, FREE, CLOSED) === WORKER) {
      const left = deadline - performance.now();
      if (left <= 0) {
        // The checkpoint finishes by itself, and SQLite's locks keep it and the closing connection apart.
        Atomics.store(this.shared, CLAIM, CLOSED);
        return;
      }
      try {
        Atomics.wait(this.shared, CLAIM, WORKER, left);
      } catch {
        // A main thread that may not block (Electron may refuse Atomics.wait there) polls instead; a checkpoint
        // is short, and this happens only when locking.
      }
    }
  }

  /** SQLite's own automatic checkpoint comes back, so the WAL stays bounded without the worker. */
  private workerGone(cause: unknown): void {
    if (!this.worker) return;
    this.worker = null;
    warnFallback(cause);
    if (!this.db.open) return this.answerAsks(() => NOT_RUN);
    this.db.pragma('wal_autocheckpoint = 1000');
    this.answerAsks(() => this.checkpointHere());
  }

  /**
   * SQLite starts the WAL over only when a write begins with every frame checkpointed, which a checkpoint running
   * beside a steady writer never achieves: the writer adds frames while it copies. Right after the worker's pass the
   * rest is what was written during it, and this thread, being the writer, can copy that and complete.
   */
  private catchUp(): void {
    if (this.worker && this.db.open) this.checkpointHere();
  }

  private checkpointHere(): CheckpointReport {
    const [row] = this.db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    return { busy: row!.busy !== 0, walFrames: row!.log, checkpointedFrames: row!.checkpointed };
  }

  private answerAsks(report: () => CheckpointReport): void {
    for (const resolve of this.asks.values()) resolve(report());
    this.asks.clear();
  }
}

/** Slower, not wrong, so a warning; with the error's code only, as a message may name the file and so the user. */
function warnFallback(cause: unknown): void {
  const code = (cause as { code?: unknown } | null)?.code;
  process.emitWarning(`The WAL checkpointer stopped (${typeof code === 'string' ? code : 'unknown'}); SQLite checkpoints in the commit again.`, 'StafettWarning');
}
