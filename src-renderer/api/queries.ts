import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { EntryKind } from '../../src-shared/domain/vocabulary';
import { useApi } from './ApiProvider';
import { keys } from './keys';

export const TIMELINE_PAGE = 100;
/** The most the timeline returns at once: a log with more concerns offers and names the newest this many. */
export const CONCERNS_LIMIT = 500;

export function useSession() {
  const api = useApi();
  return useQuery({ queryKey: keys.session, queryFn: () => api.call('session.status', {}), staleTime: Infinity });
}

export function useMyLogs() {
  const api = useApi();
  return useQuery({ queryKey: keys.mine, queryFn: () => api.call('logs.mine', {}) });
}

/** Hits shown at once: the newest; the user narrows the words to reach older ones. */
export const SEARCH_LIMIT = 50;

export function useSearch(query: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.search(query),
    queryFn: () => api.call('logs.search', { query, limit: SEARCH_LIMIT }),
    enabled: query.trim().length > 0,
  });
}

export function useLogHeader(logId: string) {
  const api = useApi();
  return useQuery({ queryKey: keys.header(logId), queryFn: () => api.call('log.header', { logId }) });
}

export function useMeasures(logId: string) {
  const api = useApi();
  return useQuery({ queryKey: keys.measures(logId), queryFn: () => api.call('log.measures', { logId }) });
}

/** The log's concerns, newest first, as they stand after amendments: what a measure can be linked to. */
export function useConcerns(logId: string) {
  const api = useApi();
  return useQuery({
    queryKey: keys.concerns(logId),
    queryFn: async () => (await api.call('log.timeline', { logId, kinds: ['concern'], limit: CONCERNS_LIMIT })).entries,
  });
}

/** The timeline, newest first, one page at a time: a log may hold thousands of entries. */
export function useTimeline(logId: string, kinds: readonly EntryKind[]) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: keys.timeline(logId, kinds),
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) =>
      api.call('log.timeline', {
        logId,
        limit: TIMELINE_PAGE,
        ...(kinds.length > 0 ? { kinds: [...kinds] } : {}),
        ...(pageParam !== undefined ? { before: pageParam } : {}),
      }),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}
