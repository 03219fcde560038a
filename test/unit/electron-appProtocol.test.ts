import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/common/securityHeaders';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from '../../src-main/electron/appProtocol';

const SECRET = 'not-part-of-the-renderer';
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'stafett-protocol-'));
  mkdirSync(path.join(root, 'renderer', 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>Stafett</title>');
  writeFileSync(path.join(root, 'renderer', 'assets', 'index-abc123.js'), 'export {};');
  writeFileSync(path.join(root, 'renderer', 'assets', 'inter-latin.woff2'), 'font');
  writeFileSync(path.join(root, 'package.json'), SECRET);
  handle = createAppProtocolHandler(path.join(root, 'renderer'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the app:// protocol', () => {
  it('serves the entry page with the CSP and without caching', async () => {
    const response = await handle(new Request(APP_ENTRY_URL));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Stafett</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('serves the root as the entry page and assets with their MIME types', async () => {
    expect(await (await handle(new Request('app://stafett/'))).text()).toContain('<title>Stafett</title>');
    const script = await handle(new Request('app://stafett/assets/index-abc123.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handle(new Request('app://stafett/assets/inter-latin.woff2'))).headers.get('content-type')).toBe('font/woff2');
  });

  it('refuses to leave the renderer folder, however the path is encoded', async () => {
    for (const url of [
      'app://stafett/%2e%2e%2fpackage.json',
      'app://stafett/..%2fpackage.json',
      'app://stafett/assets/..%2f..%2fpackage.json',
      'app://stafett/..%5cpackage.json',
      'app://stafett/%2e%2e%5cpackage.json',
      'app://stafett/%252e%252e%252fpackage.json',
      'app://stafett/..%00/package.json',
    ]) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text(), url).not.toContain(SECRET);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers only its own host', async () => {
    expect((await handle(new Request('app://elsewhere/index.html'))).status).toBe(404);
  });

  it('answers a missing asset with 404', async () => {
    expect((await handle(new Request('app://stafett/assets/missing.js'))).status).toBe(404);
  });

  it('registers as a standard, secure scheme so the page is a proper origin', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
  });
});
