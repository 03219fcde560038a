import { describe, expect, it } from 'vitest';
import { DomainError, StafettError } from '../../src-shared/domain/errors';
import { AMENDABLE_FIELDS, PAYLOAD_OF_ENTRY_KIND, type LogEvent } from '../../src-shared/domain/events';
import { foldEvents } from '../../src-shared/domain/state';
import { ENTRY_KINDS } from '../../src-shared/domain/vocabulary';
import { FIELD_PROBLEMS } from '../../src-shared/i18n/errors';
import { LogUnderTest, colleague, command, concernInput, evaluationInput, holder, measureInput, openLogInput, thrown } from './domainFixtures';

const amend = (log: LogUnderTest, entryId: string, changes: Record<string, unknown>, reason = 'Skrivefeil') =>
  command('amendEntry', { logId: log.logId, entryId, changes, reason });

function logWithConcern() {
  const log = LogUnderTest.open();
  const concern = log.write(holder, command('recordConcern', concernInput(log.logId)));
  return { log, concern };
}

function fieldsOf(error: unknown) {
  expect(error).toBeInstanceOf(StafettError);
  expect((error as StafettError).code).toBe('validation');
  return (error as StafettError).params.fields;
}

describe('amending an entry', () => {
  it('changes the entry as it stands, and keeps the original event as it was written', () => {
    const { log, concern } = logWithConcern();
    const [amendment] = log.run(holder, amend(log, concern, { observation: 'Trekker seg unna i frilek ute.' }, 'Mer presist'));

    expect(amendment!.type).toBe('EntryAmended');
    expect(amendment!.payload).toEqual({ entryId: concern, changes: { observation: 'Trekker seg unna i frilek ute.' }, reason: 'Mer presist' });
    expect(log.state!.entries.get(concern)!.fields.observation).toBe('Trekker seg unna i frilek ute.');
    expect(log.state!.entries.get(concern)!.fields.childVoice).toBe('Liker ikke å være ute.');

    const original = log.events.find((event) => event.id === concern)!;
    expect(original.payload).toMatchObject({ observation: 'Trekker seg unna i lek med andre barn.' });
    expect(foldEvents(log.events)!.entries.get(concern)!.fields.observation).toBe('Trekker seg unna i frilek ute.');
  });

  it('records only the fields that actually change', () => {
    const { log, concern } = logWithConcern();
    const [amendment] = log.run(holder, amend(log, concern, { observation: ' Trekker seg unna i lek med andre barn. ', guardianView: 'Mor er enig.' }));
    expect(amendment!.payload).toMatchObject({ changes: { guardianView: 'Mor er enig.' } });
  });

  it('applies successive amendments in order', () => {
    const { log, concern } = logWithConcern();
    log.run(holder, amend(log, concern, { developmentAreas: 'Språk' }));
    log.run(holder, amend(log, concern, { developmentAreas: 'Språk og lek' }));
    expect(log.state!.entries.get(concern)!.fields.developmentAreas).toBe('Språk og lek');
  });

  it('lets the holder correct the child’s name on the log itself', () => {
    const log = LogUnderTest.open();
    log.run(holder, amend(log, log.logId, { childName: 'Testbarn Rettet' }));
    expect(log.state!.entries.get(log.logId)!.fields.childName).toBe('Testbarn Rettet');
  });

  it('refuses anyone but the author, even the holder', () => {
    const { log, concern } = logWithConcern();
    log.admit(colleague, 'contribute');
    const colleagues = log.write(colleague, command('recordNote', { logId: log.logId, occurredOn: '2026-02-22', contact: 'conversation', text: 'Snakket med far.' }));
    for (const [actor, entryId] of [[colleague, concern], [holder, colleagues]] as const) {
      const error = thrown(() => log.run(actor, amend(log, entryId, { text: 'Endret', observation: 'Endret' })));
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('notEntryAuthor');
    }
  });

  it('refuses an entry that does not exist', () => {
    const { log } = logWithConcern();
    const error = thrown(() => log.run(holder, amend(log, colleague.userId, { observation: 'x' })));
    expect((error as DomainError).code).toBe('entryNotFound');
  });

  it('refuses fields that are not amendable, naming the field', () => {
    const { log, concern } = logWithConcern();
    const measure = log.write(holder, command('planMeasure', measureInput(log.logId, [concern])));
    const evaluation = log.write(holder, command('evaluateMeasure', evaluationInput(log.logId, measure, 'continue', '2026-05-01')));
    const [levelChange] = log.run(holder, command('changeLevel', { logId: log.logId, level: 2, reason: 'Mer hjelp' }));

    const cases: [string, Record<string, unknown>, string][] = [
      [evaluation, { decision: 'end' }, 'changes.decision'],
      [levelChange!.id, { level: 0 }, 'changes.level'],
      [measure, { concernIds: [] }, 'changes.concernIds'],
      [log.logId, { level: 3 }, 'changes.level'],
      [concern, { authorId: colleague.userId }, 'changes.authorId'],
    ];
    for (const [entryId, changes, path] of cases) {
      expect(fieldsOf(thrown(() => log.run(holder, amend(log, entryId, changes))))).toEqual([{ path, problem: 'notAmendable' }]);
    }
    expect(log.state!.level).toBe(2);
    expect(log.state!.measures.get(measure)).toEqual({ ended: false });
  });

  it('validates the new values with the rules the entry was written under', () => {
    const { log, concern } = logWithConcern();
    expect(fieldsOf(thrown(() => log.run(holder, amend(log, concern, { observation: '   ' }))))).toEqual([
      { path: 'changes.observation', problem: 'required' },
    ]);
    expect(fieldsOf(thrown(() => log.run(holder, amend(log, concern, { observedOn: '2026-02-30' }))))).toEqual([
      { path: 'changes.observedOn', problem: 'invalidDate' },
    ]);
    expect(fieldsOf(thrown(() => log.run(holder, amend(log, log.logId, { nationalId: '12345678901' }))))).toEqual([
      { path: 'changes.nationalId', problem: 'invalidNationalId' },
    ]);
    expect(log.state!.entries.get(concern)!.fields.observedOn).toBe('2026-02-20');
  });

  it('keeps a measure’s evaluation date on or after its start date', () => {
    const log = LogUnderTest.open();
    const measure = log.write(holder, command('planMeasure', measureInput(log.logId)));
    expect(fieldsOf(thrown(() => log.run(holder, amend(log, measure, { startDate: '2026-05-01' }))))).toEqual([
      { path: 'changes.evaluationDate', problem: 'evaluationBeforeStart' },
    ]);
    log.run(holder, amend(log, measure, { startDate: '2026-05-01', evaluationDate: '2026-06-01' }));
    expect(log.state!.entries.get(measure)!.fields).toMatchObject({ startDate: '2026-05-01', evaluationDate: '2026-06-01' });
  });

  it('keeps the birth date and the national identity number in step, and dates of what happened in the past', () => {
    const log = LogUnderTest.open(holder, { ...openLogInput, birthDate: '2016-03-14', nationalId: '14831650010' });
    expect(fieldsOf(thrown(() => log.run(holder, amend(log, log.logId, { birthDate: '2016-03-15' }))))).toEqual([
      { path: 'changes.nationalId', problem: 'nationalIdNotBirthDate' },
    ]);
    expect(fieldsOf(thrown(() => log.run(holder, amend(log, log.logId, { birthDate: '2026-03-03', nationalId: '' }))))).toEqual([
      { path: 'changes.birthDate', problem: 'dateInFuture' },
    ]);
    // Both corrected together: the wrong birth date and the number that was typed to match it.
    log.run(holder, amend(log, log.logId, { birthDate: '2016-03-15', nationalId: '' }));
    expect(log.state!.entries.get(log.logId)!.fields).toMatchObject({ birthDate: '2016-03-15', nationalId: '' });

    const { log: other, concern } = logWithConcern();
    expect(fieldsOf(thrown(() => other.run(holder, amend(other, concern, { observedOn: '2026-03-03' }))))).toEqual([
      { path: 'changes.observedOn', problem: 'dateInFuture' },
    ]);
  });

  it('still corrects an entry written before a rule existed, without asking to mend what the correction does not touch', () => {
    // A log opened with a number that does not fit the birth date, as an older version allowed.
    const log = new LogUnderTest();
    const opened = LogUnderTest.open(holder).events[0] as LogEvent<'LogOpened'>;
    const old: LogEvent<'LogOpened'> = { ...opened, payload: { ...opened.payload, birthDate: '2016-03-15', nationalId: '14831650010' } };
    log.state = foldEvents([old]);
    log.run(holder, amend(log, log.logId, { childName: 'Testbarn Rettet Syntetisk' }));
    expect(log.state!.entries.get(log.logId)!.fields.childName).toBe('Testbarn Rettet Syntetisk');
  });

  it('refuses an amendment that changes nothing', () => {
    const { log, concern } = logWithConcern();
    for (const changes of [{}, { observation: 'Trekker seg unna i lek med andre barn.' }, { observation: '  Trekker seg unna i lek med andre barn.' }]) {
      const error = thrown(() => log.run(holder, amend(log, concern, changes)));
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('nothingAmended');
    }
    expect(log.events).toHaveLength(2);
  });
});

describe('what may be amended', () => {
  it('names, for every entry kind, only fields of the schema that wrote it', () => {
    for (const kind of ENTRY_KINDS) {
      const shape = Object.keys(PAYLOAD_OF_ENTRY_KIND[kind].shape);
      for (const field of AMENDABLE_FIELDS[kind]) expect(shape, `${kind}.${field}`).toContain(field);
    }
  });

  it('never lets a correction change what decides the log’s state', () => {
    expect(AMENDABLE_FIELDS.evaluation).not.toContain('decision');
    expect(AMENDABLE_FIELDS.evaluation).not.toContain('measureId');
    expect(AMENDABLE_FIELDS.levelChange).not.toContain('level');
    expect(AMENDABLE_FIELDS.logOpened).not.toContain('level');
  });

  it('has a message for every field problem an amendment can report', () => {
    for (const problem of ['notAmendable', 'required', 'invalidDate', 'invalidNationalId', 'evaluationBeforeStart']) {
      expect(FIELD_PROBLEMS.nb[problem]).toBeTruthy();
    }
  });
});
