import { readFile } from 'node:fs/promises';
import { SECURITY_HEADERS } from '../common/securityHeaders';
import { lookupStaticFile } from '../common/staticFiles';

/**
 * The renderer is served from app://stafett/, never file://: a standard, secure origin of its own, so the
 * CSP, 'self' and the IPC sender check all have one exact origin to hold on to.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'stafett';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** For protocol.registerSchemesAsPrivileged, before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** The handler for protocol.handle(APP_SCHEME, …): the built renderer folder, and nothing outside it. */
export function createAppProtocolHandler(staticDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404);
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const found = await lookupStaticFile(staticDir, url.pathname);
    if (!found.ok) return refuse(found.status);
    const headers = { ...SECURITY_HEADERS, 'Content-Type': found.contentType, 'Cache-Control': found.cacheControl };
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    return new Response(new Uint8Array(await readFile(found.filePath)), { status: 200, headers });
  };
}

function refuse(status: number): Response {
  return new Response(null, { status, headers: { ...SECURITY_HEADERS } });
}
