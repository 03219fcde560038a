import type { Amendment, LogHeader, LogSummary, Measure, SearchResult, TimelineEntry, TimelinePage } from '../../../../src-shared/api/dto';
import type { LogEvent } from '../../../../src-shared/domain/events';
import type { EntryKind, Level, Service } from '../../../../src-shared/domain/vocabulary';
import type { AuditAction, AuditRecord, CheckpointReport, LogStore, StoredEvent, TimelineQuery, VerifyReport } from '../Interface';
import { canonicalJson } from './canonicalJson';
import type { Checkpointer } from './checkpointer';
import type { Db } from './connection';
import { GENESIS_HASH, chainHash } from './hashChain';
import { userVersion } from './migrations';
import { Projector } from './projector';
import { QueryRunner, qb, type StoreTables } from './queryBuilder';
import { parseBody, replayAll } from './replay';
import { ftsQuery, ftsQueryInLogs } from './searchText';
import { verifyStore } from './verify';

interface TimelineRow {
  entry_id: string;
  seq: number;
  kind: EntryKind;
  author_id: string;
  author_name: string;
  author_unit: string;
  author_service: Service;
  at: string;
  fields: string;
  original: string | null;
  amendments: string;
  measure_goal: string | null;
}

const TIMELINE_COLUMNS = `t.entry_id, t.seq, t.kind, t.author_id, t.author_name, t.author_unit, t.author_service, t.at,
  t.fields, t.original, t.amendments, m.goal AS measure_goal`;

/** The LogStore on an open, keyed and migrated SQLCipher database. */
export class SqliteLogStore implements LogStore {
  private readonly projector: Projector;
  private readonly queries: QueryRunner;
  private readonly hot;
  private readonly appendInTransaction;

  constructor(
    private readonly db: Db,
    private readonly checkpointer: Checkpointer,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.projector = new Projector(db);
    this.queries = new QueryRunner(db);
    this.hot = {
      // The unique (log_id, seq) index finds a log's head without reading the log.
      head: db.prepare('SELECT seq, hash FROM events WHERE log_id = ? ORDER BY seq DESC LIMIT 1'),
      insertEvent: db.prepare(`INSERT INTO events (log_id, seq, id, type, schema_version, author_id, device_time, recorded_at, body, prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      eventBodies: db.prepare('SELECT body FROM events WHERE log_id = ? ORDER BY seq').pluck(),
      page: db.prepare(`SELECT ${TIMELINE_COLUMNS} FROM timeline t LEFT JOIN measures m ON m.measure_id = t.measure_id
        WHERE t.log_id = ? AND t.seq < ? ORDER BY t.seq DESC LIMIT ?`),
      pageOfKinds: db.prepare(`SELECT ${TIMELINE_COLUMNS} FROM timeline t LEFT JOIN measures m ON m.measure_id = t.measure_id
        WHERE t.log_id = ? AND t.kind IN (SELECT value FROM json_each(?)) AND t.seq < ? ORDER BY t.seq DESC LIMIT ?`),
      entryCount: db.prepare('SELECT entry_count FROM logs WHERE log_id = ?').pluck(),
      countOfKinds: db.prepare('SELECT count(*) FROM timeline WHERE log_id = ? AND kind IN (SELECT value FROM json_each(?))').pluck(),
      logsOf: db.prepare('SELECT log_id FROM participants WHERE user_id = ?').pluck(),
      // Newest written first. Not by rank: ranking scores every match, which takes 100+ ms for a common word in
      // 100,000 entries, while FTS5 walks its rowids backwards and stops at the limit. The query names the user's
      // logs; the join to participants checks it again.
      search: db.prepare(`SELECT t.log_id, l.child_name, t.entry_id, t.kind, t.at, snippet(search, 0, '[[', ']]', '…', 16) AS snippet
        FROM search
        JOIN timeline t ON t.entry_no = search.rowid
        JOIN participants p ON p.log_id = t.log_id AND p.user_id = @userId
        JOIN logs l ON l.log_id = t.log_id
        WHERE search MATCH @query
        ORDER BY search.rowid DESC
        LIMIT @limit`),
    };
    this.appendInTransaction = db.transaction((events: LogEvent[]) => this.appendNow(events));
  }

  append(events: LogEvent[]): StoredEvent[] {
    if (events.length === 0) return [];
    const logId = events[0]!.logId;
    if (events.some((event) => event.logId !== logId)) throw new Error('append() takes the events of one log');
    // IMMEDIATE: take the write lock before reading the head, so no other connection can append in between.
    const stored = this.appendInTransaction.immediate(events);
    this.checkpointer.committed();
    return stored;
  }

  private appendNow(events: LogEvent[]): StoredEvent[] {
    const head = this.hot.head.get(events[0]!.logId) as { seq: number; hash: string } | undefined;
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? GENESIS_HASH;
    const recordedAt = this.now().toISOString();
    const stored: StoredEvent[] = [];
    for (const event of events) {
      if ((seq === 0) !== (event.type === 'LogOpened')) {
        throw new Error(seq === 0 ? 'A log begins with LogOpened' : 'A log is opened only once');
      }
      seq += 1;
      const body = canonicalJson(event);
      const hash = chainHash(prevHash, body);
      try {
        this.hot.insertEvent.run(event.logId, seq, event.id, event.type, event.schemaVersion, event.author.userId, event.deviceTime, recordedAt, body, prevHash, hash);
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new Error(`Event ${event.id} is already stored`);
        throw error;
      }
      // Project what was stored, not the caller's object, so a rebuild from the events gives exactly these rows.
      this.projector.apply(parseBody(body), seq);
      stored.push({ seq, hash, prevHash, event });
      prevHash = hash;
    }
    return stored;
  }

  readEvents(logId: string): LogEvent[] {
    return (this.hot.eventBodies.all(logId) as string[]).map(parseBody);
  }

  logIds(): string[] {
    return this.queries.all(qb.selectFrom('events').select('log_id').distinct().orderBy('log_id')).map((row) => row.log_id);
  }

  mine(userId: string, _today: string): LogSummary[] {
    const rows = this.queries.all(
      this.summaryQuery()
        .innerJoin('participants as p', 'p.log_id', 'l.log_id')
        .where('p.user_id', '=', userId)
        .orderBy('l.last_activity_at', 'desc')
        .orderBy('l.log_id'),
    );
    return rows.map(toSummary);
  }

  header(logId: string, _today: string): LogHeader | undefined {
    const row = this.queries.get(this.summaryQuery().select('l.national_id').where('l.log_id', '=', logId));
    return row && { ...toSummary(row), nationalId: row.national_id };
  }

  private summaryQuery() {
    return qb.selectFrom('logs as l').select([
      'l.log_id',
      'l.child_name',
      'l.birth_date',
      'l.unit',
      'l.level',
      'l.holder_id',
      'l.holder_name',
      'l.holder_unit',
      'l.holder_service',
      'l.opened_at',
      'l.last_activity_at',
      'l.entry_count',
      (eb) =>
        eb
          .selectFrom('measures as m')
          .select((m) => m.fn.min<string>('m.evaluation_date').as('due'))
          .whereRef('m.log_id', '=', 'l.log_id')
          .where('m.ended', '=', 0)
          .as('next_evaluation_due'),
    ]);
  }

  timeline(logId: string, query: TimelineQuery): TimelinePage {
    const before = query.before ?? Number.MAX_SAFE_INTEGER;
    // No kinds, or an empty list, means every kind.
    const kinds = query.kinds && query.kinds.length > 0 ? JSON.stringify(query.kinds) : undefined;
    const rows = (
      kinds === undefined
        ? this.hot.page.all(logId, before, query.limit + 1)
        : this.hot.pageOfKinds.all(logId, kinds, before, query.limit + 1)
    ) as TimelineRow[];
    const more = rows.length > query.limit;
    const entries = rows.slice(0, query.limit).map(toEntry);
    const total = ((kinds === undefined ? this.hot.entryCount.get(logId) : this.hot.countOfKinds.get(logId, kinds)) as number | undefined) ?? 0;
    return { entries, nextBefore: more ? entries.at(-1)!.seq : null, total };
  }

  measures(logId: string, today: string): Measure[] {
    const rows = this.queries.all(qb.selectFrom('measures').selectAll().where('log_id', '=', logId).orderBy('seq'));
    return rows.map((row) => ({
      measureId: row.measure_id,
      goal: row.goal,
      responsiblePerson: row.responsible_person,
      responsibleService: row.responsible_service as Service,
      startDate: row.start_date,
      evaluationDate: row.evaluation_date,
      status: row.ended ? 'ended' : row.start_date > today ? 'planned' : 'active',
    }));
  }

  search(userId: string, query: string, limit: number): SearchResult {
    const words = ftsQuery(query);
    const logIds = this.hot.logsOf.all(userId) as string[];
    if (words === null || logIds.length === 0) return { hits: [], more: false };
    // One row past the limit tells whether older hits were left out, without counting them all.
    const rows = this.hot.search.all({ userId, query: ftsQueryInLogs(words, logIds), limit: limit + 1 }) as {
      log_id: string;
      child_name: string;
      entry_id: string;
      kind: EntryKind;
      at: string;
      snippet: string;
    }[];
    const hits = rows
      .slice(0, limit)
      .map((row) => ({ logId: row.log_id, childName: row.child_name, entryId: row.entry_id, kind: row.kind, at: row.at, snippet: row.snippet }));
    return { hits, more: rows.length > limit };
  }

  recordAudit(record: AuditRecord): void {
    this.queries.run(
      qb.insertInto('audit').values({
        at: record.at,
        actor_id: record.actorId,
        actor_name: record.actorName,
        log_id: record.logId,
        action: record.action,
        what: record.what,
      }),
    );
    this.checkpointer.committed();
  }

  auditOf(logId: string): AuditRecord[] {
    const rows = this.queries.all(qb.selectFrom('audit').selectAll().where('log_id', '=', logId).orderBy('audit_no'));
    return rows.map((row) => ({
      at: row.at,
      actorId: row.actor_id,
      actorName: row.actor_name,
      logId: row.log_id,
      action: row.action as AuditAction,
      what: row.what,
    }));
  }

  verify(): VerifyReport {
    return verifyStore(this.db);
  }

  rebuildProjections(): void {
    this.db
      .transaction(() => {
        this.projector.clear();
        replayAll(this.db, this.projector);
      })
      .immediate();
    this.checkpointer.committed();
    // One transaction the size of the store: the WAL may be past its cap already.
    this.checkpointer.capWal();
  }

  schemaVersion(): number {
    return userVersion(this.db);
  }

  checkpointNow(): Promise<CheckpointReport> {
    return this.checkpointer.checkpointNow();
  }

  close(): void {
    if (!this.db.open) return;
    this.db.pragma('optimize');
    this.checkpointer.close();
    this.db.close();
  }
}

type SummaryRow = Omit<StoreTables['logs'], 'national_id' | 'closed'> & { next_evaluation_due: string | null };

function toSummary(row: SummaryRow): LogSummary {
  return {
    logId: row.log_id,
    childName: row.child_name,
    birthDate: row.birth_date,
    unit: row.unit,
    level: row.level as Level,
    holder: { userId: row.holder_id, name: row.holder_name, unit: row.holder_unit, service: row.holder_service as Service },
    openedAt: row.opened_at,
    lastActivityAt: row.last_activity_at,
    nextEvaluationDue: row.next_evaluation_due ?? null,
    entryCount: row.entry_count,
  };
}

function toEntry(row: TimelineRow): TimelineEntry {
  return {
    entryId: row.entry_id,
    seq: row.seq,
    kind: row.kind,
    author: { name: row.author_name, unit: row.author_unit, service: row.author_service },
    authorId: row.author_id,
    at: row.at,
    fields: JSON.parse(row.fields) as Record<string, unknown>,
    original: row.original === null ? null : (JSON.parse(row.original) as Record<string, unknown>),
    amendments: JSON.parse(row.amendments) as Amendment[],
    measureGoal: row.kind === 'evaluation' ? row.measure_goal : null,
  };
}
