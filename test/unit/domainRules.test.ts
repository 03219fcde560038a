import { describe, expect, it } from 'vitest';
import { parseOrThrow } from '../../src-shared/api/validation';
import { OpenLog } from '../../src-shared/domain/commands';
import { decide, requireReader } from '../../src-shared/domain/decide';
import { DomainError, StafettError } from '../../src-shared/domain/errors';
import { EVENT_PAYLOADS, EVENT_SCHEMA_VERSION } from '../../src-shared/domain/events';
import { foldEvents } from '../../src-shared/domain/state';
import { withCheckDigits } from '../../src-shared/identity/nationalIdentityNumber';
import {
  LogUnderTest,
  colleague,
  command,
  concernInput,
  contextFor,
  evaluationInput,
  holder,
  measureInput,
  openLogInput,
  reader,
  stranger,
  thrown,
} from './domainFixtures';

function expectDomainError(fn: () => unknown, code: string): void {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
}

function expectFieldError(fn: () => unknown, path: string, problem: string): void {
  const error = thrown(fn);
  expect(error).toBeInstanceOf(StafettError);
  expect((error as StafettError).code).toBe('validation');
  expect((error as StafettError).params.fields).toEqual([{ path, problem }]);
}

describe('opening a log', () => {
  it('makes the person who opens it the holder and the only participant', () => {
    const log = LogUnderTest.open(holder);
    expect(log.state!.holder).toEqual(holder);
    expect(log.state!.participants).toEqual({ [holder.userId]: 'contribute' });
    expect(log.state!.level).toBe(1);
    expect(log.state!.closed).toBe(false);
  });

  it('writes one LogOpened event whose id is the new log id, with the child as given', () => {
    const [event] = decide(command('openLog', openLogInput), undefined, contextFor(holder));
    expect(event!.type).toBe('LogOpened');
    expect(event!.id).toBe(event!.logId);
    expect(event!.author).toEqual(holder);
    expect(event!.schemaVersion).toBe(EVENT_SCHEMA_VERSION);
    expect(event!.payload).toEqual(openLogInput);
    expect(foldEvents([event!])!.entries.get(event!.id)).toMatchObject({ kind: 'logOpened', authorId: holder.userId });
  });

  it('stores the national identity number without spaces, and refuses one that is not valid, on that field', () => {
    expect(parseOrThrow(OpenLog, { ...openLogInput, nationalId: '018120 500 75' }).nationalId).toBe('01812050075');
    expect(parseOrThrow(OpenLog, { ...openLogInput, nationalId: '' }).nationalId).toBe('');
    expectFieldError(() => parseOrThrow(OpenLog, { ...openLogInput, nationalId: '01812050076' }), 'nationalId', 'invalidNationalId');
    expectFieldError(() => parseOrThrow(OpenLog, { ...openLogInput, birthDate: '2018-02-30' }), 'birthDate', 'invalidDate');
    expectFieldError(() => parseOrThrow(OpenLog, { ...openLogInput, level: 4 }), 'level', 'invalidLevel');
  });

  it('refuses a birth date in the future, by the calendar in Norway', () => {
    // 23.30 UTC on 1 March is already 2 March in Oslo.
    const lateEvening = { ...contextFor(holder), now: '2026-03-01T23:30:00.000Z' };
    expect(decide(command('openLog', { ...openLogInput, birthDate: '2026-03-02' }), undefined, lateEvening)).toHaveLength(1);
    expectFieldError(() => decide(command('openLog', { ...openLogInput, birthDate: '2026-03-03' }), undefined, lateEvening), 'birthDate', 'dateInFuture');
  });

  it('refuses a national identity number whose date is not the birth date given, D-numbers and synthetic numbers too', () => {
    const open = (nationalId: string, birthDate: string) => () => LogUnderTest.open(holder, { ...openLogInput, nationalId, birthDate });
    const dNumber = withCheckDigits('540316500')!; // day + 40
    const synthetic = '14831650010'; // month + 80
    expect(open(dNumber, '2016-03-14')).not.toThrow();
    expect(open(synthetic, '2016-03-14')).not.toThrow();
    expect(open(synthetic, '1916-03-14')).not.toThrow(); // the number has no century: only the two last digits count
    for (const birthDate of ['2016-03-15', '2016-04-14', '2017-03-14']) {
      expectFieldError(open(synthetic, birthDate), 'nationalId', 'nationalIdNotBirthDate');
      expectFieldError(open(dNumber, birthDate), 'nationalId', 'nationalIdNotBirthDate');
    }
  });

  it('gives every log its own id', () => {
    expect(LogUnderTest.open().logId).not.toBe(LogUnderTest.open().logId);
  });
});

describe('recording entries', () => {
  it('records a concern, a bright spot and a note as entries by their author', () => {
    const log = LogUnderTest.open();
    const concern = log.write(holder, command('recordConcern', concernInput(log.logId)));
    const brightSpot = log.write(holder, command('recordBrightSpot', { logId: log.logId, observedOn: '2026-02-21', text: 'Tegnet et flott bilde.' }));
    const note = log.write(holder, command('recordNote', { logId: log.logId, occurredOn: '2026-02-22', contact: 'call', text: 'Ringte mor.' }));

    expect(log.events.map((e) => e.type)).toEqual(['LogOpened', 'ConcernRecorded', 'BrightSpotRecorded', 'NoteRecorded']);
    expect(log.events.every((e) => e.logId === log.logId)).toBe(true);
    expect(log.state!.entries.get(concern)).toMatchObject({ kind: 'concern', authorId: holder.userId });
    expect(log.state!.entries.get(concern)!.fields.observation).toBe('Trekker seg unna i lek med andre barn.');
    expect(log.state!.entries.get(brightSpot)).toMatchObject({ kind: 'brightSpot', fields: { text: 'Tegnet et flott bilde.' } });
    expect(log.state!.entries.get(note)).toMatchObject({ kind: 'note', fields: { contact: 'call', text: 'Ringte mor.' } });
  });

  it('refuses an observation or a contact dated after today, and accepts today', () => {
    const log = LogUnderTest.open();
    const today = '2026-03-02';
    const tomorrow = '2026-03-03';
    log.write(holder, command('recordConcern', { ...concernInput(log.logId), observedOn: today }));
    expectFieldError(() => log.run(holder, command('recordConcern', { ...concernInput(log.logId), observedOn: tomorrow })), 'observedOn', 'dateInFuture');
    expectFieldError(
      () => log.run(holder, command('recordBrightSpot', { logId: log.logId, observedOn: tomorrow, text: 'Hjalp en venn.' })),
      'observedOn',
      'dateInFuture',
    );
    expectFieldError(
      () => log.run(holder, command('recordNote', { logId: log.logId, occurredOn: tomorrow, contact: 'call', text: 'Ringte far.' })),
      'occurredOn',
      'dateInFuture',
    );
    // A measure is planned ahead: its start may well be after today.
    log.write(holder, command('planMeasure', { ...measureInput(log.logId), startDate: '2026-08-15', evaluationDate: '2026-10-01' }));
    expect(log.events.map((e) => e.type)).toEqual(['LogOpened', 'ConcernRecorded', 'MeasurePlanned']);
  });

  it('writes payloads that their own event schema accepts', () => {
    const log = LogUnderTest.open();
    log.write(holder, command('recordConcern', concernInput(log.logId)));
    for (const event of log.events) expect(EVENT_PAYLOADS[event.type].safeParse(event.payload).success).toBe(true);
  });

  it('lets a contributing participant write, and refuses a reader who may not contribute', () => {
    const log = LogUnderTest.open();
    log.admit(colleague, 'contribute');
    log.admit(reader, 'read');
    const entry = log.write(colleague, command('recordConcern', concernInput(log.logId)));
    expect(log.state!.entries.get(entry)!.authorId).toBe(colleague.userId);
    expectDomainError(() => log.run(reader, command('recordConcern', concernInput(log.logId))), 'forbidden');
  });

  it('refuses writing to a closed log', () => {
    const log = LogUnderTest.open();
    log.state!.closed = true;
    expectDomainError(() => log.run(holder, command('recordConcern', concernInput(log.logId))), 'logClosed');
  });
});

describe('someone who does not take part', () => {
  it('can neither read nor write the log', () => {
    const log = LogUnderTest.open();
    expectDomainError(() => requireReader(log.state, stranger), 'notParticipant');
    expectDomainError(() => log.run(stranger, command('recordConcern', concernInput(log.logId))), 'notParticipant');
    expectDomainError(() => log.run(stranger, command('changeLevel', { logId: log.logId, level: 2, reason: 'Mer hjelp' })), 'notParticipant');
    expect(log.events).toHaveLength(1);
  });

  it('is told the log is not found when there is no such log', () => {
    expectDomainError(() => requireReader(undefined, holder), 'logNotFound');
    expectDomainError(() => decide(command('recordConcern', concernInput(holder.userId)), undefined, contextFor(holder)), 'logNotFound');
  });

  it('can read once admitted, even only to read', () => {
    const log = LogUnderTest.open();
    log.admit(reader, 'read');
    expect(requireReader(log.state, reader).logId).toBe(log.logId);
  });
});

describe('planning a measure', () => {
  it('plans a measure linked to concerns; it has not ended', () => {
    const log = LogUnderTest.open();
    const concern = log.write(holder, command('recordConcern', concernInput(log.logId)));
    const measure = log.write(holder, command('planMeasure', measureInput(log.logId, [concern])));
    expect(log.state!.entries.get(measure)).toMatchObject({ kind: 'measure', fields: { concernIds: [concern] } });
    expect(log.state!.measures.get(measure)).toEqual({ ended: false });
  });

  it('accepts an evaluation date on the start date', () => {
    const log = LogUnderTest.open();
    const input = { ...measureInput(log.logId), startDate: '2026-03-01', evaluationDate: '2026-03-01' };
    expect(log.run(holder, command('planMeasure', input))).toHaveLength(1);
  });

  it('refuses an evaluation date before the start date, on that field', () => {
    const log = LogUnderTest.open();
    const input = { ...measureInput(log.logId), startDate: '2026-03-01', evaluationDate: '2026-02-28' };
    expectFieldError(() => log.run(holder, command('planMeasure', input)), 'evaluationDate', 'evaluationBeforeStart');
    expect(log.events).toHaveLength(1);
  });

  it('refuses linking to anything but a concern of this log', () => {
    const log = LogUnderTest.open();
    const brightSpot = log.write(holder, command('recordBrightSpot', { logId: log.logId, observedOn: '2026-02-21', text: 'Glad i dag.' }));
    const otherLog = LogUnderTest.open();
    const foreignConcern = otherLog.write(holder, command('recordConcern', concernInput(otherLog.logId)));
    for (const linked of [brightSpot, log.logId, foreignConcern]) {
      expectDomainError(() => log.run(holder, command('planMeasure', measureInput(log.logId, [linked]))), 'entryNotFound');
    }
  });
});

describe('evaluating a measure', () => {
  function withMeasure() {
    const log = LogUnderTest.open();
    const measure = log.write(holder, command('planMeasure', measureInput(log.logId)));
    return { log, measure };
  }

  it('ends the measure when the decision is to end it, and then refuses another evaluation', () => {
    const { log, measure } = withMeasure();
    const evaluation = log.write(holder, command('evaluateMeasure', evaluationInput(log.logId, measure, 'end')));
    expect(log.state!.entries.get(evaluation)).toMatchObject({ kind: 'evaluation', fields: { measureId: measure, decision: 'end' } });
    expect(log.state!.measures.get(measure)).toEqual({ ended: true });
    expectDomainError(
      () => log.run(holder, command('evaluateMeasure', evaluationInput(log.logId, measure, 'continue', '2026-06-01'))),
      'measureEnded',
    );
  });

  it('keeps the measure going on continue and adjust, each with the next evaluation date', () => {
    const { log, measure } = withMeasure();
    log.run(holder, command('evaluateMeasure', evaluationInput(log.logId, measure, 'continue', '2026-05-01')));
    log.run(holder, command('evaluateMeasure', evaluationInput(log.logId, measure, 'adjust', '2026-06-01')));
    expect(log.state!.measures.get(measure)).toEqual({ ended: false });
  });

  it('asks for the next evaluation date when the measure goes on', () => {
    const { log, measure } = withMeasure();
    for (const decision of ['continue', 'adjust']) {
      expectFieldError(
        () => log.run(holder, command('evaluateMeasure', evaluationInput(log.logId, measure, decision))),
        'nextEvaluationDate',
        'required',
      );
    }
  });

  it('refuses a next evaluation date when the measure ends', () => {
    const { log, measure } = withMeasure();
    expectFieldError(
      () => log.run(holder, command('evaluateMeasure', evaluationInput(log.logId, measure, 'end', '2026-06-01'))),
      'nextEvaluationDate',
      'notWhenEnding',
    );
    expect(log.state!.measures.get(measure)).toEqual({ ended: false });
  });

  it('refuses evaluating a measure that does not exist, or an entry that is not a measure', () => {
    const { log } = withMeasure();
    const concern = log.write(holder, command('recordConcern', concernInput(log.logId)));
    for (const measureId of [stranger.userId, concern, log.logId]) {
      expectDomainError(() => log.run(holder, command('evaluateMeasure', evaluationInput(log.logId, measureId, 'end'))), 'measureNotFound');
    }
  });
});

describe('changing the level', () => {
  it('lets the holder change it, with a reason', () => {
    const log = LogUnderTest.open();
    const [event] = log.run(holder, command('changeLevel', { logId: log.logId, level: 3, reason: 'Flere tjenester trengs.' }));
    expect(event!.payload).toEqual({ level: 3, reason: 'Flere tjenester trengs.' });
    expect(log.state!.level).toBe(3);
    expect(log.state!.entries.get(event!.id)).toMatchObject({ kind: 'levelChange' });
  });

  it('refuses the level the log already has', () => {
    const log = LogUnderTest.open();
    expectDomainError(() => log.run(holder, command('changeLevel', { logId: log.logId, level: 1, reason: 'Samme' })), 'sameLevel');
  });

  it('refuses anyone but the holder, even a contributor', () => {
    const log = LogUnderTest.open();
    log.admit(colleague, 'contribute');
    expectDomainError(() => log.run(colleague, command('changeLevel', { logId: log.logId, level: 2, reason: 'Mer hjelp' })), 'notHolder');
    expect(log.state!.level).toBe(1);
  });
});
