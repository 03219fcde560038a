import type { EntryKind } from '../../../../src-shared/domain/vocabulary';

/** The text fields of each entry kind that search looks in (dates and codes are left out). */
export const SEARCHABLE_FIELDS: Record<EntryKind, readonly string[]> = {
  logOpened: ['childName', 'unit'],
  concern: ['observation', 'childVoice', 'guardianView', 'developmentAreas'],
  brightSpot: ['text'],
  note: ['text'],
  measure: ['goal', 'description', 'responsiblePerson'],
  evaluation: ['whatHappened'],
  levelChange: ['reason'],
};

/** What the search index holds for one entry. */
export function searchTextOf(kind: EntryKind, fields: Record<string, unknown>): string {
  return SEARCHABLE_FIELDS[kind]
    .map((field) => fields[field])
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .join('\n');
}

/** The one search token that stands for a log: FTS5 cannot index an id with dashes as a single token. */
export function logToken(logId: string): string {
  return `l${logId.replaceAll('-', '')}`;
}

/**
 * Turns what the user typed into an FTS5 query that cannot be read as FTS5 syntax: each word becomes a quoted
 * token (quotes doubled), every word must match, and the last one matches as a prefix, so results follow typing.
 * Returns null when nothing searchable is left.
 */
export function ftsQuery(input: string): string | null {
  const words = input.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return null;
  return words.map((word, index) => `"${word.replaceAll('"', '""')}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}

/** The words in the text column, within the given logs. */
export function ftsQueryInLogs(words: string, logIds: readonly string[]): string {
  return `text : (${words}) AND log : (${logIds.map(logToken).join(' OR ')})`;
}
