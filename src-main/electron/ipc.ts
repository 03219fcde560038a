import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/api/Core';
import type { Envelope } from '../../src-shared/api/envelope';
import { errorMessage } from '../../src-shared/i18n/errors';
import { APP_ORIGIN } from './appProtocol';
import { CALL_CHANNEL, PUSH_CHANNEL } from './channels';

export type IpcWindow = Pick<BrowserWindow, 'isDestroyed'> & { webContents: Pick<BrowserWindow['webContents'], 'mainFrame' | 'send' | 'isDestroyed'> };
type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/**
 * The one IPC entry point. Only the top frame of our own window, showing our own app:// page, may call the
 * core: an iframe, a page that somehow navigated elsewhere, or another window is refused before dispatch.
 */
export function isTrustedSender(event: SenderEvent, window: IpcWindow): boolean {
  const frame = event.senderFrame;
  if (!frame || window.isDestroyed() || window.webContents.isDestroyed()) return false;
  const main = window.webContents.mainFrame;
  return frame.processId === main.processId && frame.routingId === main.routingId && frame.url.startsWith(`${APP_ORIGIN}/`);
}

export function bindIpc(options: { ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>; core: Core; window: IpcWindow }): () => void {
  const { ipcMain, core, window } = options;

  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event, window)) return forbidden();
    if (typeof method !== 'string') return { ok: false, error: { code: 'unknownMethod', message: errorMessage('unknownMethod', {}, 'nb'), params: {} } };
    return core.dispatch(method, input);
  });

  const unsubscribe = core.subscribe((topic, message) => {
    if (!window.isDestroyed() && !window.webContents.isDestroyed()) window.webContents.send(PUSH_CHANNEL, topic, message);
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(CALL_CHANNEL);
  };
}

function forbidden(): Envelope<never> {
  return { ok: false, error: { code: 'forbidden', message: errorMessage('forbidden', {}, 'nb'), params: {} } };
}
