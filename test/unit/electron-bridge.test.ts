import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src-shared/api/contract';
import { createBridge, type BridgeIpc } from '../../src-main/electron/bridge';
import { CALL_CHANNEL, PUSH_CHANNEL } from '../../src-main/electron/channels';

function fakeIpc(answer: (...args: unknown[]) => Promise<unknown> = async () => ({ ok: true, value: 'answer' })) {
  const invoked: unknown[][] = [];
  const pushListeners: ((event: unknown, ...args: unknown[]) => void)[] = [];
  const ipc = {
    invoke: (...args: unknown[]) => {
      invoked.push(args);
      return answer(...args);
    },
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      if (channel === PUSH_CHANNEL) pushListeners.push(listener);
    },
  };
  const push = (topic: unknown, message: unknown) => pushListeners.forEach((listener) => listener({ sender: 'ipcRenderer' }, topic, message));
  return { ipc: ipc as unknown as BridgeIpc, invoked, push, pushListeners };
}

describe('window.stafett, the preload bridge', () => {
  it('exposes exactly call and subscribe', () => {
    expect(Object.keys(createBridge(fakeIpc().ipc)).sort()).toEqual(['call', 'subscribe']);
  });

  it('sends every contract method over the call channel and returns the envelope', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createBridge(ipc);
    for (const method of METHOD_NAMES) expect(await bridge.call(method, {})).toEqual({ ok: true, value: 'answer' });
    expect(invoked.map(([channel, method]) => [channel, method])).toEqual(METHOD_NAMES.map((method) => [CALL_CHANNEL, method]));
  });

  it('refuses a method outside the contract without touching IPC', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = createBridge(ipc);
    for (const method of ['store.exec', 'constructor', '__proto__', 'toString', '']) {
      expect(await bridge.call(method, {})).toMatchObject({ ok: false, error: { code: 'unknownMethod', message: 'Handlingen finnes ikke.' } });
    }
    expect(invoked).toEqual([]);
  });

  it('answers an internal-error envelope when the channel fails, never a rejection', async () => {
    const bridge = createBridge(fakeIpc(async () => Promise.reject(new Error('no handler'))).ipc);
    expect(await bridge.call('session.status', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('delivers only the message of a subscribed topic, not the IPC event', () => {
    const { ipc, push } = fakeIpc();
    const bridge = createBridge(ipc);
    const received: unknown[][] = [];
    bridge.subscribe('log.changed', (...args) => received.push(args));
    push('log.changed', { logId: 'a' });
    push('logs.changed', {});
    expect(received).toEqual([[{ logId: 'a' }]]);
  });

  it('stops delivering after unsubscribe', () => {
    const { ipc, push, pushListeners } = fakeIpc();
    const bridge = createBridge(ipc);
    const received: unknown[] = [];
    const first = bridge.subscribe('session.changed', (message) => received.push(['first', message]));
    bridge.subscribe('session.changed', (message) => received.push(['second', message]));
    first();
    push('session.changed', { state: 'locked' });
    expect(received).toEqual([['second', { state: 'locked' }]]);
    expect(pushListeners).toHaveLength(1);
  });

  it('refuses a topic outside the contract', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(() => bridge.subscribe('stafett:call', () => {})).toThrow(TypeError);
    expect(() => bridge.subscribe('__proto__', () => {})).toThrow(TypeError);
  });
});
