import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHILD, NEW_PROFILE, PASSPHRASE, tempCore } from '../support/tempCore';
import { openStore } from '../../src-main/core/store/sqlite/openStore';

let made: ReturnType<typeof tempCore>;
let now: Date;
beforeEach(async () => {
  now = new Date('2026-03-02T08:00:00Z');
  made = tempCore({ now: () => now });
  await made.call('session.createProfile', NEW_PROFILE);
});
afterEach(() => made.dispose());

async function openLog() {
  return (await made.call('logs.open', CHILD)).logId;
}

describe('a child’s relay log through the API', () => {
  it('the opener becomes the holder, and the log is in “my logs”', async () => {
    const logId = await openLog();
    const [summary] = await made.call('logs.mine', {});
    expect(summary).toMatchObject({ logId, childName: CHILD.childName, level: 1, holder: { name: 'Testine Testesen' }, entryCount: 1 });
    const header = await made.call('log.header', { logId });
    expect(header).toMatchObject({ nationalId: CHILD.nationalId, unit: CHILD.unit });
  });

  it('refuses an invalid national identity number with a field message, and opens nothing', async () => {
    const result = await made.raw('logs.open', { ...CHILD, nationalId: '14831650011' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', params: { fields: [{ path: 'nationalId', problem: 'invalidNationalId' }] } } });
    expect(await made.call('logs.mine', {})).toEqual([]);
  });

  it('writes every kind of entry and shows them newest first, with an amendment keeping the original', async () => {
    const logId = await openLog();
    const concern = await made.call('log.recordConcern', { logId, observedOn: '2026-03-01', observation: 'Trekker seg unna i frilek.', childVoice: 'Liker ikke å være ute.' });
    await made.call('log.recordBrightSpot', { logId, observedOn: '2026-03-02', text: 'Hjalp en yngre venn med påkledning.' });
    await made.call('log.recordNote', { logId, occurredOn: '2026-03-02', contact: 'call', text: 'Ringte mor, avtalte møte.' });
    const measure = await made.call('log.planMeasure', {
      logId, goal: 'Trygg i frilek', description: 'Voksen følger tett i uteleken.', responsiblePerson: 'Testine Testesen',
      responsibleService: 'kindergarten', startDate: '2026-03-03', evaluationDate: '2026-04-15', concernIds: [concern.entryId],
    });
    await made.call('log.evaluateMeasure', { logId, measureId: measure.entryId, whatHappened: 'Leker mer med andre.', goalReached: 'partly', decision: 'continue', nextEvaluationDate: '2026-05-20' });
    await made.call('log.changeLevel', { logId, level: 2, reason: 'PPT kobles inn.' });
    now = new Date('2026-03-05T12:30:00Z');
    await made.call('log.amendEntry', { logId, entryId: concern.entryId, changes: { observation: 'Trekker seg unna i frilek ute.' }, reason: 'Presisering.' });

    const page = await made.call('log.timeline', { logId });
    expect(page.entries.map((e) => e.kind)).toEqual(['levelChange', 'evaluation', 'measure', 'note', 'brightSpot', 'concern', 'logOpened']);
    const amended = page.entries.find((e) => e.entryId === concern.entryId)!;
    expect(amended.fields.observation).toBe('Trekker seg unna i frilek ute.');
    expect(amended.original?.observation).toBe('Trekker seg unna i frilek.');
    expect(amended.amendments).toEqual([
      expect.objectContaining({ reason: 'Presisering.', at: '2026-03-05T12:30:00.000Z', author: expect.objectContaining({ name: 'Testine Testesen' }),
        changes: [{ field: 'observation', from: 'Trekker seg unna i frilek.', to: 'Trekker seg unna i frilek ute.' }] }),
    ]);
    expect(page.entries.find((e) => e.kind === 'evaluation')?.measureGoal).toBe('Trygg i frilek');

    const [summary] = await made.call('logs.mine', {});
    expect(summary).toMatchObject({ level: 2, nextEvaluationDue: '2026-05-20' });
    expect((await made.call('log.timeline', { logId, kinds: ['concern', 'note'] })).entries.map((e) => e.kind)).toEqual(['note', 'concern']);
  });

  it('keeps the rules: an ended measure cannot be evaluated again, and nothing is written', async () => {
    const logId = await openLog();
    const measure = await made.call('log.planMeasure', {
      logId, goal: 'Mål', description: 'Beskrivelse', responsiblePerson: 'Testine Testesen', responsibleService: 'school', startDate: '2026-03-03', evaluationDate: '2026-04-01',
    });
    await made.call('log.evaluateMeasure', { logId, measureId: measure.entryId, whatHappened: 'Målet er nådd.', goalReached: 'yes', decision: 'end' });
    const again = await made.raw('log.evaluateMeasure', { logId, measureId: measure.entryId, whatHappened: 'Igjen', goalReached: 'yes', decision: 'end' });
    expect(again).toMatchObject({ ok: false, error: { code: 'measureEnded', message: 'Tiltaket er avsluttet og kan ikke evalueres igjen.' } });
    expect((await made.call('log.measures', { logId }))[0]?.status).toBe('ended');
    expect((await made.call('logs.mine', {}))[0]?.entryCount).toBe(3);
  });

  it('finds entries by words in them, only in my logs', async () => {
    const logId = await openLog();
    await made.call('log.recordNote', { logId, occurredOn: '2026-03-02', contact: 'conversation', text: 'Samtale om søvnvansker og morgenrutiner.' });
    const { hits, more } = await made.call('logs.search', { query: 'søvnvansker' });
    expect(hits).toHaveLength(1);
    expect(more).toBe(false);
    expect(hits[0]).toMatchObject({ logId, kind: 'note', childName: CHILD.childName });
    expect(hits[0]!.snippet).toContain('[[søvnvansker]]');
    expect(await made.call('logs.search', { query: 'finnesikke' })).toEqual({ hits: [], more: false });
  });

  it('gives the newest hits up to the limit, says when older ones were left out, and records reads only of the logs shown', async () => {
    const older = await openLog();
    await made.call('log.recordNote', { logId: older, occurredOn: '2026-03-02', contact: 'call', text: 'Avtalte svømmetrening.' });
    const newer = await openLog();
    await made.call('log.recordNote', { logId: newer, occurredOn: '2026-03-02', contact: 'call', text: 'Snakket om svømmetrening.' });
    expect(await made.call('logs.search', { query: 'svømmetrening', limit: 2 })).toMatchObject({ hits: [{ logId: newer }, { logId: older }], more: false });
    const first = await made.call('logs.search', { query: 'svømmetrening', limit: 1 });
    expect(first).toMatchObject({ hits: [{ logId: newer }], more: true });
    await made.call('session.lock', {});
    const key = await keyOf(made.dir);
    const store = openStore({ file: join(made.dir, 'stafett.db'), key });
    const searches = (logId: string) => store.auditOf(logId).filter((a) => a.action === 'search').length;
    const counts = [searches(newer), searches(older)];
    store.close();
    expect(counts).toEqual([2, 1]);
  });

  it('a log that does not exist is not found', async () => {
    const result = await made.raw('log.timeline', { logId: '01890a5d-ac96-774b-bcce-b302099a8057' });
    expect(result).toMatchObject({ ok: false, error: { code: 'logNotFound' } });
  });

  it('records every read of a log in the audit table', async () => {
    const logId = await openLog();
    await made.call('log.header', { logId });
    await made.call('log.timeline', { logId });
    await made.call('logs.search', { query: 'Mille' });
    await made.call('session.lock', {});
    // Read the audit table straight from the store, as an auditor would.
    const key = await keyOf(made.dir);
    const store = openStore({ file: join(made.dir, 'stafett.db'), key });
    const audit = store.auditOf(logId);
    store.close();
    expect(audit.map((a) => [a.action, a.what, a.actorName])).toEqual([
      ['read', 'log.header', 'Testine Testesen'],
      ['read', 'log.timeline', 'Testine Testesen'],
      ['search', 'logs.search', 'Testine Testesen'],
    ]);
  });

  it('stores nothing readable on disk: no child name or entry text in any file of the profile', async () => {
    const logId = await openLog();
    await made.call('log.recordConcern', { logId, observedOn: '2026-03-01', observation: 'Hemmeligord Xylofonskog observert.' });
    for (let i = 0; i < 50; i++) await made.call('log.recordNote', { logId, occurredOn: '2026-03-02', contact: 'other', text: `Notat ${i} om Xylofonskog.` });
    const check = () => {
      for (const name of readdirSync(made.dir)) {
        const bytes = readFileSync(join(made.dir, name));
        for (const secret of ['Mille Fiktiv', 'Xylofonskog', 'Testine']) {
          expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${name}`).toBe(false);
          expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${secret} (UTF-16) in ${name}`).toBe(false);
        }
      }
    };
    check();
    await made.call('session.lock', {});
    check();
  });
});

async function keyOf(dir: string): Promise<Buffer> {
  const { readProfile } = await import('../../src-main/core/profile/profileFile');
  const { unwrapKey } = await import('../../src-main/core/profile/keys');
  return unwrapKey(readProfile(dir)!.wrappedKey!, PASSPHRASE);
}
