import { z } from 'zod';
import { Actor, level, service } from '../domain/events';
import { ENTRY_KINDS, LOCALES, MEASURE_STATUSES } from '../domain/vocabulary';

/** What the API returns. Plain data, safe to send to the renderer. */

export const Locale = z.enum(LOCALES);

export const SessionStatus = z.object({
  /** none: no profile yet (first run); locked: a profile waits for its passphrase; unlocked: ready. */
  state: z.enum(['none', 'locked', 'unlocked']),
  user: Actor.nullable(),
  locale: Locale,
  /** Minutes of inactivity before the app locks itself. */
  idleLockMinutes: z.number().int(),
});
export type SessionStatus = z.infer<typeof SessionStatus>;

export const Person = z.object({ name: z.string(), unit: z.string(), service });
export type Person = z.infer<typeof Person>;

export const Holder = Person.extend({ userId: z.string() });

export const LogSummary = z.object({
  logId: z.string(),
  childName: z.string(),
  birthDate: z.string(),
  unit: z.string(),
  level,
  holder: Holder,
  openedAt: z.string(),
  lastActivityAt: z.string(),
  /** The earliest evaluation date among measures that have not ended, if any. */
  nextEvaluationDue: z.string().nullable(),
  entryCount: z.number().int(),
});
export type LogSummary = z.infer<typeof LogSummary>;

export const LogHeader = LogSummary.extend({
  nationalId: z.string(),
});
export type LogHeader = z.infer<typeof LogHeader>;

export const Amendment = z.object({
  amendmentId: z.string(),
  author: Person,
  at: z.string(),
  reason: z.string(),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
});
export type Amendment = z.infer<typeof Amendment>;

export const TimelineEntry = z.object({
  entryId: z.string(),
  seq: z.number().int(),
  kind: z.enum(ENTRY_KINDS),
  author: Person,
  authorId: z.string(),
  at: z.string(),
  /** The entry's fields as they stand now; `original` holds them as first written when amended. */
  fields: z.record(z.string(), z.unknown()),
  original: z.record(z.string(), z.unknown()).nullable(),
  amendments: z.array(Amendment),
  /** For an evaluation: the goal of the measure it evaluates. */
  measureGoal: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const TimelinePage = z.object({
  entries: z.array(TimelineEntry),
  /** Pass as `before` to get the next (older) page; null at the log's beginning. */
  nextBefore: z.number().int().nullable(),
  total: z.number().int(),
});
export type TimelinePage = z.infer<typeof TimelinePage>;

export const Measure = z.object({
  measureId: z.string(),
  goal: z.string(),
  responsiblePerson: z.string(),
  responsibleService: service,
  startDate: z.string(),
  evaluationDate: z.string(),
  status: z.enum(MEASURE_STATUSES),
});
export type Measure = z.infer<typeof Measure>;

export const SearchHit = z.object({
  logId: z.string(),
  childName: z.string(),
  entryId: z.string().nullable(),
  kind: z.enum(ENTRY_KINDS),
  at: z.string(),
  /** Text around the match; the matched words are wrapped in [[ and ]]. */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** The newest hits up to the limit, and whether older ones were left out. */
export const SearchResult = z.object({ hits: z.array(SearchHit), more: z.boolean() });
export type SearchResult = z.infer<typeof SearchResult>;

export const Written = z.object({ logId: z.string(), entryId: z.string() });
