import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogStore } from '../../src-main/core/store/Interface';
import { COLLEAGUE, CHILD, HOLDER, openTempStore, writerFor } from './fixtures/storeFixtures';
import type { LogWriter } from './fixtures/storeFixtures';

let temp: ReturnType<typeof openTempStore>;
let store: LogStore;
let log: LogWriter;
beforeEach(() => {
  temp = openTempStore();
  store = temp.store;
  log = writerFor(store);
  log.open();
});
afterEach(() => temp.dispose());

describe('the timeline', () => {
  it('lists every entry newest first with author and time, and shows an amendment beside the original', () => {
    const concern = log.concern('Trekker seg unna i frilek.', { childVoice: 'Liker ikke å være ute.' });
    log.brightSpot('Hjalp en yngre venn med påkledning.');
    log.note('Ringte mor, avtalte møte.');
    log.level(2, 'PPT kobles inn.');
    log.amend(concern, { observation: 'Trekker seg unna i frilek ute.', childVoice: 'Liker ikke å være ute i regn.' }, 'Presisering.');

    const page = store.timeline(log.logId, { limit: 100 });
    expect(page.entries.map((e) => e.kind)).toEqual(['levelChange', 'note', 'brightSpot', 'concern', 'logOpened']);
    expect(page.total).toBe(5);
    expect(page.nextBefore).toBeNull();

    const amended = page.entries.find((e) => e.entryId === concern)!;
    expect(amended).toMatchObject({
      authorId: HOLDER.userId,
      author: { name: HOLDER.name, unit: HOLDER.unit, service: HOLDER.service },
      at: '2026-01-05T08:02:00.000Z',
      fields: { observation: 'Trekker seg unna i frilek ute.', childVoice: 'Liker ikke å være ute i regn.' },
      original: { observation: 'Trekker seg unna i frilek.', childVoice: 'Liker ikke å være ute.' },
    });
    expect(amended.amendments).toEqual([
      {
        amendmentId: expect.any(String),
        author: { name: HOLDER.name, unit: HOLDER.unit, service: HOLDER.service },
        at: '2026-01-05T08:06:00.000Z',
        reason: 'Presisering.',
        changes: [
          { field: 'childVoice', from: 'Liker ikke å være ute.', to: 'Liker ikke å være ute i regn.' },
          { field: 'observation', from: 'Trekker seg unna i frilek.', to: 'Trekker seg unna i frilek ute.' },
        ],
      },
    ]);
    expect(page.entries.filter((e) => e.entryId !== concern).every((e) => e.original === null && e.amendments.length === 0)).toBe(true);
  });

  it('keeps the first original and every amendment in order when an entry is amended twice', () => {
    const note = log.note('Første versjon.');
    log.amend(note, { text: 'Andre versjon.' });
    log.amend(note, { text: 'Tredje versjon.' });
    const entry = store.timeline(log.logId, { limit: 10 }).entries.find((e) => e.entryId === note)!;
    expect(entry.fields.text).toBe('Tredje versjon.');
    expect(entry.original?.text).toBe('Første versjon.');
    expect(entry.amendments.map((a) => a.changes)).toEqual([
      [{ field: 'text', from: 'Første versjon.', to: 'Andre versjon.' }],
      [{ field: 'text', from: 'Andre versjon.', to: 'Tredje versjon.' }],
    ]);
  });

  it('pages backwards through a long log with a seq cursor, and filters by kind', () => {
    for (let i = 1; i <= 25; i++) {
      if (i % 5 === 0) log.brightSpot(`Lysglimt nummer ${i}.`);
      else log.note(`Notat nummer ${i}.`);
    }
    const seen: string[] = [];
    let before: number | undefined;
    for (;;) {
      const page = store.timeline(log.logId, { limit: 10, ...(before === undefined ? {} : { before }) });
      expect(page.total).toBe(26);
      seen.push(...page.entries.map((e) => e.entryId));
      if (page.nextBefore === null) break;
      before = page.nextBefore;
    }
    expect(seen).toHaveLength(26);
    expect(new Set(seen).size).toBe(26);

    const brightSpots = store.timeline(log.logId, { kinds: ['brightSpot'], limit: 3 });
    expect(brightSpots.total).toBe(5);
    expect(brightSpots.entries.map((e) => e.fields.text)).toEqual(['Lysglimt nummer 25.', 'Lysglimt nummer 20.', 'Lysglimt nummer 15.']);
    const rest = store.timeline(log.logId, { kinds: ['brightSpot'], limit: 3, before: brightSpots.nextBefore! });
    expect(rest.entries.map((e) => e.fields.text)).toEqual(['Lysglimt nummer 10.', 'Lysglimt nummer 5.']);
    expect(rest.nextBefore).toBeNull();
  });

  it('does not show amendments as entries of their own', () => {
    const note = log.note('Kort samtale.');
    log.amend(note, { text: 'Kort samtale med far.' });
    const page = store.timeline(log.logId, { limit: 10 });
    expect(page.entries.map((e) => e.kind)).toEqual(['note', 'logOpened']);
    expect(page.total).toBe(2);
    expect(store.header(log.logId, '2026-01-10')?.entryCount).toBe(2);
  });

  it('names the measure an evaluation is about, following a corrected goal', () => {
    const measure = log.measure('Trygg i frilek', { startDate: '2026-01-05', evaluationDate: '2026-02-15' });
    log.evaluate(measure, 'continue', '2026-03-20');
    log.amend(measure, { goal: 'Trygg og inkludert i frilek' });
    const page = store.timeline(log.logId, { limit: 10 });
    expect(page.entries.find((e) => e.kind === 'evaluation')?.measureGoal).toBe('Trygg og inkludert i frilek');
    expect(page.entries.filter((e) => e.kind !== 'evaluation').every((e) => e.measureGoal === null)).toBe(true);
  });
});

describe('measures', () => {
  it('are planned, active or ended, and an evaluation moves or ends them', () => {
    const later = log.measure('Leseglede', { startDate: '2026-03-01', evaluationDate: '2026-04-01' });
    const now = log.measure('Trygg i frilek', { startDate: '2026-01-05', evaluationDate: '2026-02-15' });
    const done = log.measure('Søvnrutiner', { startDate: '2026-01-05', evaluationDate: '2026-01-20' });
    expect(store.header(log.logId, '2026-01-10')?.nextEvaluationDue).toBe('2026-01-20');

    log.evaluate(done, 'end');
    log.evaluate(now, 'adjust', '2026-05-10');
    const measures = store.measures(log.logId, '2026-01-10');
    expect(measures.map((m) => [m.measureId, m.status, m.evaluationDate])).toEqual([
      [later, 'planned', '2026-04-01'],
      [now, 'active', '2026-05-10'],
      [done, 'ended', '2026-01-20'],
    ]);
    expect(store.header(log.logId, '2026-01-10')?.nextEvaluationDue).toBe('2026-04-01');
    expect(store.measures(log.logId, '2026-03-01').find((m) => m.measureId === later)?.status).toBe('active');

    log.amend(now, { evaluationDate: '2026-03-15', responsiblePerson: 'Prøve Kollegasen' });
    expect(store.measures(log.logId, '2026-01-10').find((m) => m.measureId === now)).toMatchObject({
      evaluationDate: '2026-03-15',
      responsiblePerson: 'Prøve Kollegasen',
    });
    expect(store.header(log.logId, '2026-01-10')?.nextEvaluationDue).toBe('2026-03-15');
  });
});

describe('my logs and the header', () => {
  it('shows the logs I take part in, most recent activity first, with holder, level and entry count', () => {
    const first = log.logId;
    const other = writerFor(store, Date.parse('2026-02-01T08:00:00Z'));
    other.open({ childName: 'Ola Fiktiv Nordmann', level: 2 });
    const notMine = writerFor(store);
    notMine.open({ childName: 'Kari Annensen' }, COLLEAGUE);

    expect(store.mine(HOLDER.userId, '2026-02-10').map((s) => s.childName)).toEqual(['Ola Fiktiv Nordmann', CHILD.childName]);
    log.note('Ny aktivitet i den første loggen.');
    log.clock = Date.parse('2026-03-01T08:00:00Z');
    log.level(3, 'Saken går til beslutningsmøte.');
    const mine = store.mine(HOLDER.userId, '2026-03-10');
    expect(mine.map((s) => s.logId)).toEqual([first, other.logId]);
    expect(mine[0]).toEqual({
      logId: first,
      childName: CHILD.childName,
      birthDate: CHILD.birthDate,
      unit: CHILD.unit,
      level: 3,
      holder: { userId: HOLDER.userId, name: HOLDER.name, unit: HOLDER.unit, service: HOLDER.service },
      openedAt: '2026-01-05T08:01:00.000Z',
      lastActivityAt: '2026-03-01T08:01:00.000Z',
      nextEvaluationDue: null,
      entryCount: 3,
    });
    expect(store.mine(COLLEAGUE.userId, '2026-03-10').map((s) => s.childName)).toEqual(['Kari Annensen']);
    expect(store.header(first, '2026-03-10')?.nationalId).toBe(CHILD.nationalId);
    expect(store.header('00000000-0000-7000-8000-000000000000', '2026-03-10')).toBeUndefined();
  });

  it('shows a corrected child name everywhere', () => {
    log.amend(log.logId, { childName: 'Åsne Blåbærli Prøvesen-Li' });
    expect(store.header(log.logId, '2026-01-10')?.childName).toBe('Åsne Blåbærli Prøvesen-Li');
    expect(store.mine(HOLDER.userId, '2026-01-10')[0]?.childName).toBe('Åsne Blåbærli Prøvesen-Li');
    expect(store.search(HOLDER.userId, 'prøvesen-li', 10).hits).toHaveLength(1);
  });
});

describe('search', () => {
  it('finds words with æ, ø and å, matches the last word as a prefix, and marks the matches', () => {
    const concern = log.concern('Sover dårlig og virker sliten om morgenen.', { guardianView: 'Foreldrene ser også søvnvansker hjemme.' });
    log.note('Samtale om bæreposer og matpakke.');
    const hits = store.search(HOLDER.userId, 'søvnv', 10).hits;
    expect(hits).toEqual([
      { logId: log.logId, childName: CHILD.childName, entryId: concern, kind: 'concern', at: expect.any(String), snippet: expect.stringContaining('[[søvnvansker]]') },
    ]);
    expect(store.search(HOLDER.userId, 'DÅRLIG sliten', 10).hits.map((h) => h.entryId)).toEqual([concern]);
    expect(store.search(HOLDER.userId, 'bære', 10).hits.map((h) => h.kind)).toEqual(['note']);
    // Without diacritic folding, "bare" is another word than "bære".
    expect(store.search(HOLDER.userId, 'bareposer', 10).hits).toEqual([]);
  });

  it('finds a log by the child’s name', () => {
    const hits = store.search(HOLDER.userId, 'blåbærli', 10).hits;
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ logId: log.logId, kind: 'logOpened', childName: CHILD.childName });
    expect(hits[0]!.snippet).toContain('[[Blåbærli]]');
  });

  it('treats what the user types as words, never as query syntax', () => {
    log.note('Avtale: "mor" henter (fredag) - NOT torsdag.');
    for (const query of ['"mor"', 'mor" OR "x', '(fredag)', 'NOT', 'torsdag*', 'henter AND', '-', '***', 'NEAR(mor henter)', "mor's"]) {
      expect(() => store.search(HOLDER.userId, query, 10).hits).not.toThrow();
    }
    expect(store.search(HOLDER.userId, '(fredag)', 10).hits).toHaveLength(1);
    expect(store.search(HOLDER.userId, 'NOT', 10).hits).toHaveLength(1);
    expect(store.search(HOLDER.userId, '***', 10).hits).toEqual([]);
  });

  it('searches only the logs the user takes part in', () => {
    const colleaguesLog = writerFor(store);
    colleaguesLog.open({ childName: 'Kari Annensen' }, COLLEAGUE);
    colleaguesLog.run({ type: 'recordNote', logId: colleaguesLog.logId, occurredOn: '2026-01-05', contact: 'call', text: 'Fotballtrening hver tirsdag.' }, COLLEAGUE);
    log.note('Fotballtrening er viktig for henne.');
    expect(store.search(HOLDER.userId, 'fotballtrening', 10).hits.map((h) => h.logId)).toEqual([log.logId]);
    expect(store.search(COLLEAGUE.userId, 'fotballtrening', 10).hits.map((h) => h.logId)).toEqual([colleaguesLog.logId]);
    expect(store.search('01940000-0000-7000-8000-0000000000ff', 'fotballtrening', 10).hits).toEqual([]);
  });

  it('lists the newest entries first, across logs', () => {
    const other = writerFor(store);
    other.open({ childName: 'Ola Fiktiv Nordmann' });
    const first = log.note('Svømming på tirsdag.');
    const second = other.note('Svømming på onsdag.');
    const third = log.note('Svømming på torsdag.');
    expect(store.search(HOLDER.userId, 'svømming', 10).hits.map((h) => h.entryId)).toEqual([third, second, first]);
    expect(store.search(HOLDER.userId, 'svømming', 2).hits.map((h) => h.entryId)).toEqual([third, second]);
    expect(store.search(HOLDER.userId, 'svømming', 2).more).toBe(true);
    expect(store.search(HOLDER.userId, 'svømming', 3).more).toBe(false);
  });

  it('follows amendments: the corrected words are found, the replaced ones are not', () => {
    const note = log.note('Møtte opp med feil sko.');
    log.amend(note, { text: 'Møtte opp med gummistøvler.' });
    expect(store.search(HOLDER.userId, 'sko', 10).hits).toEqual([]);
    expect(store.search(HOLDER.userId, 'gummistøvler', 10).hits.map((h) => h.entryId)).toEqual([note]);
  });
});

describe('rebuilding the projections from the events', () => {
  it('gives the same timeline, summary, measures and search as writing them one event at a time', () => {
    const concern = log.concern('Uro i samlingsstund.', { developmentAreas: 'Språk og konsentrasjon' });
    const measure = log.measure('Ro i samlingsstund', { startDate: '2026-01-05', evaluationDate: '2026-02-01' }, [concern]);
    log.evaluate(measure, 'continue', '2026-03-01');
    log.amend(measure, { goal: 'Ro og deltakelse i samlingsstund' });
    log.level(2, 'Helsesykepleier kobles inn.');
    log.amend(log.logId, { unit: 'Fiktiv skole' });
    log.brightSpot('Sang høyt for gruppa.');
    const other = writerFor(store);
    other.open({ childName: 'Ola Fiktiv Nordmann' });
    other.note('Rolig i samlingsstund i dag.');
    log.note('Urolig i samlingsstund igjen.');

    const snapshot = () => ({
      timeline: store.timeline(log.logId, { limit: 100 }),
      header: store.header(log.logId, '2026-01-20'),
      mine: store.mine(HOLDER.userId, '2026-01-20'),
      measures: store.measures(log.logId, '2026-01-20'),
      search: store.search(HOLDER.userId, 'samlingsstund', 10).hits,
    });
    const incremental = snapshot();
    store.rebuildProjections();
    expect(snapshot()).toEqual(incremental);
    expect(store.verify()).toMatchObject({ ok: true, problems: [] });
  });
});

describe('a long, varied history', () => {
  it.each([1, 2, 3])('leaves live projections equal to a rebuild from the events (seed %i)', (seed) => {
    let state = seed;
    const pick = (n: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % n;
    };
    const words = ['søvn', 'lek', 'mat', 'språk', 'venner', 'fotball', 'lesing', 'uro', 'glede', 'tur'];
    const text = () => `${words[pick(10)]} ${words[pick(10)]} ${words[pick(10)]}.`;
    const logs = [log, writerFor(store), writerFor(store)];
    logs[1]!.open({ childName: 'Ola Fiktiv Nordmann' });
    logs[2]!.open({ childName: 'Kari Annensen', level: 0 });
    const entries: { writer: LogWriter; id: string; kind: string }[] = [];
    const measures: { writer: LogWriter; id: string; ended: boolean }[] = [];
    for (let i = 0; i < 150; i++) {
      const writer = logs[pick(3)]!;
      switch (pick(8)) {
        case 0:
          entries.push({ writer, id: writer.concern(text(), { childVoice: text() }), kind: 'concern' });
          break;
        case 1:
          entries.push({ writer, id: writer.brightSpot(text()), kind: 'brightSpot' });
          break;
        case 2:
          entries.push({ writer, id: writer.note(text()), kind: 'note' });
          break;
        case 3: {
          const id = writer.measure(text(), { startDate: `2026-0${1 + pick(5)}-10`, evaluationDate: '2026-07-01' });
          measures.push({ writer, id, ended: false });
          entries.push({ writer, id, kind: 'measure' });
          break;
        }
        case 4: {
          const open = measures.filter((m) => m.writer === writer && !m.ended);
          const measure = open[pick(open.length || 1)];
          if (!measure) break;
          const decision = (['continue', 'adjust', 'end'] as const)[pick(3)]!;
          measure.ended = decision === 'end';
          writer.evaluate(measure.id, decision, decision === 'end' ? '' : `2026-0${7 + pick(3)}-0${1 + pick(9)}`);
          break;
        }
        case 5: {
          const level = pick(4) as 0 | 1 | 2 | 3;
          if (level !== writer.state!.level) writer.level(level, text());
          break;
        }
        default: {
          const own = entries.filter((e) => e.writer === writer);
          const entry = own[pick(own.length || 1)];
          if (!entry) break;
          const field = { concern: 'observation', brightSpot: 'text', note: 'text', measure: 'goal' }[entry.kind]!;
          writer.amend(entry.id, { [field]: `${text()} ${i}` });
        }
      }
    }
    expect(store.verify()).toMatchObject({ ok: true, logs: 3, problems: [] });
    const before = logs.map((w) => [store.timeline(w.logId, { limit: 500 }), store.measures(w.logId, '2026-03-01'), store.header(w.logId, '2026-03-01')]);
    store.rebuildProjections();
    expect(logs.map((w) => [store.timeline(w.logId, { limit: 500 }), store.measures(w.logId, '2026-03-01'), store.header(w.logId, '2026-03-01')])).toEqual(before);
  });
});

describe('the audit', () => {
  it('records who read or wrote which log, in order, per log', () => {
    const other = writerFor(store);
    other.open({ childName: 'Ola Fiktiv Nordmann' });
    store.recordAudit({ at: '2026-01-05T09:00:00.000Z', actorId: HOLDER.userId, actorName: HOLDER.name, logId: log.logId, action: 'read', what: 'log.timeline' });
    store.recordAudit({ at: '2026-01-05T09:01:00.000Z', actorId: COLLEAGUE.userId, actorName: COLLEAGUE.name, logId: other.logId, action: 'read', what: 'log.header' });
    store.recordAudit({ at: '2026-01-05T09:02:00.000Z', actorId: HOLDER.userId, actorName: HOLDER.name, logId: log.logId, action: 'write', what: 'log.recordNote' });
    expect(store.auditOf(log.logId).map((r) => [r.action, r.what])).toEqual([
      ['read', 'log.timeline'],
      ['write', 'log.recordNote'],
    ]);
    expect(temp.reopen().auditOf(other.logId)).toEqual([
      { at: '2026-01-05T09:01:00.000Z', actorId: COLLEAGUE.userId, actorName: COLLEAGUE.name, logId: other.logId, action: 'read', what: 'log.header' },
    ]);
  });
});
