import type { LogHeader, LogSummary, Measure, SearchResult, TimelinePage } from '../../../src-shared/api/dto';
import type { Command } from '../../../src-shared/domain/commands';
import { decide, requireReader } from '../../../src-shared/domain/decide';
import type { Actor } from '../../../src-shared/domain/events';
import { evolve, foldEvents, type LogState } from '../../../src-shared/domain/state';
import { osloDate } from '../../../src-shared/util/dates';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { LogStore, TimelineQuery } from '../store/Interface';

/**
 * Reads and writes relay logs for the signed-in user. Every read of a log is checked against the log's own
 * access rules and recorded in the audit table; every write goes through the shared rules (decide) and is
 * appended as events, whose projections the store updates in the same transaction.
 */
export class LogService {
  /** Folded state per log, so a write does not replay the log. Lives only while the store is unlocked. */
  private readonly states = new Map<string, LogState>();

  constructor(
    private readonly store: LogStore,
    private readonly actor: Actor,
    private readonly now: () => Date,
  ) {}

  execute(command: Command): { logId: string; entryId: string } {
    const state = command.type === 'openLog' ? undefined : this.state(command.logId);
    const at = this.now();
    const events = decide(command, state, { actor: this.actor, now: at.toISOString(), newId: () => uuidv7(at.getTime()) });
    this.store.append(events);
    let next = state;
    for (const event of events) next = evolve(next, event);
    const first = events[0]!;
    if (next) this.states.set(first.logId, next);
    const entryId = first.type === 'EntryAmended' ? first.payload.entryId : first.id;
    return { logId: first.logId, entryId };
  }

  mine(): LogSummary[] {
    return this.store.mine(this.actor.userId, this.today());
  }

  search(query: string, limit: number): SearchResult {
    const result = this.store.search(this.actor.userId, query, limit);
    // Only the logs whose entries the user is shown: a hit past the limit is not read.
    for (const logId of new Set(result.hits.map((hit) => hit.logId))) this.audit(logId, 'search', 'logs.search');
    return result;
  }

  header(logId: string): LogHeader {
    this.checkRead(logId, 'log.header');
    return this.store.header(logId, this.today())!;
  }

  timeline(logId: string, query: TimelineQuery): TimelinePage {
    this.checkRead(logId, 'log.timeline');
    return this.store.timeline(logId, query);
  }

  measures(logId: string): Measure[] {
    this.checkRead(logId, 'log.measures');
    return this.store.measures(logId, this.today());
  }

  private checkRead(logId: string, what: string): void {
    requireReader(this.state(logId), this.actor);
    this.audit(logId, 'read', what);
  }

  private audit(logId: string, action: 'read' | 'search', what: string): void {
    this.store.recordAudit({ at: this.now().toISOString(), actorId: this.actor.userId, actorName: this.actor.name, logId, action, what });
  }

  private state(logId: string): LogState | undefined {
    let state = this.states.get(logId);
    if (!state) {
      state = foldEvents(this.store.readEvents(logId));
      if (state) this.states.set(logId, state);
    }
    return state;
  }

  private today(): string {
    return osloDate(this.now());
  }
}
