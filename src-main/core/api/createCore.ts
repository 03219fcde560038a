import type { MethodName, TopicMessage, TopicName } from '../../../src-shared/api/contract';
import { LogService } from '../services/logService';
import { Session } from '../session/session';
import { openStore } from '../store/sqlite/openStore';
import type { Core, CoreOptions, TopicListener } from './Core';
import { createDispatch } from './dispatch';
import { handlers } from './handlers';

export const DEFAULT_IDLE_LOCK_MINUTES = 15;

/** Builds the core for one profile folder: the session, the log service while unlocked, and the dispatcher. */
export function createCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  const listeners = new Set<TopicListener>();
  const publish = <T extends TopicName>(topic: T, message: TopicMessage<T>) => {
    for (const listener of listeners) listener(topic, message);
  };

  let logService: LogService | null = null;
  const session = new Session({
    dataDir: options.dataDir,
    ...(options.keyProtector ? { keyProtector: options.keyProtector } : {}),
    idleLockMinutes: options.idleLockMinutes ?? DEFAULT_IDLE_LOCK_MINUTES,
    now,
    openStore,
    onChange: (status) => {
      // The log service belongs to one unlocked store; a lock drops it with its cached state.
      logService = null;
      publish('session.changed', status);
    },
  });

  const dispatch = createDispatch({
    handlers,
    context: {
      session,
      logs: () => {
        const { store, user } = session.requireUnlocked();
        logService ??= new LogService(store, user, now);
        return logService;
      },
    },
    locale: () => session.currentLocale(),
    afterWrite: (method: MethodName, _input, output) => {
      if (method.startsWith('log.') || method === 'logs.open') {
        publish('log.changed', { logId: (output as { logId: string }).logId });
        publish('logs.changed', {});
      }
    },
    reportInternal: (method, errorName) => {
      process.stderr.write(`stafett: internal error in ${method} (${errorName})\n`);
    },
  });

  return {
    dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      session.lock();
      listeners.clear();
    },
  };
}
