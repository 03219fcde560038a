import { createContext, useContext } from 'react';

/** The screens behind the lock. Kept in memory: nothing about a child goes into the address bar or history. */
export type Route = { name: 'logs' } | { name: 'newLog' } | { name: 'log'; logId: string; entryId?: string };

export interface Navigation {
  route: Route;
  navigate: (route: Route) => void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const value = useContext(NavigationContext);
  if (!value) throw new Error('useNavigation outside NavigationContext');
  return value;
}
