import type { z } from 'zod';
import type { Command } from './commands';
import { osloDate } from '../util/dates';
import { entryFieldProblems } from './entryRules';
import { DomainError, StafettError, type FieldProblem } from './errors';
import type { Actor, EventType, LogEvent, PayloadOf } from './events';
import { AMENDABLE_FIELDS, EVENT_SCHEMA_VERSION, PAYLOAD_OF_ENTRY_KIND } from './events';
import type { LogState } from './state';
import type { EntryKind } from './vocabulary';

export interface DecisionContext {
  actor: Actor;
  /** ISO instant of the device clock. */
  now: string;
  newId: () => string;
}

/**
 * The rules of a relay log: given a command and the log's state, the events it produces, or a DomainError.
 * Pure: the desktop core and the central server run this same function.
 */
export function decide(command: Command, state: LogState | undefined, ctx: DecisionContext): LogEvent[] {
  if (command.type === 'openLog') {
    const { type: _type, ...payload } = command;
    requireFieldsFit('logOpened', payload, ctx);
    const logId = ctx.newId();
    return [makeEvent(ctx, logId, 'LogOpened', payload)];
  }

  const log = requireContributor(state, ctx.actor);
  switch (command.type) {
    case 'recordConcern': {
      const { type: _t, logId: _l, ...payload } = command;
      requireFieldsFit('concern', payload, ctx);
      return [makeEvent(ctx, log.logId, 'ConcernRecorded', payload)];
    }
    case 'recordBrightSpot': {
      const { type: _t, logId: _l, ...payload } = command;
      requireFieldsFit('brightSpot', payload, ctx);
      return [makeEvent(ctx, log.logId, 'BrightSpotRecorded', payload)];
    }
    case 'recordNote': {
      const { type: _t, logId: _l, ...payload } = command;
      requireFieldsFit('note', payload, ctx);
      return [makeEvent(ctx, log.logId, 'NoteRecorded', payload)];
    }
    case 'planMeasure': {
      const { type: _t, logId: _l, ...payload } = command;
      requireFieldsFit('measure', payload, ctx);
      for (const concernId of payload.concernIds) {
        if (log.entries.get(concernId)?.kind !== 'concern') throw new DomainError('entryNotFound');
      }
      return [makeEvent(ctx, log.logId, 'MeasurePlanned', payload)];
    }
    case 'evaluateMeasure': {
      const { type: _t, logId: _l, ...payload } = command;
      const measure = log.measures.get(payload.measureId);
      if (!measure) throw new DomainError('measureNotFound');
      if (measure.ended) throw new DomainError('measureEnded');
      if (payload.decision === 'end' && payload.nextEvaluationDate !== '') {
        throw fieldError('nextEvaluationDate', 'notWhenEnding');
      }
      if (payload.decision !== 'end' && payload.nextEvaluationDate === '') {
        throw fieldError('nextEvaluationDate', 'required');
      }
      return [makeEvent(ctx, log.logId, 'MeasureEvaluated', payload)];
    }
    case 'changeLevel': {
      if (log.holder.userId !== ctx.actor.userId) throw new DomainError('notHolder');
      if (command.level === log.level) throw new DomainError('sameLevel');
      return [makeEvent(ctx, log.logId, 'LevelChanged', { level: command.level, reason: command.reason })];
    }
    case 'amendEntry':
      return [amend(command, log, ctx)];
  }
}

function amend(command: Extract<Command, { type: 'amendEntry' }>, log: LogState, ctx: DecisionContext): LogEvent {
  const entry = log.entries.get(command.entryId);
  if (!entry) throw new DomainError('entryNotFound');
  if (entry.authorId !== ctx.actor.userId) throw new DomainError('notEntryAuthor');
  const amendable: readonly string[] = AMENDABLE_FIELDS[entry.kind];
  const unknownField = Object.keys(command.changes).find((field) => !amendable.includes(field));
  if (unknownField !== undefined) throw fieldError(`changes.${unknownField}`, 'notAmendable');

  // Validate the changed fields with the schema that created the entry, so a correction obeys the same rules.
  const schema = PAYLOAD_OF_ENTRY_KIND[entry.kind] as unknown as z.ZodObject<z.ZodRawShape>;
  const mask = Object.fromEntries(Object.keys(command.changes).map((field) => [field, true] as const));
  const parsed = schema.pick(mask).safeParse(command.changes);
  if (!parsed.success) {
    throw new StafettError('validation', {
      fields: parsed.error.issues.map((issue) => ({ path: ['changes', ...issue.path].join('.'), problem: issue.message })),
    });
  }
  const changes = Object.fromEntries(
    Object.entries(parsed.data).filter(([field, value]) => JSON.stringify(entry.fields[field]) !== JSON.stringify(value)),
  );
  if (Object.keys(changes).length === 0) throw new DomainError('nothingAmended');
  // A correction may not bring in a problem the entry did not have (one written before a rule existed keeps its own).
  const today = todayOf(ctx);
  const before = new Set(entryFieldProblems(entry.kind, entry.fields, today).map(key));
  const introduced = entryFieldProblems(entry.kind, { ...entry.fields, ...changes }, today).filter((p) => !before.has(key(p)));
  if (introduced.length > 0) throw fieldErrors(introduced.map((p) => ({ path: `changes.${p.path}`, problem: p.problem })));
  return makeEvent(ctx, log.logId, 'EntryAmended', { entryId: command.entryId, changes, reason: command.reason });
}

/** Reading needs any access; so the core checks this before every read. */
export function requireReader(state: LogState | undefined, actor: Actor): LogState {
  if (!state) throw new DomainError('logNotFound');
  if (!state.participants[actor.userId]) throw new DomainError('notParticipant');
  return state;
}

function requireContributor(state: LogState | undefined, actor: Actor): LogState {
  const log = requireReader(state, actor);
  if (log.participants[actor.userId] !== 'contribute') throw new DomainError('forbidden');
  if (log.closed) throw new DomainError('logClosed');
  return log;
}

function fieldError(path: string, problem: string): StafettError {
  return fieldErrors([{ path, problem }]);
}

function fieldErrors(fields: FieldProblem[]): StafettError {
  return new StafettError('validation', { fields });
}

const key = (problem: FieldProblem) => `${problem.path} ${problem.problem}`;

/** The calendar date in Norway at the moment of the command: what "today" means to the user. */
const todayOf = (ctx: DecisionContext) => osloDate(new Date(ctx.now));

function requireFieldsFit(kind: EntryKind, fields: Readonly<Record<string, unknown>>, ctx: DecisionContext): void {
  const problems = entryFieldProblems(kind, fields, todayOf(ctx));
  if (problems.length > 0) throw fieldErrors(problems);
}

function makeEvent<T extends EventType>(ctx: DecisionContext, logId: string, type: T, payload: PayloadOf<T>): LogEvent<T> {
  return {
    id: type === 'LogOpened' ? logId : ctx.newId(),
    logId,
    type,
    schemaVersion: EVENT_SCHEMA_VERSION,
    author: ctx.actor,
    deviceTime: ctx.now,
    payload,
  } as LogEvent<T>;
}
