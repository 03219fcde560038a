import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { api, METHOD_NAMES, type MethodName } from '../../src-shared/api/contract';
import { ERROR_CODES } from '../../src-shared/domain/errors';
import { CHILD, NEW_PROFILE, tempCore } from '../support/tempCore';

/**
 * Every method, thrown arbitrary input: whatever the schema refuses comes back as a typed validation error,
 * and the store is exactly as it was.
 */
let made: ReturnType<typeof tempCore>;
let logId: string;
let validInputs: Record<MethodName, Record<string, unknown>>;

beforeAll(async () => {
  made = tempCore();
  await made.call('session.createProfile', NEW_PROFILE);
  logId = (await made.call('logs.open', CHILD)).logId;
  const measureId = (
    await made.call('log.planMeasure', {
      logId, goal: 'Mål', description: 'Tiltak', responsiblePerson: 'Testine Testesen', responsibleService: 'school', startDate: '2026-01-01', evaluationDate: '2026-02-01',
    })
  ).entryId;
  validInputs = {
    'session.status': {},
    'session.createProfile': { ...NEW_PROFILE },
    'session.unlock': { passphrase: NEW_PROFILE.passphrase },
    'session.lock': {},
    'session.setLocale': { locale: 'nn' },
    'session.touch': {},
    'logs.mine': {},
    'logs.search': { query: 'Mille' },
    'logs.open': { ...CHILD },
    'log.header': { logId },
    'log.timeline': { logId },
    'log.measures': { logId },
    'log.recordConcern': { logId, observedOn: '2026-01-02', observation: 'Observasjon' },
    'log.recordBrightSpot': { logId, observedOn: '2026-01-02', text: 'Lysglimt' },
    'log.recordNote': { logId, occurredOn: '2026-01-02', contact: 'call', text: 'Notat' },
    'log.planMeasure': { logId, goal: 'Mål', description: 'Tiltak', responsiblePerson: 'A B', responsibleService: 'ppt', startDate: '2026-01-01', evaluationDate: '2026-02-01' },
    'log.evaluateMeasure': { logId, measureId, whatHappened: 'Det gikk bra', goalReached: 'yes', decision: 'continue', nextEvaluationDate: '2026-03-01' },
    'log.changeLevel': { logId, level: 2, reason: 'Grunn' },
    'log.amendEntry': { logId, entryId: logId, changes: { unit: 'Ny enhet' }, reason: 'Retting' },
  };
});
afterAll(() => made.dispose());

async function fingerprint(): Promise<string> {
  const status = await made.call('session.status', {});
  const mine = await made.call('logs.mine', {});
  return JSON.stringify({ status, mine });
}

/** Arbitrary values, and valid inputs with one field replaced, dropped or added. */
function badInputFor(method: MethodName) {
  const valid = validInputs[method];
  const keys = Object.keys(valid);
  const mutated = fc
    .record({
      key: keys.length ? fc.constantFrom(...keys, '__extra') : fc.constant('__extra'),
      value: fc.oneof(fc.anything(), fc.string({ maxLength: 5000 }), fc.constant(''), fc.integer(), fc.constant(null)),
      drop: fc.boolean(),
    })
    .map(({ key, value, drop }) => {
      const copy: Record<string, unknown> = { ...valid };
      if (drop && key !== '__extra') delete copy[key];
      else copy[key] = value;
      return copy;
    });
  return fc.oneof(fc.anything(), mutated).filter((input) => !api[method].input.safeParse(input ?? {}).success);
}

describe('every API method refuses bad input and changes nothing', () => {
  for (const method of METHOD_NAMES) {
    it(method, async () => {
      const before = await fingerprint();
      await fc.assert(
        fc.asyncProperty(badInputFor(method), async (input) => {
          const result = await made.raw(method, input);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.error.code).toBe('validation');
          expect(result.error.message).toBe('Noen felt er ikke fylt ut riktig. Ingenting er lagret.');
          expect(result.error.params.fields?.length).toBeGreaterThan(0);
        }),
        { numRuns: 60 },
      );
      expect(await fingerprint()).toBe(before);
    });
  }

  it('an unknown method is refused with its own code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string().filter((name) => !Object.hasOwn(api, name)), fc.anything(), async (name, input) => {
        const result = await made.raw(name, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'unknownMethod' } });
      }),
      { numRuns: 50 },
    );
  });

  it('domain refusals also change nothing and carry a known code', async () => {
    const before = await fingerprint();
    const result = await made.raw('log.changeLevel', { logId, level: 1, reason: 'Samme nivå' });
    expect(result).toMatchObject({ ok: false, error: { code: 'sameLevel' } });
    expect(ERROR_CODES).toContain((result as { error: { code: string } }).error.code);
    expect(await fingerprint()).toBe(before);
  });
});
