import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src-shared/domain/commands';
import { decide } from '../../src-shared/domain/decide';
import { ERROR_CODES, StafettError } from '../../src-shared/domain/errors';
import { AMENDABLE_FIELDS, ENTRY_KIND_OF_EVENT, EVENT_PAYLOADS, type LogEvent } from '../../src-shared/domain/events';
import { evolve, foldEvents, type LogState } from '../../src-shared/domain/state';
import { LEVELS } from '../../src-shared/domain/vocabulary';
import { LogUnderTest, colleague, command, contextFor, holder, openLogInput, reader, stranger } from './domainFixtures';

/*
 * Random sequences of commands by four people (the holder, a contributor, a reader and a stranger), with values
 * drawn from small pools so that ids often point at real entries and dates often clash. Each command is parsed by
 * its schema first, as the API does; decide() then either refuses it with a typed error or gives events.
 */

// The holder and the contributor act most; the reader and the stranger now and then.
const people = [holder, holder, colleague, colleague, reader, stranger];
const allFields = [...new Set(Object.values(AMENDABLE_FIELDS).flat()), 'level', 'decision', 'measureId', 'concernIds'];

// Mostly valid values, so that most commands reach the rules; now and then one the schema or a rule refuses.
const mostly = <T,>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: invalid });
const date = mostly(fc.constantFrom('2026-01-10', '2026-03-01', '2026-04-01', '2025-12-31'), fc.constantFrom('2026-02-30', ''));
const text = mostly(fc.constantFrom('Samtale med mor.', 'Leker godt ute.'), fc.constantFrom('', '   ', 'x'.repeat(4001)));
const anyValue = fc.oneof(date, text, fc.constantFrom(0, 2, 3, 'call', 'school', 'partly', 'end', null, [], '12345678901'));

const operation = fc.record({
  person: fc.nat({ max: people.length - 1 }),
  type: fc.constantFrom(
    'recordConcern',
    'recordBrightSpot',
    'recordNote',
    'planMeasure',
    'evaluateMeasure',
    'changeLevel',
    'amendEntry',
  ) satisfies fc.Arbitrary<Command['type']>,
  target: fc.nat({ max: 40 }),
  link: fc.nat({ max: 40 }),
  first: date,
  second: fc.oneof(date, fc.constant('')),
  words: text,
  level: fc.constantFrom(...LEVELS),
  decision: fc.constantFrom('continue', 'adjust', 'end'),
  field: fc.nat(),
  value: anyValue,
  changes: fc.dictionary(fc.constantFrom(...allFields), anyValue, { maxKeys: 2 }),
});
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/**
 * Turns an operation into command input against the log as it stands. Even targets pick an entry that fits the
 * command (a measure to evaluate, an amendable field of the entry to amend); odd ones pick any id, or a made-up one.
 */
function inputOf(op: Operation, state: LogState): Record<string, unknown> {
  const logId = state.logId;
  const ids = [...state.entries.keys()];
  const measures = [...state.measures.keys()];
  const concerns = ids.filter((id) => state.entries.get(id)!.kind === 'concern');
  const pick = (n: number, fitting: string[]) =>
    (n % 2 === 0 && fitting.length > 0 ? fitting[(n >> 1) % fitting.length] : ids[n >> 1]) ?? stranger.userId;
  switch (op.type) {
    case 'recordConcern':
      return { logId, observedOn: op.first, observation: op.words, childVoice: '', guardianView: '', developmentAreas: '' };
    case 'recordBrightSpot':
      return { logId, observedOn: op.first, text: op.words };
    case 'recordNote':
      return { logId, occurredOn: op.first, contact: 'call', text: op.words };
    case 'planMeasure':
      return {
        logId,
        goal: 'Mål',
        description: op.words,
        responsiblePerson: 'Kari Kollega',
        responsibleService: 'school',
        startDate: op.first,
        evaluationDate: op.second || op.first,
        concernIds: op.link % 3 === 0 ? [] : [pick(op.link, concerns)],
      };
    case 'evaluateMeasure':
      return { logId, measureId: pick(op.target, measures), whatHappened: op.words, goalReached: 'partly', decision: op.decision, nextEvaluationDate: nextEvaluation(op) };
    case 'changeLevel':
      return { logId, level: op.level, reason: op.words };
    default: {
      const entryId = pick(op.target, ids);
      const kind = state.entries.get(entryId)?.kind;
      const amendable: readonly string[] = kind ? AMENDABLE_FIELDS[kind] : allFields;
      const field = amendable[op.field % amendable.length]!;
      const isDate = field.endsWith('On') || field.endsWith('Date');
      const value = isDate ? op.first : op.field % 3 === 0 ? op.value : op.words;
      const changes = op.target % 4 === 0 ? op.changes : { [field]: value };
      return { logId, entryId, changes, reason: 'Retting' };
    }
  }
}

/** Usually the date that fits the decision (none when it ends); every fourth time whatever came up. */
function nextEvaluation(op: Operation): string {
  if (op.link % 4 === 0) return op.second;
  return op.decision === 'end' ? '' : op.first;
}

/** Everything the rules depend on, in a form toEqual can compare. */
const snapshot = (state: LogState) => ({
  logId: state.logId,
  holder: state.holder,
  level: state.level,
  closed: state.closed,
  entries: [...state.entries],
  measures: [...state.measures],
});

function tryCommand(op: Operation, log: LogUnderTest): Command | undefined {
  try {
    return command(op.type, inputOf(op, log.state!));
  } catch {
    return undefined; // Refused by the schema: the API answers with a validation error before the rules run.
  }
}

describe('any sequence of commands', () => {
  it('keeps exactly one holder, refuses only with typed errors, and folds to the same state', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEVELS), fc.array(operation, { minLength: 10, maxLength: 40 }), (startLevel, operations) => {
        const log = LogUnderTest.open(holder, { ...openLogInput, level: startLevel });
        log.admit(colleague, 'contribute');
        log.admit(reader, 'read');
        const endedBefore = new Set<string>();

        for (const op of operations) {
          const cmd = tryCommand(op, log);
          if (!cmd) continue;
          const before = structuredClone(snapshot(log.state!));
          let events: LogEvent[];
          try {
            events = decide(cmd, log.state, contextFor(people[op.person]!));
          } catch (error) {
            expect(error).toBeInstanceOf(StafettError);
            expect(ERROR_CODES).toContain((error as StafettError).code);
            expect(snapshot(log.state!)).toEqual(before);
            continue;
          }
          for (const event of events) {
            expect(EVENT_PAYLOADS[event.type].safeParse(event.payload).success).toBe(true);
            expect(event.logId).toBe(log.logId);
            log.state = evolve(log.state, event);
            log.events.push(event);
          }

          const state = log.state!;
          expect(state.holder).toEqual(holder);
          expect(state.participants[holder.userId]).toBe('contribute');
          expect(LEVELS).toContain(state.level);
          for (const id of endedBefore) expect(state.measures.get(id)!.ended).toBe(true);
          for (const [id, measure] of state.measures) if (measure.ended) endedBefore.add(id);
        }

        const entryEvents = log.events.filter((event) => ENTRY_KIND_OF_EVENT[event.type] !== null);
        expect(log.state!.entries.size).toBe(entryEvents.length);
        const lastLevel = [...log.events].reverse().find((event) => event.type === 'LevelChanged');
        expect(log.state!.level).toBe(lastLevel?.type === 'LevelChanged' ? lastLevel.payload.level : startLevel);
        expect(snapshot(foldEvents(log.events)!)).toEqual(snapshot(log.state!));
      }),
      { numRuns: 200 },
    );
  });

  it('never lets the reader or the stranger write anything', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 20 }), (operations) => {
        const log = LogUnderTest.open();
        log.admit(reader, 'read');
        for (const op of operations) {
          const cmd = tryCommand(op, log);
          if (!cmd) continue;
          for (const outsider of [reader, stranger]) {
            expect(() => decide(cmd, log.state, contextFor(outsider))).toThrow(StafettError);
          }
          try {
            log.run(holder, cmd);
          } catch {
            // The holder may be refused too; that is another test's business.
          }
        }
        expect(log.events.every((event) => event.author.userId === holder.userId)).toBe(true);
      }),
    );
  });
});
