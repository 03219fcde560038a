import { describe, expect, it } from 'vitest';
import type { Core, TopicListener } from '../../src-main/core/api/Core';
import { CALL_CHANNEL, PUSH_CHANNEL } from '../../src-main/electron/channels';
import { bindIpc, type IpcWindow } from '../../src-main/electron/ipc';

interface FakeFrame {
  url: string;
  processId: number;
  routingId: number;
}
type Handler = (event: { senderFrame: FakeFrame | null }, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, handler: Handler) => void handlers.set(channel, handler),
    removeHandler: (channel: string) => void handlers.delete(channel),
  };
  const mainFrame: FakeFrame = { url: 'app://stafett/index.html', processId: 4, routingId: 1 };
  const sent: unknown[][] = [];
  let destroyed = false;
  const window = {
    isDestroyed: () => destroyed,
    webContents: { mainFrame, isDestroyed: () => destroyed, send: (...args: unknown[]) => void sent.push(args) },
  };
  const dispatched: [string, unknown][] = [];
  const listeners = new Set<TopicListener>();
  const core: Core = {
    async dispatch(method, input) {
      dispatched.push([method, input]);
      return { ok: true, value: { method } };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async close() {},
  };
  const unbind = bindIpc({ ipcMain: ipcMain as never, core, window: window as unknown as IpcWindow });
  const call = (senderFrame: FakeFrame | null, method: unknown, input: unknown = {}) => handlers.get(CALL_CHANNEL)!({ senderFrame }, method, input);
  const push: TopicListener = (topic, message) => listeners.forEach((listener) => listener(topic, message));
  return { handlers, mainFrame, sent, dispatched, call, push, unbind, listeners, destroy: () => (destroyed = true) };
}

describe('the IPC binding', () => {
  it('passes a call from our own page to the core and answers its envelope unchanged', async () => {
    const { call, mainFrame, dispatched } = setup();
    const input = { logId: '0190a0a0-0000-7000-8000-000000000001' };
    expect(await call(mainFrame, 'log.header', input)).toEqual({ ok: true, value: { method: 'log.header' } });
    expect(dispatched).toEqual([['log.header', input]]);
  });

  it('refuses a frame that is not the main frame of our window', async () => {
    const { call, dispatched } = setup();
    const iframe = { url: 'app://stafett/index.html', processId: 4, routingId: 7 };
    expect(await call(iframe, 'session.status')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatched).toEqual([]);
  });

  it('refuses our main frame once it shows anything but the app:// page', async () => {
    const { call, mainFrame, dispatched } = setup();
    for (const url of ['http://127.0.0.1:4780/', 'https://evil.example/', 'file:///C:/index.html', 'app://stafettx/index.html', 'app://evil/']) {
      mainFrame.url = url;
      expect(await call(mainFrame, 'session.status'), url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(dispatched).toEqual([]);
  });

  it('refuses a call whose frame is gone', async () => {
    const { call, dispatched } = setup();
    expect(await call(null, 'session.status')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(dispatched).toEqual([]);
  });

  it('answers a method name that is not a string without reaching the core', async () => {
    const { call, mainFrame, dispatched } = setup();
    expect(await call(mainFrame, { toString: () => 'session.status' })).toMatchObject({ ok: false, error: { code: 'unknownMethod' } });
    expect(dispatched).toEqual([]);
  });

  it('pushes topic messages to the window, and stops once unbound', () => {
    const { push, sent, unbind, handlers, listeners } = setup();
    push('log.changed', { logId: 'x' });
    expect(sent).toEqual([[PUSH_CHANNEL, 'log.changed', { logId: 'x' }]]);
    unbind();
    expect(listeners.size).toBe(0);
    expect(handlers.has(CALL_CHANNEL)).toBe(false);
  });

  it('sends nothing to a closed window', () => {
    const { push, sent, destroy } = setup();
    destroy();
    push('logs.changed', {});
    expect(sent).toEqual([]);
  });
});
