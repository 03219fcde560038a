import { ageOn } from '../../src-shared/util/dates';
import type { Messages } from '../i18n/nb';

/** A child's age as staff say it: whole years, or months for the youngest (health clinics follow infants). */
export function formatAge(t: Messages, birthDate: string, today: string): string {
  const years = ageOn(birthDate, today);
  if (years >= 1) return t.ageYears(years);
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  const months = Math.max(0, (ty - by) * 12 + (tm - bm) - (td < bd ? 1 : 0));
  return t.ageMonths(months);
}
