import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  secondCheckDigit,
  validFirstCheckDigits,
  validateNationalId,
  withCheckDigits,
} from '../../src-shared/identity/nationalIdentityNumber';

/*
 * Every number here is either computed by the test from a date and an individual number, or one of the worked
 * examples Skatteetaten publishes for the 2032 rule ("Nytt fødselsnummer fra 2032", which are not issued before
 * 2032). Numbers under the classic rule are built with synthetic dates (month + 80) wherever the kind allows.
 */

const CLASSIC = { ruleDate: '2031-12-31' };
const FROM_2032 = { ruleDate: '2032-01-01' };

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const digitsOf = (value: string) => [...value].map(Number);
const pad2 = (n: number) => String(n).padStart(2, '0');

/** The first individual number that completes a date (ddmmyy) under the classic rule. */
function complete(ddmmyy: string, from = 0): string {
  for (let individual = from; individual < 1000; individual++) {
    const number = withCheckDigits(`${ddmmyy}${String(individual).padStart(3, '0')}`);
    if (number) return number;
  }
  throw new Error('no individual number completes this date');
}

/** Replaces one digit of a number. */
function withDigit(number: string, position: number, digit: number): string {
  return number.slice(0, position) + String(digit) + number.slice(position + 1);
}

describe('a fødselsnummer', () => {
  it('is accepted with correct check digits, under the classic rule and the 2032 rule', () => {
    for (const number of ['02013299997', '30108299920', complete('150690'), complete('291200')]) {
      expect(validateNationalId(number, CLASSIC)).toEqual({ valid: true, kind: 'fodselsnummer' });
      expect(validateNationalId(number)).toEqual({ valid: true, kind: 'fodselsnummer' });
    }
  });

  it('matches the check digits worked out by hand in Skatteetaten’s example (020132 999 → 9 and 7)', () => {
    expect(validFirstCheckDigits(digitsOf('020132999'), false)).toEqual([9]);
    expect(secondCheckDigit(digitsOf('0201329999'))).toBe(7);
    expect(withCheckDigits('020132999')).toBe('02013299997');
  });

  it('is refused when it is not eleven digits', () => {
    for (const input of ['', '0201329999', '020132999970', '0201329999A', '020132-99997', 'abcdefghijk', '٠٢٠١٣٢٩٩٩٩٧']) {
      expect(validateNationalId(input)).toEqual({ valid: false, problem: 'format' });
    }
  });

  it('ignores spaces, tabs and line breaks around and inside the number', () => {
    for (const input of [' 02013299997 ', '020132 99997', '020 132 999 97', '\t02013299997\n', '020132\u00a099997']) {
      expect(validateNationalId(input)).toEqual({ valid: true, kind: 'fodselsnummer' });
    }
  });

  it('is refused when its date cannot exist, even with check digits that fit', () => {
    const impossible = ['000190', '320190', '310490', '300290', '290201', '150090', '151390', '153990'];
    for (const ddmmyy of impossible) {
      const number = complete(ddmmyy);
      expect(validateNationalId(number), ddmmyy).toEqual({ valid: false, problem: 'date' });
    }
  });

  it('allows 29 February in a two-digit year that is a leap year in some century', () => {
    expect(validateNationalId(complete('290200'))).toEqual({ valid: true, kind: 'fodselsnummer' });
    expect(validateNationalId(complete('290204'))).toEqual({ valid: true, kind: 'fodselsnummer' });
    expect(validateNationalId(complete('290203'))).toEqual({ valid: false, problem: 'date' });
  });

  it('is refused when either check digit is wrong', () => {
    const valid = '02013299997';
    expect(validateNationalId(withDigit(valid, 10, 8), CLASSIC)).toEqual({ valid: false, problem: 'checkDigits' });
    expect(validateNationalId(withDigit(valid, 9, 8), CLASSIC)).toEqual({ valid: false, problem: 'checkDigits' });
    expect(validateNationalId(withDigit(valid, 10, 8))).toEqual({ valid: false, problem: 'checkDigits' });
  });

  it('cannot exist under the classic rule when k1 would be 10, and every completion is refused', () => {
    // 299210999: the weighted sum leaves remainder 1, so k1 = 11 − 1 = 10.
    const nine = '299210999';
    expect(K1_WEIGHTS.reduce((sum, w, i) => sum + w * digitsOf(nine)[i]!, 0) % 11).toBe(1);
    expect(validFirstCheckDigits(digitsOf(nine), false)).toEqual([]);
    expect(withCheckDigits(nine)).toBeNull();
    for (let k = 0; k < 100; k++) {
      expect(validateNationalId(`${nine}${pad2(k)}`, CLASSIC).valid).toBe(false);
    }
  });

  it('cannot exist when k2 would be 10', () => {
    let found = 0;
    for (let individual = 0; individual < 1000; individual++) {
      const nine = `018120${String(individual).padStart(3, '0')}`;
      const [k1] = validFirstCheckDigits(digitsOf(nine), false);
      if (k1 === undefined || secondCheckDigit([...digitsOf(nine), k1]) !== null) continue;
      found++;
      expect(withCheckDigits(nine)).toBeNull();
      for (let k2 = 0; k2 < 10; k2++) expect(validateNationalId(`${nine}${k1}${k2}`).valid).toBe(false);
    }
    expect(found).toBeGreaterThan(0);
  });
});

describe('D-numbers, H-numbers and synthetic test numbers', () => {
  it('recognises a D-number by its day + 40', () => {
    for (const ddmmyy of ['410190', '710190', '690292']) {
      expect(validateNationalId(complete(ddmmyy))).toEqual({ valid: true, kind: 'dNumber' });
    }
    expect(validateNationalId(complete('720190'))).toEqual({ valid: false, problem: 'date' });
    expect(validateNationalId(complete('400190'))).toEqual({ valid: false, problem: 'date' });
  });

  it('recognises an H-number by its month + 40', () => {
    for (const ddmmyy of ['014190', '315290']) {
      expect(validateNationalId(complete(ddmmyy))).toEqual({ valid: true, kind: 'hNumber' });
    }
    expect(validateNationalId(complete('015390'))).toEqual({ valid: false, problem: 'date' });
    expect(validateNationalId(complete('304290'))).toEqual({ valid: false, problem: 'date' });
  });

  it('recognises a synthetic test number by its month + 80, also on a D-number', () => {
    for (const ddmmyy of ['018120', '319290', '418120']) {
      expect(validateNationalId(complete(ddmmyy))).toEqual({ valid: true, kind: 'synthetic' });
    }
    expect(validateNationalId(complete('019320'))).toEqual({ valid: false, problem: 'date' });
    expect(validateNationalId(complete('318420'))).toEqual({ valid: false, problem: 'date' });
  });

  it('keeps a D-number a D-number when its month also carries + 40', () => {
    expect(validateNationalId(complete('414190'))).toEqual({ valid: true, kind: 'dNumber' });
  });
});

describe('the 2032 rule for k1', () => {
  // Each k1 here is valid only as 12, 13 or 14 minus the remainder; k2 is computed as before.
  const extendedOnly = [
    '02013299903', // Skatteetaten's example: 020132 999, remainder 2, k1 = 13 − 2 = 11 → 0
    '30108299939', // Skatteetaten's example: 301082 999, remainder 9, k1 = 12 − 9 = 3
    '01812050083', // synthetic: remainder 4, k1 = 12 − 4 = 8
    '01812050091', // synthetic: remainder 4, k1 = 13 − 4 = 9
    '29921099906', // synthetic: remainder 1, where the classic k1 would be 10
    '41018045697', // D-number: k1 = 14 − remainder
  ];

  it('accepts these numbers by default and on or after 1 January 2032', () => {
    for (const number of extendedOnly) {
      expect(validateNationalId(number).valid, number).toBe(true);
      expect(validateNationalId(number, FROM_2032).valid, number).toBe(true);
      expect(validateNationalId(number, { ruleDate: '2040-06-30' }).valid, number).toBe(true);
    }
  });

  it('refuses them under the rule in force on 31 December 2031', () => {
    for (const number of extendedOnly) {
      expect(validateNationalId(number, CLASSIC), number).toEqual({ valid: false, problem: 'checkDigits' });
    }
  });

  it('leaves k2 as it was: it is still the classic k2 of the first ten digits, and a wrong k2 is refused', () => {
    for (const number of extendedOnly) {
      const d = digitsOf(number);
      expect(secondCheckDigit(d.slice(0, 10)), number).toBe(d[10]);
      for (let k2 = 0; k2 < 10; k2++) {
        if (k2 === d[10]) continue;
        expect(validateNationalId(withDigit(number, 10, k2)), number).toEqual({ valid: false, problem: 'checkDigits' });
      }
    }
  });

  it('allows exactly the k1 for which the weighted sum leaves 0, 1, 2 or 3 (Skatteetaten’s wording)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }), (nine) => {
        const remainder = K1_WEIGHTS.reduce((sum, w, i) => sum + w * nine[i]!, 0);
        const expected = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((k1) => (remainder + k1) % 11 <= 3);
        expect([...validFirstCheckDigits(nine, true)].sort()).toEqual(expected);
        // Three or four values (one of 11..14 minus the remainder may be 10), and the classic one among them.
        expect(expected.length).toBeGreaterThanOrEqual(3);
        for (const classic of validFirstCheckDigits(nine, false)) expect(expected).toContain(classic);
      }),
    );
  });
});

/** A valid date and individual number as nine digits, with the offsets of each kind of number. */
const nineDigits = fc
  .record({
    date: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
    individual: fc.integer({ min: 0, max: 999 }),
    kind: fc.constantFrom('fodselsnummer', 'dNumber', 'hNumber', 'synthetic'),
  })
  .map(({ date, individual, kind }) => {
    const day = date.getUTCDate() + (kind === 'dNumber' ? 40 : 0);
    const month = date.getUTCMonth() + 1 + (kind === 'hNumber' ? 40 : kind === 'synthetic' ? 80 : 0);
    const nine = `${pad2(day)}${pad2(month)}${pad2(date.getUTCFullYear() % 100)}${String(individual).padStart(3, '0')}`;
    return { nine, kind };
  });

const validClassicNumber = nineDigits
  .map(({ nine, kind }) => ({ number: withCheckDigits(nine), kind }))
  .filter((x): x is { number: string; kind: 'fodselsnummer' | 'dNumber' | 'hNumber' | 'synthetic' } => x.number !== null);

describe('properties of the check digits', () => {
  it('every number made by withCheckDigits from a real date validates, under both rules, as its kind', () => {
    fc.assert(
      fc.property(validClassicNumber, ({ number, kind }) => {
        expect(validateNationalId(number, CLASSIC)).toEqual({ valid: true, kind });
        expect(validateNationalId(number)).toEqual({ valid: true, kind });
      }),
    );
  });

  it('withCheckDigits gives up only when no pair of check digits makes a valid classic number', () => {
    fc.assert(
      fc.property(nineDigits, ({ nine }) => {
        if (withCheckDigits(nine) !== null) return;
        for (let k = 0; k < 100; k++) expect(validateNationalId(`${nine}${pad2(k)}`, CLASSIC).valid).toBe(false);
      }),
    );
  });

  it('withCheckDigits never completes anything but nine digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (input) => {
        fc.pre(!/^\d{9}$/.test(input));
        expect(withCheckDigits(input)).toBeNull();
      }),
    );
  });

  /*
   * Why a single wrong digit is always caught: the k2 check is a full mod-11 check over all eleven digits
   * (weights 5 4 3 2 7 6 5 4 3 2 and 1 for k2 itself). Changing one digit by δ (1 ≤ |δ| ≤ 9) changes that sum by
   * w·δ, and since 11 is prime and no weight is 0 mod 11, w·δ is never 0 mod 11. The k1 check alone would miss a
   * change of k2 (its weight there is 0), and under the 2032 rule it misses some changes by design; k2 catches
   * them, so the property holds under both rules, not only the classic one.
   */
  it('changing any single digit of a valid number makes it invalid, under the classic rule and the 2032 rule', () => {
    fc.assert(
      fc.property(
        validClassicNumber,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        ({ number }, position, shift) => {
          const changed = withDigit(number, position, (Number(number[position]) + shift) % 10);
          expect(validateNationalId(changed, CLASSIC).valid).toBe(false);
          expect(validateNationalId(changed).valid).toBe(false);
        },
      ),
    );
  });

  // Same argument: swapping neighbours changes the k2 sum by (wᵢ − wᵢ₊₁)·(b − a), and neighbouring weights always differ.
  it('swapping two different neighbouring digits makes a valid number invalid', () => {
    fc.assert(
      fc.property(validClassicNumber, fc.integer({ min: 0, max: 9 }), ({ number }, position) => {
        fc.pre(number[position] !== number[position + 1]);
        const swapped = number.slice(0, position) + number[position + 1] + number[position] + number.slice(position + 2);
        expect(validateNationalId(swapped).valid).toBe(false);
      }),
    );
  });

  it('every number the classic rule accepts, the 2032 rule accepts too', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (number) => {
        if (validateNationalId(number, CLASSIC).valid) expect(validateNationalId(number, FROM_2032).valid).toBe(true);
      }),
    );
  });
});
