import type { IncomingMessage } from 'node:http';
import type { Envelope } from '../../src-shared/api/envelope';
import { errorMessage } from '../../src-shared/i18n/errors';

export type BodyResult =
  | { kind: 'json'; value: unknown }
  | { kind: 'invalid'; envelope: Envelope<never> }
  | { kind: 'tooLarge' };

/**
 * Reads a request body of at most `limit` bytes and parses it as JSON. Text that is not JSON is answered like
 * any other bad input, with a validation envelope, so the renderer shows one kind of error for both.
 */
export async function readJsonBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) return discard(request);

  const text = await new Promise<string | null>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      // Keeps reading (and dropping) the rest, so the client gets to read the 413 instead of a reset.
      request.off('data', onData);
      request.resume();
      resolve(null);
    };
    request.on('data', onData);
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
  if (text === null) return { kind: 'tooLarge' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'invalid', envelope: invalidJson() };
  }
}

function discard(request: IncomingMessage): BodyResult {
  request.resume();
  return { kind: 'tooLarge' };
}

function invalidJson(): Envelope<never> {
  return { ok: false, error: { code: 'validation', message: errorMessage('validation', {}, 'nb'), params: {} } };
}
