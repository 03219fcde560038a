import { withCheckDigits } from '../../../src-shared/identity/nationalIdentityNumber';
import type { Random } from './random';

/**
 * Synthetic national identity numbers: a real birth date with the month raised by 80 (the test-number
 * convention), individual digits 500–999 as for children born 2000–2039, and valid check digits.
 * Such a number can never belong to a real person.
 */
export function syntheticNationalId(rng: Random, birthDate: string): string {
  const [year, month, day] = birthDate.split('-') as [string, string, string];
  const prefix = `${day}${String(Number(month) + 80)}${year.slice(2)}`;
  // About one in eleven individual numbers gives a check digit of 10; try another.
  for (;;) {
    const number = withCheckDigits(`${prefix}${rng.int(500, 999)}`);
    if (number !== null) return number;
  }
}
