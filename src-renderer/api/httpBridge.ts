import type { Envelope, StafettBridge } from '../../src-shared/api/envelope';

const TOKEN_KEY = 'stafett.token';

/**
 * The web host opens the page as /#token=…: take the token once, keep it for this tab only, and remove it
 * from the address bar so it is not bookmarked, shared or shown on a meeting-room screen.
 */
export function takeToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The same bridge the Electron preload gives, over the web host's HTTP and Server-Sent Events. */
export function createHttpBridge(token: string): StafettBridge {
  const listeners = new Map<string, Set<(message: unknown) => void>>();
  const wired = new Set<string>();
  let source: EventSource | undefined;

  const ensureSource = (topic: string) => {
    source ??= new EventSource(`./api/events?token=${encodeURIComponent(token)}`);
    if (!wired.has(topic)) {
      wired.add(topic);
      source.addEventListener(topic, (event) => {
        const data = parse((event as MessageEvent<string>).data);
        for (const listener of listeners.get(topic) ?? []) listener(data);
      });
    }
  };

  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await fetch(`./api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return unreachable();
      }
      try {
        return (await response.json()) as Envelope<unknown>;
      } catch {
        return unreachable();
      }
    },
    subscribe(topic, listener) {
      let set = listeners.get(topic);
      if (!set) listeners.set(topic, (set = new Set()));
      set.add(listener);
      ensureSource(topic);
      return () => set.delete(listener);
    },
  };
}

function parse(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return {};
  }
}

function unreachable(): Envelope<unknown> {
  return { ok: false, error: { code: 'internal', message: '', params: {} } };
}
