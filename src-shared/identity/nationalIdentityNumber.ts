/**
 * Norwegian national identity numbers (fødselsnummer, D-number, H-number, synthetic test numbers).
 *
 * The check digits follow Skatteetaten's rules, including the change from 1 January 2032: k1 may then be
 * 11, 12, 13 or 14 minus the remainder (up to four valid values) while k2 is computed as before. Numbers
 * issued from 2032 carry neither gender nor century, so a birth date is never derived from the number alone:
 * this module only says whether a number is well-formed and what kind it is.
 */

export type NationalIdKind = 'fodselsnummer' | 'dNumber' | 'hNumber' | 'synthetic';

export type NationalIdProblem = 'format' | 'date' | 'checkDigits';

export type NationalIdResult =
  | { valid: true; kind: NationalIdKind }
  | { valid: false; problem: NationalIdProblem };

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function weightedRemainder(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digits[i]! * weights[i]!;
  return sum % 11;
}

/** The valid first check digits for the nine first digits. `from2032` admits the extended rule. */
export function validFirstCheckDigits(nine: readonly number[], from2032: boolean): number[] {
  const remainder = weightedRemainder(nine, K1_WEIGHTS);
  const bases = from2032 ? [11, 12, 13, 14] : [11];
  const digits = new Set<number>();
  for (const base of bases) {
    const k = (base - remainder) % 11;
    // 11 − 0 = 11 becomes 0; a result of 10 is never a digit.
    if (k !== 10) digits.add(k);
  }
  return [...digits];
}

/** The second check digit for the ten first digits, or null when the rule gives 10 (invalid). */
export function secondCheckDigit(ten: readonly number[]): number | null {
  const k = (11 - weightedRemainder(ten, K2_WEIGHTS)) % 11;
  return k === 10 ? null : k;
}

function isRealDate(day: number, month: number, twoDigitYear: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Century is unknown; 29 February is allowed because some century makes it a leap year (2000 does).
  const daysInMonth = [31, twoDigitYear % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= daysInMonth[month - 1]!;
}

export interface NationalIdOptions {
  /** Apply the check-digit rule in force on this date (ISO yyyy-mm-dd). Defaults to the rule from 2032, which accepts every older number too. */
  ruleDate?: string;
}

interface DateDigits {
  kind: NationalIdKind;
  day: number;
  month: number;
  /** The birth year's last two digits: the number never tells the century. */
  twoDigitYear: number;
}

/** The date part of eleven digits, with the D-number (day + 40), H-number (month + 40) and synthetic (month + 80) offsets taken off. */
function dateDigits(d: readonly number[]): DateDigits {
  let day = d[0]! * 10 + d[1]!;
  let month = d[2]! * 10 + d[3]!;
  const twoDigitYear = d[4]! * 10 + d[5]!;
  let kind: NationalIdKind = 'fodselsnummer';
  if (day > 40) {
    kind = 'dNumber';
    day -= 40;
  }
  if (month > 80) {
    kind = 'synthetic';
    month -= 80;
  } else if (month > 40) {
    kind = kind === 'dNumber' ? kind : 'hNumber';
    month -= 40;
  }
  return { kind, day, month, twoDigitYear };
}

const digitsOf = (input: string): number[] | null => {
  const value = input.replace(/\s+/g, '');
  return /^\d{11}$/.test(value) ? [...value].map(Number) : null;
};

export function validateNationalId(input: string, options: NationalIdOptions = {}): NationalIdResult {
  const d = digitsOf(input);
  if (!d) return { valid: false, problem: 'format' };
  const { kind, day, month, twoDigitYear } = dateDigits(d);
  if (!isRealDate(day, month, twoDigitYear)) return { valid: false, problem: 'date' };

  const from2032 = (options.ruleDate ?? '2032-01-01') >= '2032-01-01';
  if (!validFirstCheckDigits(d.slice(0, 9), from2032).includes(d[9]!)) {
    return { valid: false, problem: 'checkDigits' };
  }
  if (secondCheckDigit(d.slice(0, 10)) !== d[10]) return { valid: false, problem: 'checkDigits' };
  return { valid: true, kind };
}

/**
 * Whether the number's date part fits a birth date (yyyy-mm-dd): same day, month and last two digits of the
 * year. It checks a date the user gave against the number; it never derives one (the number has no century).
 */
export function nationalIdFitsBirthDate(nationalId: string, birthDate: string): boolean {
  const d = digitsOf(nationalId);
  if (!d) return false;
  const { day, month, twoDigitYear } = dateDigits(d);
  const [year, birthMonth, birthDay] = birthDate.split('-').map(Number) as [number, number, number];
  return day === birthDay && month === birthMonth && twoDigitYear === year % 100;
}

/** Completes nine digits with check digits (the classic rule); null when no valid number exists. Used to make synthetic test data. */
export function withCheckDigits(nine: string): string | null {
  // Anything but nine digits would otherwise come back as a string with "NaN" in it.
  if (!/^\d{9}$/.test(nine)) return null;
  const digits = [...nine].map(Number);
  const [k1] = validFirstCheckDigits(digits, false);
  if (k1 === undefined) return null;
  const k2 = secondCheckDigit([...digits, k1]);
  return k2 === null ? null : `${nine}${k1}${k2}`;
}
