import type { Envelope } from '../../../src-shared/api/envelope';
import type { TopicMessage, TopicName } from '../../../src-shared/api/contract';

export type TopicListener = <T extends TopicName>(topic: T, message: TopicMessage<T>) => void;

/**
 * The main process's one API, whatever the transport. Electron's IPC binding and the web host both do only
 * their own checks (the sender frame; the per-launch token) and then call dispatch().
 */
export interface Core {
  /** Parses the input, checks the session and the caller's rights, runs the handler. Never throws. */
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>;
  /** Push topic messages (log changed, logs changed, session changed). */
  subscribe(listener: TopicListener): () => void;
  /** Locks (closes the database) and stops timers. */
  close(): Promise<void>;
}

/** Protects the wrapped database key once more with the OS (Electron's safeStorage: DPAPI on Windows). */
export interface KeyProtector {
  isAvailable(): boolean;
  protect(plain: Uint8Array): Uint8Array;
  unprotect(protectedBytes: Uint8Array): Uint8Array;
}

export interface CoreOptions {
  /** The profile folder: Electron's userData, or the web host's --data. */
  dataDir: string;
  keyProtector?: KeyProtector;
  /** Minutes of inactivity before the core locks itself (machine policy may set it). Default 15. */
  idleLockMinutes?: number;
  /** The clock; tests pass a fake. */
  now?: () => Date;
}
