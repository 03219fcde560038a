import type { z } from 'zod';
import {
  AmendEntry,
  ChangeLevel,
  EvaluateMeasure,
  OpenLog,
  PlanMeasure,
  RecordBrightSpot,
  RecordConcern,
  RecordNote,
  type Command,
} from '../../src-shared/domain/commands';
import { decide, type DecisionContext } from '../../src-shared/domain/decide';
import type { Actor, LogEvent } from '../../src-shared/domain/events';
import { evolve, type LogState } from '../../src-shared/domain/state';
import { uuidv7 } from '../../src-shared/util/uuidv7';

/** Synthetic people and a synthetic child for the domain tests. */

export const holder: Actor = { userId: uuidv7(), name: 'Hanne Holder', unit: 'Solsiden barnehage', service: 'kindergarten' };
export const colleague: Actor = { userId: uuidv7(), name: 'Kari Kollega', unit: 'Bakken skole', service: 'school' };
export const reader: Actor = { userId: uuidv7(), name: 'Rolf Leser', unit: 'Helsestasjonen', service: 'healthNurse' };
export const stranger: Actor = { userId: uuidv7(), name: 'Siri Fremmed', unit: 'PPT', service: 'ppt' };

export function contextFor(actor: Actor): DecisionContext {
  return { actor, now: '2026-03-02T09:00:00.000Z', newId: () => uuidv7() };
}

type Schema = z.ZodType;
const SCHEMAS = {
  openLog: OpenLog,
  recordConcern: RecordConcern,
  recordBrightSpot: RecordBrightSpot,
  recordNote: RecordNote,
  planMeasure: PlanMeasure,
  evaluateMeasure: EvaluateMeasure,
  changeLevel: ChangeLevel,
  amendEntry: AmendEntry,
} as const satisfies Record<Command['type'], Schema>;

/** Builds a command the way the API does: parsed by its schema, so defaults are filled in. */
export function command<T extends Command['type']>(type: T, input: Record<string, unknown>): Extract<Command, { type: T }> {
  return { type, ...(SCHEMAS[type].parse(input) as object) } as Extract<Command, { type: T }>;
}

export const openLogInput = {
  childName: 'Testbarn Syntetisk',
  birthDate: '2018-05-14',
  nationalId: '',
  unit: 'Solsiden barnehage',
  level: 1,
};

export const concernInput = (logId: string) => ({
  logId,
  observedOn: '2026-02-20',
  observation: 'Trekker seg unna i lek med andre barn.',
  childVoice: 'Liker ikke å være ute.',
  guardianView: '',
  developmentAreas: 'Sosialt samspill',
});

export const measureInput = (logId: string, concernIds: string[] = []) => ({
  logId,
  goal: 'Trygg i frilek',
  description: 'Voksen i nærheten i utetiden.',
  responsiblePerson: 'Hanne Holder',
  responsibleService: 'kindergarten',
  startDate: '2026-03-01',
  evaluationDate: '2026-04-01',
  concernIds,
});

export const evaluationInput = (logId: string, measureId: string, decision: string, nextEvaluationDate = '') => ({
  logId,
  measureId,
  whatHappened: 'Leker mer med to andre barn.',
  goalReached: 'partly',
  decision,
  nextEvaluationDate,
});

/** A log and its events, with a helper that runs a command through decide and folds the events in. */
export class LogUnderTest {
  readonly events: LogEvent[] = [];
  state: LogState | undefined;

  static open(by: Actor = holder, input: Record<string, unknown> = openLogInput): LogUnderTest {
    const log = new LogUnderTest();
    log.run(by, command('openLog', input));
    return log;
  }

  get logId(): string {
    return this.state!.logId;
  }

  run(actor: Actor, cmd: Command): LogEvent[] {
    const events = decide(cmd, this.state, contextFor(actor));
    for (const event of events) {
      this.state = evolve(this.state, event);
      this.events.push(event);
    }
    return events;
  }

  /** Runs a command and returns the id of the one entry it wrote. */
  write(actor: Actor, cmd: Command): string {
    const [event] = this.run(actor, cmd);
    return event!.id;
  }

  /** Lets another person take part (access is granted by events of a later issue; here it is set directly). */
  admit(actor: Actor, right: 'read' | 'contribute'): void {
    this.state!.participants[actor.userId] = right;
  }
}

/** The error a call throws; fails the test if it throws none. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but the call succeeded');
}
