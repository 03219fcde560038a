import { describe, expect, it } from 'vitest';
import { BLOCKED_URLS, hardenSession, hardenWebContents, type HardenableContents, type HardenableSession } from '../../src-main/electron/hardening';

function preventable() {
  let prevented = false;
  return { event: { preventDefault: () => void (prevented = true) }, prevented: () => prevented };
}

describe('hardening the web contents', () => {
  const handlers = new Map<string, (event: unknown) => void>();
  let openHandler: (() => unknown) | undefined;
  const contents = {
    on: (name: string, handler: (event: unknown) => void) => void handlers.set(name, handler),
    setWindowOpenHandler: (handler: () => unknown) => void (openHandler = handler),
  };
  hardenWebContents(contents as unknown as HardenableContents);

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])('stops %s', (name) => {
    const { event, prevented } = preventable();
    handlers.get(name)!(event);
    expect(prevented()).toBe(true);
  });

  it('denies window.open', () => {
    expect(openHandler!()).toEqual({ action: 'deny' });
  });
});

describe('hardening the session', () => {
  let requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  let checkHandler: (() => boolean) | undefined;
  let deviceHandler: (() => boolean) | undefined;
  let filter: { urls: string[] } | undefined;
  let beforeRequest: ((details: unknown, callback: (response: { cancel: boolean }) => void) => void) | undefined;
  const session = {
    setPermissionRequestHandler: (handler: typeof requestHandler) => void (requestHandler = handler),
    setPermissionCheckHandler: (handler: typeof checkHandler) => void (checkHandler = handler),
    setDevicePermissionHandler: (handler: typeof deviceHandler) => void (deviceHandler = handler),
    webRequest: {
      onBeforeRequest: (f: { urls: string[] }, handler: typeof beforeRequest) => {
        filter = f;
        beforeRequest = handler;
      },
    },
  };
  hardenSession(session as unknown as HardenableSession);

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])('refuses a request for %s', (permission) => {
    const answers: boolean[] = [];
    requestHandler!({}, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
  });

  it('answers every permission check and device request with no', () => {
    expect(checkHandler!()).toBe(false);
    expect(deviceHandler!()).toBe(false);
  });

  it('cancels every network request from the renderer', () => {
    expect(filter).toEqual({ urls: BLOCKED_URLS });
    expect(BLOCKED_URLS).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const answers: unknown[] = [];
    beforeRequest!({ url: 'https://tracker.example/' }, (response) => answers.push(response));
    expect(answers).toEqual([{ cancel: true }]);
  });
});
