import type { LogHeader, LogSummary, Measure, SearchResult, TimelinePage } from '../../../src-shared/api/dto';
import type { LogEvent } from '../../../src-shared/domain/events';
import type { EntryKind } from '../../../src-shared/domain/vocabulary';

/**
 * What the encrypted store offers, apart from how (store/sqlite/ is the how).
 * Every method is synchronous: better-sqlite3 is, and a write and its projections share one transaction.
 */

export interface StoredEvent {
  /** Per-log sequence number, from 1. */
  seq: number;
  /** Hex SHA-256 over the previous hash and the canonical event; the first event's previous hash is 64 zeros. */
  hash: string;
  prevHash: string;
  event: LogEvent;
}

export interface TimelineQuery {
  kinds?: EntryKind[];
  /** Only entries with a smaller seq (older). */
  before?: number;
  limit: number;
}

export type AuditAction = 'read' | 'write' | 'search';

export interface AuditRecord {
  at: string;
  actorId: string;
  actorName: string;
  logId: string;
  action: AuditAction;
  /** What was read or written: an API method name, never content. */
  what: string;
}

export interface VerifyReport {
  ok: boolean;
  logs: number;
  events: number;
  /** Human-readable problems (no personal data: ids and table names only). */
  problems: string[];
}

/** What SQLite reports for one checkpoint (PRAGMA wal_checkpoint). */
export interface CheckpointReport {
  /** The checkpoint could not run (another was in progress, or the store is closing); the frames are then -1. */
  busy: boolean;
  /** Frames in the WAL. */
  walFrames: number;
  /** Frames of the WAL now copied into the database file. */
  checkpointedFrames: number;
}

export interface LogStore {
  /**
   * Appends the events (all of one log) in one transaction: gives each the log's next seq, chains the hashes,
   * and updates every projection. Returns what was stored. Throws if any event id already exists.
   */
  append(events: LogEvent[]): StoredEvent[];
  /** All events of a log in seq order, upgraded to the current schema version. */
  readEvents(logId: string): LogEvent[];
  /** Every log id in the store. */
  logIds(): string[];

  /** Logs where the user is a participant, most recent activity first. */
  mine(userId: string, today: string): LogSummary[];
  header(logId: string, today: string): LogHeader | undefined;
  timeline(logId: string, query: TimelineQuery): TimelinePage;
  measures(logId: string, today: string): Measure[];
  /** Full-text search (FTS5) over the entries of the logs where the user is a participant: the newest `limit` hits. */
  search(userId: string, query: string, limit: number): SearchResult;

  recordAudit(record: AuditRecord): void;
  auditOf(logId: string): AuditRecord[];

  /** Checks every hash chain, rebuilds every projection from the events in a scratch copy and compares. */
  verify(): VerifyReport;
  /** Drops and rebuilds every projection from the events. */
  rebuildProjections(): void;
  /** Schema version (PRAGMA user_version). */
  schemaVersion(): number;
  /**
   * Copies the WAL into the database file now, off the main thread where it can, without blocking writers.
   * Asynchronous, unlike the rest: the checkpoint runs on another thread. Checkpoints otherwise run by themselves.
   */
  checkpointNow(): Promise<CheckpointReport>;
  close(): void;
}
