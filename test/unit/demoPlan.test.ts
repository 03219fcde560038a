import { describe, expect, it } from 'vitest';
import { api } from '../../src-shared/api/contract';
import { validateNationalId } from '../../src-shared/identity/nationalIdentityNumber';
import { planDemo } from '../../src-main/core/demo/plan';

const NOW = new Date('2026-12-03T10:00:00Z');
const PLACEHOLDER_ID = '01890a5d-ac96-774b-bcce-b302099a8057';

describe('the demo plan', () => {
  it('is the same for the same seed and differs for another', async () => {
    const options = { seed: 'same', children: 30, big: 1, bigEntries: [600, 600] as const, now: NOW };
    const a = await planDemo(options);
    const b = await planDemo(options);
    const c = await planDemo({ ...options, seed: 'other' });
    expect(b).toEqual(a);
    expect(c.children.map((child) => child.childName)).not.toEqual(a.children.map((child) => child.childName));
  });

  it('makes only inputs the API accepts, in time order, with synthetic identity numbers', async () => {
    const plan = await planDemo({ seed: 'inputs', children: 32, big: 2, bigEntries: [800, 1200], now: NOW });
    expect(plan.children.filter((child) => child.big).map((child) => child.entries).every((n) => n >= 800 && n <= 1200)).toBe(true);
    for (const child of plan.children) expect(validateNationalId(child.nationalId)).toEqual({ valid: true, kind: 'synthetic' });
    let previous = plan.profileAt;
    for (const step of plan.steps) {
      expect(step.at).toBeGreaterThanOrEqual(previous);
      expect(step.at).toBeLessThan(NOW.getTime());
      previous = step.at;
      const links = Object.fromEntries(Object.entries(step.links ?? {}).map(([field, key]) => [field, Array.isArray(key) ? key.map(() => PLACEHOLDER_ID) : PLACEHOLDER_ID]));
      const input = { ...step.payload, ...links, ...(step.method === 'logs.open' ? {} : { logId: PLACEHOLDER_ID }) };
      const parsed = api[step.method].input.safeParse(input);
      expect(parsed.success, `${step.method}: ${parsed.error?.issues.map((issue) => issue.path.join('.')).join(', ')}`).toBe(true);
    }
  });
});
