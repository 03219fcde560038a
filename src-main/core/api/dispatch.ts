import { api, type MethodName } from '../../../src-shared/api/contract';
import type { Envelope } from '../../../src-shared/api/envelope';
import { parseOrThrow } from '../../../src-shared/api/validation';
import { StafettError } from '../../../src-shared/domain/errors';
import type { Locale } from '../../../src-shared/domain/vocabulary';
import { errorMessage } from '../../../src-shared/i18n/errors';
import type { HandlerContext, Handlers } from './handlers';

export interface DispatchOptions {
  handlers: Handlers;
  context: HandlerContext;
  locale: () => Locale;
  /** After a successful write: tell subscribers. */
  afterWrite: (method: MethodName, input: unknown, output: unknown) => void;
  /** Reports an unexpected failure. Gets the method and the error's class name only: never content. */
  reportInternal: (method: string, errorName: string) => void;
}

const isMethod = (name: string): name is MethodName => Object.hasOwn(api, name);

/**
 * The one way into the core: parse, check the session, run, answer an envelope. Bad input is refused before
 * any handler runs, so it never reaches the store.
 */
export function createDispatch(options: DispatchOptions) {
  return async function dispatch(method: string, input: unknown): Promise<Envelope<unknown>> {
    try {
      if (typeof method !== 'string' || !isMethod(method)) throw new StafettError('unknownMethod');
      const spec = api[method];
      const parsed = parseOrThrow(spec.input, input ?? {});
      if (spec.access === 'session') {
        options.context.session.requireUnlocked();
        options.context.session.touch();
      }
      const handler = options.handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
      const output = await handler(parsed, options.context);
      if (spec.effect === 'write') options.afterWrite(method, parsed, output);
      return { ok: true, value: output };
    } catch (error) {
      return { ok: false, error: toApiError(error, method, options) };
    }
  };
}

function toApiError(error: unknown, method: string, options: DispatchOptions) {
  if (error instanceof StafettError) {
    return { code: error.code, message: errorMessage(error.code, error.params, options.locale()), params: error.params };
  }
  options.reportInternal(String(method), error instanceof Error ? error.name : typeof error);
  return { code: 'internal' as const, message: errorMessage('internal', {}, options.locale()), params: {} };
}
