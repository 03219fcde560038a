import type { Amendment } from '../../../../src-shared/api/dto';
import { ENTRY_KIND_OF_EVENT } from '../../../../src-shared/domain/events';
import type { LogEvent } from '../../../../src-shared/domain/events';
import type { EntryKind } from '../../../../src-shared/domain/vocabulary';
import { canonicalJson } from './canonicalJson';
import type { Db, Stmt } from './connection';
import { logToken, searchTextOf } from './searchText';

/** Every table that is a projection of the events (and so is emptied and refilled by a rebuild). */
export const PROJECTION_TABLES = ['logs', 'participants', 'timeline', 'measures', 'search'] as const;

/** `main` is the live store; verify() rebuilds into `scratch`, an attached in-memory database. */
export type SchemaName = 'main' | 'scratch';

interface EntryRow {
  entry_no: number;
  kind: EntryKind;
  fields: string;
  original: string | null;
  amendments: string;
}

/**
 * Applies one event to the projections, with the semantics of evolve() in src-shared/domain/state.ts plus what
 * the read side needs (amendment history, measure dates, search text). The same code serves an append, a
 * rebuild and verify(), so incremental and rebuilt projections cannot drift apart by construction.
 */
export class Projector {
  private readonly sql: ReturnType<typeof prepareStatements>;

  constructor(db: Db, schema: SchemaName = 'main') {
    this.sql = prepareStatements(db, schema);
  }

  apply(event: LogEvent, seq: number): void {
    const s = this.sql;
    if (event.type === 'LogOpened') {
      const p = event.payload;
      const a = event.author;
      s.insertLog.run(event.logId, p.childName, p.birthDate, p.nationalId, p.unit, p.level, a.userId, a.name, a.unit, a.service, event.deviceTime, event.deviceTime);
      s.upsertParticipant.run(event.logId, a.userId, 'contribute');
    }

    const kind = ENTRY_KIND_OF_EVENT[event.type];
    if (kind) this.insertEntry(event, seq, kind);
    s.touchLog.run(event.deviceTime, kind ? 1 : 0, event.logId);

    switch (event.type) {
      case 'MeasurePlanned': {
        const p = event.payload;
        s.insertMeasure.run(event.id, event.logId, seq, p.goal, p.responsiblePerson, p.responsibleService, p.startDate, p.evaluationDate);
        break;
      }
      case 'MeasureEvaluated': {
        const p = event.payload;
        if (p.decision === 'end') s.endMeasure.run(p.measureId, event.logId);
        else if (p.nextEvaluationDate !== '') s.moveEvaluation.run(p.nextEvaluationDate, p.measureId, event.logId);
        break;
      }
      case 'LevelChanged':
        s.setLevel.run(event.payload.level, event.logId);
        break;
      case 'EntryAmended':
        this.amend(event as LogEvent<'EntryAmended'>);
        break;
    }
  }

  /** Empties every projection table. */
  clear(): void {
    for (const statement of this.sql.clear) statement.run();
  }

  private insertEntry(event: LogEvent, seq: number, kind: EntryKind): void {
    const a = event.author;
    const measureId = event.type === 'MeasureEvaluated' ? event.payload.measureId : null;
    const fields = event.payload as Record<string, unknown>;
    const { lastInsertRowid } = this.sql.insertEntry.run(
      event.logId, seq, event.id, kind, a.userId, a.name, a.unit, a.service, event.deviceTime, canonicalJson(fields), measureId,
    );
    this.sql.insertSearch.run(lastInsertRowid, searchTextOf(kind, fields), logToken(event.logId));
  }

  private amend(event: LogEvent<'EntryAmended'>): void {
    const s = this.sql;
    // Like evolve(), an amendment of something that is not an entry of this log changes nothing.
    const row = s.getEntry.get(event.payload.entryId, event.logId) as EntryRow | undefined;
    if (!row) return;
    const current = JSON.parse(row.fields) as Record<string, unknown>;
    const changed = Object.keys(event.payload.changes).sort();
    const amendment: Amendment = {
      amendmentId: event.id,
      author: { name: event.author.name, unit: event.author.unit, service: event.author.service },
      at: event.deviceTime,
      reason: event.payload.reason,
      changes: changed.map((field) => ({ field, from: current[field] ?? null, to: event.payload.changes[field] ?? null })),
    };
    const fields = { ...current, ...event.payload.changes };
    const amendments = [...(JSON.parse(row.amendments) as Amendment[]), amendment];
    s.amendEntry.run(canonicalJson(fields), row.original ?? row.fields, canonicalJson(amendments), row.entry_no);
    s.updateSearch.run(searchTextOf(row.kind, fields), row.entry_no);

    if (row.kind === 'logOpened') {
      s.setLogFields.run(String(fields.childName), String(fields.birthDate), String(fields.nationalId), String(fields.unit), event.logId);
    } else if (row.kind === 'measure') {
      s.amendMeasure.run(String(fields.goal), String(fields.responsiblePerson), String(fields.responsibleService), String(fields.startDate), event.payload.entryId, event.logId);
      // Only a correction of the date itself moves it: an evaluation may have moved it since the measure was written.
      if ('evaluationDate' in event.payload.changes) s.moveEvaluation.run(String(fields.evaluationDate), event.payload.entryId, event.logId);
    }
  }
}

function prepareStatements(db: Db, schema: SchemaName) {
  const q = (sql: string): Stmt => db.prepare(sql.replaceAll('$.', `${schema}.`));
  return {
    insertLog: q(`INSERT INTO $.logs (log_id, child_name, birth_date, national_id, unit, level, holder_id, holder_name, holder_unit,
      holder_service, opened_at, last_activity_at, entry_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`),
    upsertParticipant: q(`INSERT INTO $.participants (log_id, user_id, access) VALUES (?, ?, ?)
      ON CONFLICT (log_id, user_id) DO UPDATE SET access = excluded.access`),
    // The newest activity wins even when events arrive out of device-time order.
    touchLog: q(`UPDATE $.logs SET last_activity_at = max(last_activity_at, ?), entry_count = entry_count + ? WHERE log_id = ?`),
    setLevel: q(`UPDATE $.logs SET level = ? WHERE log_id = ?`),
    setLogFields: q(`UPDATE $.logs SET child_name = ?, birth_date = ?, national_id = ?, unit = ? WHERE log_id = ?`),
    insertEntry: q(`INSERT INTO $.timeline (log_id, seq, entry_id, kind, author_id, author_name, author_unit, author_service, at, fields, measure_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertSearch: q(`INSERT INTO $.search (rowid, text, log) VALUES (?, ?, ?)`),
    getEntry: q(`SELECT entry_no, kind, fields, original, amendments FROM $.timeline WHERE entry_id = ? AND log_id = ?`),
    amendEntry: q(`UPDATE $.timeline SET fields = ?, original = ?, amendments = ? WHERE entry_no = ?`),
    updateSearch: q(`UPDATE $.search SET text = ? WHERE rowid = ?`),
    insertMeasure: q(`INSERT INTO $.measures (measure_id, log_id, seq, goal, responsible_person, responsible_service, start_date, evaluation_date)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    endMeasure: q(`UPDATE $.measures SET ended = 1 WHERE measure_id = ? AND log_id = ?`),
    moveEvaluation: q(`UPDATE $.measures SET evaluation_date = ? WHERE measure_id = ? AND log_id = ?`),
    amendMeasure: q(`UPDATE $.measures SET goal = ?, responsible_person = ?, responsible_service = ?, start_date = ? WHERE measure_id = ? AND log_id = ?`),
    clear: PROJECTION_TABLES.map((table) => q(`DELETE FROM $.${table}`)),
  };
}
