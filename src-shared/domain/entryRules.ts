import { nationalIdFitsBirthDate } from '../identity/nationalIdentityNumber';
import type { FieldProblem } from './errors';
import type { EntryKind } from './vocabulary';

/** The fields of each kind that say when something already happened: a birth, an observation, a contact. */
const PAST_DATE_FIELDS: Partial<Record<EntryKind, readonly string[]>> = {
  logOpened: ['birthDate'],
  concern: ['observedOn'],
  brightSpot: ['observedOn'],
  note: ['occurredOn'],
};

/**
 * The rules that look at more than one field of an entry, or at today: checked when an entry is written, and
 * again on its fields as they stand after an amendment, so a correction cannot make an entry that could not be
 * written. `today` is the calendar date in Norway (yyyy-mm-dd); dates are ISO strings, which sort as dates.
 */
export function entryFieldProblems(kind: EntryKind, fields: Readonly<Record<string, unknown>>, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of PAST_DATE_FIELDS[kind] ?? []) {
    const value = fields[field];
    if (typeof value === 'string' && value > today) problems.push({ path: field, problem: 'dateInFuture' });
  }
  if (kind === 'logOpened') {
    const { nationalId, birthDate } = fields;
    // A typo in either is caught here, where it would otherwise put the log on the wrong child.
    if (typeof nationalId === 'string' && nationalId !== '' && typeof birthDate === 'string' && !nationalIdFitsBirthDate(nationalId, birthDate)) {
      problems.push({ path: 'nationalId', problem: 'nationalIdNotBirthDate' });
    }
  }
  if (kind === 'measure' && String(fields.evaluationDate) < String(fields.startDate)) {
    problems.push({ path: 'evaluationDate', problem: 'evaluationBeforeStart' });
  }
  return problems;
}
