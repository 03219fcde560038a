import type { EntryKind } from '../../src-shared/domain/vocabulary';

/** Query keys: everything under ['log', id] belongs to one log and is invalidated together. */
export const keys = {
  session: ['session'] as const,
  logs: ['logs'] as const,
  mine: ['logs', 'mine'] as const,
  search: (query: string) => ['logs', 'search', query] as const,
  log: (logId: string) => ['log', logId] as const,
  header: (logId: string) => ['log', logId, 'header'] as const,
  timeline: (logId: string, kinds: readonly EntryKind[]) => ['log', logId, 'timeline', [...kinds].sort().join(',')] as const,
  measures: (logId: string) => ['log', logId, 'measures'] as const,
  concerns: (logId: string) => ['log', logId, 'concerns'] as const,
};
