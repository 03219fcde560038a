import { useCallback, useState } from 'react';

/**
 * State that outlives the component for this window's session (sessionStorage): a choice such as a sort order is
 * still there when the user comes back from a log. Only small UI choices go here, never anything from a log.
 */
export function useSessionState<T>(key: string, initial: T, isValid: (value: unknown) => value is T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
      return isValid(stored) ? stored : initial;
    } catch {
      return initial;
    }
  });
  const remember = useCallback(
    (next: T) => {
      setValue(next);
      try {
        sessionStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full or refused: the choice lasts as long as the screen, which is still correct.
      }
    },
    [key],
  );
  return [value, remember];
}
