import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

/**
 * One polite live region for the whole app: what was saved, what was found. Screen readers hear it; sighted
 * users see the same words where the message belongs.
 */
interface StatusApi {
  announce: (message: string) => void;
}

const StatusContext = createContext<StatusApi>({ announce: () => {} });

export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    // Clearing first makes a repeated message be read again.
    setMessage('');
    requestAnimationFrame(() => setMessage(text));
  }, []);
  return (
    <StatusContext.Provider value={{ announce }}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="live-status">
        {message}
      </div>
    </StatusContext.Provider>
  );
}

export const useStatus = () => useContext(StatusContext);
