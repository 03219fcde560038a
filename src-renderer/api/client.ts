import type { InputOf, MethodName, OutputOf, TopicMessage, TopicName } from '../../src-shared/api/contract';
import type { ApiError, StafettBridge } from '../../src-shared/api/envelope';

/** A failed call: carries the typed error from the envelope. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.code);
    this.name = 'ApiCallError';
  }
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
  subscribe<T extends TopicName>(topic: T, listener: (message: TopicMessage<T>) => void): () => void;
}

export function createClient(bridge: StafettBridge): ApiClient {
  return {
    async call(method, input) {
      const envelope = await bridge.call(method, input);
      if (!envelope.ok) throw new ApiCallError(envelope.error);
      return envelope.value as never;
    },
    subscribe(topic, listener) {
      return bridge.subscribe(topic, listener as (message: unknown) => void);
    },
  };
}

export function isApiError(error: unknown, ...codes: ApiError['code'][]): error is ApiCallError {
  return error instanceof ApiCallError && (codes.length === 0 || codes.includes(error.error.code));
}
