import { MutationCache, QueryCache, QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { isApiError, type ApiClient } from './client';
import { keys } from './keys';

const ClientContext = createContext<ApiClient | null>(null);

/** Provides the typed client and a query cache that follows the main process's push topics. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const [queryClient] = useState(() => {
    // A call refused because the core locked itself means the session changed: ask for it again.
    const onError = (error: unknown) => {
      if (isApiError(error, 'locked', 'notSignedIn')) void queryClient.invalidateQueries({ queryKey: keys.session });
    };
    const queryClient: QueryClient = new QueryClient({
      queryCache: new QueryCache({ onError }),
      mutationCache: new MutationCache({ onError }),
      defaultOptions: {
        queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      },
    });
    return queryClient;
  });
  return (
    <ClientContext.Provider value={client}>
      <QueryClientProvider client={queryClient}>
        <TopicBinding client={client} />
        {children}
      </QueryClientProvider>
    </ClientContext.Provider>
  );
}

function TopicBinding({ client }: { client: ApiClient }) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const offs = [
      client.subscribe('session.changed', (status) => {
        queryClient.setQueryData(keys.session, status);
        // Nothing of a child's log may stay in memory behind a lock screen.
        if (status.state !== 'unlocked') queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== keys.session[0] });
      }),
      client.subscribe('logs.changed', () => void queryClient.invalidateQueries({ queryKey: keys.logs })),
      client.subscribe('log.changed', ({ logId }) => {
        void queryClient.invalidateQueries({ queryKey: keys.log(logId) });
        void queryClient.invalidateQueries({ queryKey: keys.logs });
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [client, queryClient]);
  return null;
}

export function useApi(): ApiClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
}
