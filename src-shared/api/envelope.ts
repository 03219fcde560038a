import type { ErrorCode, ErrorParams } from '../domain/errors';

/** Every answer from the main process, over any transport. `message` is in the user's language. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  params: ErrorParams;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The object the preload exposes as `window.stafett`, and the web host's client implements. */
export interface StafettBridge {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  subscribe(topic: string, listener: (message: unknown) => void): () => void;
}
