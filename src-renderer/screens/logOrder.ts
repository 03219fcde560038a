import type { LogSummary } from '../../src-shared/api/dto';
import type { Locale } from '../../src-shared/domain/vocabulary';

/** The columns of "Mine logger" a user can sort by; each is also the key of its heading in the catalogs (t.logs). */
export const LOG_ORDER_KEYS = ['child', 'age', 'unit', 'level', 'holder', 'lastActivity', 'nextEvaluation'] as const;
export type LogOrderKey = (typeof LOG_ORDER_KEYS)[number];
export type Direction = 'ascending' | 'descending';

export interface LogOrder {
  key: LogOrderKey;
  direction: Direction;
}

export function isLogOrder(value: unknown): value is LogOrder {
  if (typeof value !== 'object' || value === null) return false;
  const { key, direction } = value as Record<string, unknown>;
  return (LOG_ORDER_KEYS as readonly unknown[]).includes(key) && (direction === 'ascending' || direction === 'descending');
}

/** What the list shows first: the logs with the newest activity, as the core sends them. */
export const DEFAULT_LOG_ORDER: LogOrder = { key: 'lastActivity', direction: 'descending' };

/** The direction a column starts in when first chosen: what a user most likely looks for in it. */
const FIRST_DIRECTION: Record<LogOrderKey, Direction> = {
  child: 'ascending',
  age: 'ascending',
  unit: 'ascending',
  level: 'descending',
  holder: 'ascending',
  lastActivity: 'descending',
  nextEvaluation: 'ascending',
};

/** Choosing the sorted column again turns it round; another column starts in its own first direction. */
export function nextLogOrder(current: LogOrder, key: LogOrderKey): LogOrder {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: FIRST_DIRECTION[key] };
}

type Value = string | number | null;

const VALUE: Record<LogOrderKey, (log: LogSummary) => Value> = {
  child: (log) => log.childName,
  // Younger first when ascending: a later birth date is a lower age.
  age: (log) => -Date.parse(log.birthDate),
  unit: (log) => log.unit,
  level: (log) => log.level,
  holder: (log) => log.holder.name,
  lastActivity: (log) => log.lastActivityAt,
  nextEvaluation: (log) => log.nextEvaluationDue,
};

const TEXT_KEYS: ReadonlySet<LogOrderKey> = new Set(['child', 'unit', 'holder']);

/**
 * The logs in the chosen order, as a new array. Names sort by the language's alphabet (æ, ø, å last in Norwegian);
 * a log without a next evaluation goes last in either direction, as there is nothing to look at; ties keep the
 * core's order (newest activity first).
 */
export function sortLogs(logs: readonly LogSummary[], order: LogOrder, locale: Locale): LogSummary[] {
  const collator = new Intl.Collator(locale === 'en' ? 'en' : 'nb', { sensitivity: 'base', numeric: true });
  const value = VALUE[order.key];
  const sign = order.direction === 'ascending' ? 1 : -1;
  const compare = (a: Value, b: Value): number => {
    if (TEXT_KEYS.has(order.key)) return collator.compare(String(a), String(b));
    return a! < b! ? -1 : a! > b! ? 1 : 0;
  };
  return logs
    .map((log, index) => ({ log, index, value: value(log) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      return sign * compare(a.value, b.value) || a.index - b.index;
    })
    .map(({ log }) => log);
}
