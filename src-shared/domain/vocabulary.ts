/** The closed lists the domain speaks in. Labels in the user's language live in src-shared/i18n. */

export const LEVELS = [0, 1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

/** The municipal services that take part in a log (DOMAIN.md, People). */
export const SERVICES = [
  'kindergarten',
  'school',
  'healthNurse',
  'ppt',
  'childWelfare',
  'childPsychiatry',
  'gp',
  'nav',
  'other',
] as const;
export type Service = (typeof SERVICES)[number];

/** What can stand on a child's timeline. */
export const ENTRY_KINDS = [
  'logOpened',
  'concern',
  'brightSpot',
  'note',
  'measure',
  'evaluation',
  'levelChange',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const GOAL_REACHED = ['yes', 'partly', 'no'] as const;
export type GoalReached = (typeof GOAL_REACHED)[number];

export const EVALUATION_DECISIONS = ['continue', 'adjust', 'end'] as const;
export type EvaluationDecision = (typeof EVALUATION_DECISIONS)[number];

export const NOTE_CONTACTS = ['call', 'conversation', 'message', 'other'] as const;
export type NoteContact = (typeof NOTE_CONTACTS)[number];

export const MEASURE_STATUSES = ['planned', 'active', 'ended'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
