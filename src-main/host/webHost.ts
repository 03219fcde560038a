import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/api/Core';
import { SECURITY_HEADERS } from '../common/securityHeaders';
import { lookupStaticFile } from '../common/staticFiles';
import { EventStreamHub } from './eventStream';
import { readJsonBody } from './requestBody';
import { bearerToken, newToken, tokenMatches } from './token';

export interface WebHostOptions {
  core: Core;
  /** 0 picks any free port. */
  port: number;
  /** The built renderer (dist/renderer). */
  staticDir: string;
}

export interface WebHost {
  /** Open this in a browser; the token travels in the fragment, which never reaches the server. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const MAX_BODY_BYTES = 1024 * 1024;
const API_PREFIX = '/api/';
const EVENTS_PATH = '/api/events';

/**
 * Serves the renderer and the core's API to a browser on this machine only: bound to 127.0.0.1, every API
 * call carries the per-launch token, and the Host and Origin checks stop other web pages (including
 * DNS-rebinding ones) from reaching it through the user's browser.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const { core, staticDir } = options;
  const token = newToken();
  const hub = new EventStreamHub(core);
  let allowedHosts: string[] = [];

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      // Nothing about the request is reported: it may carry personal data.
      if (!response.headersSent) sendText(response, 500, 'Internal error');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.includes(request.headers.host ?? '')) return sendText(response, 421, 'Misdirected request');
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
      return sendText(response, 403, 'Forbidden');
    }
    const target = request.url ?? '';
    if (!target.startsWith('/')) return sendText(response, 400, 'Bad request');
    const queryAt = target.indexOf('?');
    const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
    const query = new URLSearchParams(queryAt === -1 ? '' : target.slice(queryAt + 1));

    if (pathname === EVENTS_PATH) {
      if (request.method !== 'GET') return sendText(response, 405, 'Method not allowed', { Allow: 'GET' });
      if (!tokenMatches(token, query.get('token'))) return sendText(response, 401, 'Unauthorized');
      return hub.open(response, { ...SECURITY_HEADERS });
    }
    if (pathname.startsWith(API_PREFIX)) return handleCall(request, response, pathname.slice(API_PREFIX.length));
    return handleStatic(request, response, pathname);
  }

  async function handleCall(request: IncomingMessage, response: ServerResponse, encodedMethod: string): Promise<void> {
    if (request.method !== 'POST') return sendText(response, 405, 'Method not allowed', { Allow: 'POST' });
    if (!tokenMatches(token, bearerToken(request.headers.authorization))) return sendText(response, 401, 'Unauthorized');
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (contentType !== 'application/json') return sendText(response, 415, 'Unsupported media type');

    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (body.kind === 'tooLarge') return sendText(response, 413, 'Payload too large', { Connection: 'close' });
    const envelope = body.kind === 'json' ? await core.dispatch(safeDecode(encodedMethod), body.value) : body.envelope;
    const payload = JSON.stringify(envelope);
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(payload),
      'Cache-Control': 'no-store',
    });
    response.end(payload);
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendText(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const found = await lookupStaticFile(staticDir, pathname);
    if (!found.ok) return sendText(response, found.status, found.status === 404 ? 'Not found' : 'Bad request');
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': found.contentType,
      'Content-Length': found.size,
      'Cache-Control': found.cacheControl,
    });
    if (request.method === 'HEAD') return void response.end();
    createReadStream(found.filePath)
      .on('error', () => response.destroy())
      .pipe(response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        hub.close();
        server.close(() => resolve());
        // Open event streams and idle keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

function sendText(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extra,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
