import type { EntryKind } from '../../src-shared/domain/vocabulary';
import { formatDate } from '../i18n/format';
import type { I18n } from '../i18n/I18n';

/** Which fields an entry shows, in reading order. Long texts come after the short facts. */
export const SHOWN_FIELDS: Record<EntryKind, readonly string[]> = {
  logOpened: ['childName', 'birthDate', 'nationalId', 'unit'],
  concern: ['observedOn', 'observation', 'childVoice', 'guardianView', 'developmentAreas'],
  brightSpot: ['observedOn', 'text'],
  note: ['occurredOn', 'contact', 'text'],
  measure: ['goal', 'description', 'responsiblePerson', 'responsibleService', 'startDate', 'evaluationDate'],
  evaluation: ['whatHappened', 'goalReached', 'decision', 'nextEvaluationDate'],
  levelChange: ['level', 'reason'],
};

/** Fields written as running text: shown as paragraphs, line breaks kept. */
export const LONG_TEXT_FIELDS = new Set(['observation', 'childVoice', 'guardianView', 'text', 'description', 'whatHappened', 'reason']);

const DATE_FIELDS = new Set(['birthDate', 'observedOn', 'occurredOn', 'startDate', 'evaluationDate', 'nextEvaluationDate']);

/** A national identity number in the timeline: the birth-date part only, so a shared screen does not show it whole. */
export function maskNationalId(value: string): string {
  return value.length === 11 ? `${value.slice(0, 6)} *****` : value;
}

/** A field's value as the user reads it: dates the Norwegian way, closed lists as their labels. */
export function formatFieldValue(i18n: I18n, field: string, value: unknown): string {
  const { t } = i18n;
  if (value === null || value === undefined || value === '') return '';
  const text = String(value);
  if (DATE_FIELDS.has(field)) return formatDate(text);
  switch (field) {
    case 'contact':
      return t.contacts[text as keyof typeof t.contacts] ?? text;
    case 'responsibleService':
    case 'service':
      return t.services[text as keyof typeof t.services] ?? text;
    case 'goalReached':
      return t.goalReached[text as keyof typeof t.goalReached] ?? text;
    case 'decision':
      return t.decisions[text as keyof typeof t.decisions] ?? text;
    case 'level':
      return t.levels.short(Number(value));
    case 'nationalId':
      return maskNationalId(text);
    default:
      return text;
  }
}

/** The label of a field on an entry of this kind (the bright spot's and note's "text" read differently). */
export function fieldLabel(i18n: I18n, kind: EntryKind, field: string): string {
  const { t } = i18n;
  if (field === 'text') return kind === 'note' ? t.entryForm.noteText : kind === 'brightSpot' ? t.entryForm.brightSpotText : t.fields.text!;
  return t.fields[field] ?? field;
}

const SUMMARY_WORDS = 6;
const SUMMARY_CHARS = 48;

/**
 * A concern in one line, for a checkbox or a link: its date and the first words of what was observed
 * (03.12.2026 – Sitter ofte alene i …). Enough to tell the concerns of one log apart, short enough to scan.
 */
export function concernSummary(fields: Record<string, unknown>): string {
  const date = typeof fields.observedOn === 'string' ? formatDate(fields.observedOn) : '';
  const words = String(fields.observation ?? '').split(/\s+/).filter(Boolean);
  let text = '';
  let taken = 0;
  for (const word of words) {
    if (taken === SUMMARY_WORDS || (taken > 0 && text.length + 1 + word.length > SUMMARY_CHARS)) break;
    text = taken === 0 ? word.slice(0, SUMMARY_CHARS) : `${text} ${word}`;
    taken++;
  }
  if (taken < words.length || text.length < (words[0]?.length ?? 0)) text += ' …';
  return date && text ? `${date} – ${text}` : date || text;
}
