import type { Actor, LogEvent } from './events';
import { ENTRY_KIND_OF_EVENT } from './events';
import type { EntryKind, Level } from './vocabulary';

export type AccessRight = 'read' | 'contribute';

export interface EntryState {
  kind: EntryKind;
  authorId: string;
  /** The entry's fields as they stand after every amendment. */
  fields: Record<string, unknown>;
}

export interface MeasureState {
  ended: boolean;
}

/** What the rules need to know about one log. Built by folding its events with evolve(). */
export interface LogState {
  logId: string;
  holder: Actor;
  level: Level;
  closed: boolean;
  participants: Record<string, AccessRight>;
  entries: Map<string, EntryState>;
  measures: Map<string, MeasureState>;
}

export function evolve(state: LogState | undefined, event: LogEvent): LogState {
  if (event.type === 'LogOpened') {
    return {
      logId: event.logId,
      holder: event.author,
      level: event.payload.level,
      closed: false,
      participants: { [event.author.userId]: 'contribute' },
      entries: new Map([[event.id, entryOf(event)]]),
      measures: new Map(),
    };
  }
  if (!state) throw new Error(`Event ${event.type} before LogOpened`);
  const kind = ENTRY_KIND_OF_EVENT[event.type];
  if (kind) state.entries.set(event.id, entryOf(event));
  switch (event.type) {
    case 'MeasurePlanned':
      state.measures.set(event.id, { ended: false });
      break;
    case 'MeasureEvaluated':
      if (event.payload.decision === 'end') {
        const measure = state.measures.get(event.payload.measureId);
        if (measure) measure.ended = true;
      }
      break;
    case 'LevelChanged':
      state.level = event.payload.level;
      break;
    case 'EntryAmended': {
      const entry = state.entries.get(event.payload.entryId);
      if (entry) entry.fields = { ...entry.fields, ...event.payload.changes };
      break;
    }
  }
  return state;
}

function entryOf(event: LogEvent): EntryState {
  return {
    kind: ENTRY_KIND_OF_EVENT[event.type] as EntryKind,
    authorId: event.author.userId,
    fields: { ...event.payload },
  };
}

export function foldEvents(events: Iterable<LogEvent>): LogState | undefined {
  let state: LogState | undefined;
  for (const event of events) state = evolve(state, event);
  return state;
}
