import type { IpcRenderer } from 'electron';
import { METHOD_NAMES, topics } from '../../src-shared/api/contract';
import type { Envelope, StafettBridge } from '../../src-shared/api/envelope';
import type { ErrorCode } from '../../src-shared/domain/errors';
import { errorMessage } from '../../src-shared/i18n/errors';
import { CALL_CHANNEL, PUSH_CHANNEL } from './channels';

export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on'>;

const KNOWN_METHODS: ReadonlySet<string> = new Set(METHOD_NAMES);
const KNOWN_TOPICS: ReadonlySet<string> = new Set(Object.keys(topics));

/**
 * window.stafett: exactly call() and subscribe() over the two channels, limited to the contract's names.
 * ipcRenderer itself, and the IPC event (whose `sender` is ipcRenderer), never reach the page.
 */
export function createBridge(ipc: BridgeIpc): StafettBridge {
  const listeners = new Map<string, Set<(message: unknown) => void>>();
  let receiving = false;

  return {
    async call(method: string, input: unknown): Promise<Envelope<unknown>> {
      if (typeof method !== 'string' || !KNOWN_METHODS.has(method)) return failure('unknownMethod');
      try {
        return (await ipc.invoke(CALL_CHANNEL, method, input)) as Envelope<unknown>;
      } catch {
        // The envelope promise never rejects, whatever happens to the channel.
        return failure('internal');
      }
    },

    subscribe(topic: string, listener: (message: unknown) => void): () => void {
      if (typeof topic !== 'string' || !KNOWN_TOPICS.has(topic)) throw new TypeError('Unknown topic');
      if (typeof listener !== 'function') throw new TypeError('The listener must be a function');
      if (!receiving) {
        receiving = true;
        ipc.on(PUSH_CHANNEL, (_event, pushedTopic: unknown, message: unknown) => {
          if (typeof pushedTopic !== 'string') return;
          for (const each of listeners.get(pushedTopic) ?? []) each(message);
        });
      }
      const forTopic = listeners.get(topic) ?? new Set();
      listeners.set(topic, forTopic);
      // A wrapper per subscription, so subscribing the same function twice gives two independent unsubscribes.
      const entry = (message: unknown) => listener(message);
      forTopic.add(entry);
      return () => void forTopic.delete(entry);
    },
  };
}

function failure(code: ErrorCode): Envelope<never> {
  return { ok: false, error: { code, message: errorMessage(code, {}, 'nb'), params: {} } };
}
