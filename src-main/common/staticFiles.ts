import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Maps a request path onto a file of the built renderer, for both transports. Anything that could leave the
 * folder (.., encoded separators, backslashes, drive letters, NUL, dotfiles, symlinks pointing out) is refused.
 */

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export function mimeType(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup =
  | { ok: true; filePath: string; contentType: string; cacheControl: string; size: number }
  | { ok: false; status: 400 | 404 };

const INDEX = 'index.html';

/** `pathname` is the raw (still percent-encoded) path of the request URL. */
export async function lookupStaticFile(root: string, pathname: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (!decoded.startsWith('/') || /[\\\0:]/.test(decoded)) return { ok: false, status: 400 };

  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) return { ok: false, status: 404 };
  if (segments.length === 0) segments.push(INDEX);

  const found = await fileInside(root, segments);
  if (found) return found;
  // The renderer may route by path; an extensionless miss is a page of the app, not a missing asset.
  if (!segments.at(-1)!.includes('.')) return (await fileInside(root, [INDEX])) ?? { ok: false, status: 404 };
  return { ok: false, status: 404 };
}

async function fileInside(root: string, segments: string[]): Promise<StaticLookup | null> {
  const candidate = path.join(root, ...segments);
  if (!isInside(root, candidate)) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return null;
    const info = await stat(realFile);
    if (!info.isFile()) return null;
    const isIndex = path.basename(realFile) === INDEX;
    return {
      ok: true,
      filePath: realFile,
      contentType: mimeType(realFile),
      // Vite puts content hashes in asset names; index.html names them, so it must never be cached.
      cacheControl: isIndex ? 'no-store' : segments[0] === 'assets' ? 'public, max-age=31536000, immutable' : 'no-cache',
      size: info.size,
    };
  } catch {
    return null;
  }
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
