import { useEffect } from 'react';
import { useApi } from '../api/ApiProvider';

const TOUCH_INTERVAL_MS = 60_000;
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** Tells the core the user is here, at most once a minute, so its idle lock waits while someone works. */
export function useIdleTouch(enabled: boolean) {
  const api = useApi();
  useEffect(() => {
    if (!enabled) return;
    let last = Date.now();
    const onActivity = () => {
      const now = Date.now();
      if (now - last < TOUCH_INTERVAL_MS) return;
      last = now;
      api.call('session.touch', {}).catch(() => {
        // A refused touch means the session is gone; the session.changed push shows the lock screen.
      });
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { passive: true, capture: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [api, enabled]);
}
