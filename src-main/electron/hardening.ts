import type { Session, WebContents } from 'electron';

/**
 * Shuts the doors Chromium leaves open: the renderer may not navigate away, open windows, attach webviews,
 * ask for permissions or reach the network. The app never needs any of it; a compromised renderer would.
 */

export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
export type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest'>;

export function hardenWebContents(contents: HardenableContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * The renderer talks to the main process only. Sync and updates run in the main process (Node's fetch,
 * electron-updater's own session), so blocking the default session's network costs nothing.
 */
export const BLOCKED_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file:///*'];

export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: BLOCKED_URLS }, (_details, callback) => callback({ cancel: true }));
}
