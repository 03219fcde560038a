import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/api/Core';
import { createCore } from '../../src-main/core/api/createCore';
import { CONTENT_SECURITY_POLICY } from '../../src-main/common/securityHeaders';
import { startWebHost, type WebHost } from '../../src-main/host/webHost';
import { nextEvent, raw } from './host-support';

const OUTSIDE_SECRET = 'outside-the-renderer-folder';
const PROFILE = {
  name: 'Kari Testansatt',
  unit: 'Solsiden barnehage',
  service: 'kindergarten',
  passphrase: 'korrekt hest batteri stift',
  passphraseRepeat: 'korrekt hest batteri stift',
};

let root: string;
let core: Core;
let host: WebHost;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'stafett-host-'));
  const staticDir = path.join(root, 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Stafett</title><script type="module" src="./assets/app.js"></script>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'export {};');
  writeFileSync(path.join(root, 'outside.txt'), OUTSIDE_SECRET);
  symlinkSync(path.join(root, 'outside.txt'), path.join(staticDir, 'link.txt'));
  mkdirSync(path.join(root, 'data'));
  core = createCore({ dataDir: path.join(root, 'data') });
  host = await startWebHost({ core, port: 0, staticDir });
});

afterAll(async () => {
  await host.close();
  await core.close();
  rmSync(root, { recursive: true, force: true });
});

const call = (method: string, body: string, headers: Record<string, string> = {}) =>
  raw(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json', ...headers },
    body,
  });

describe('the web host', () => {
  it('prints a loopback URL that carries the token only in the fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers a method with the core envelope', async () => {
    const response = await call('session.status', '{}');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { state: 'none' } });
  });

  it('passes a refusal from the core through as an envelope', async () => {
    const response = await call('no.such.method', '{}');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unknownMethod' } });
  });

  it('answers text that is not JSON with a validation envelope in bokmål', async () => {
    const response = await call('session.status', '{"half":');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({
      ok: false,
      error: { code: 'validation', message: 'Noen felt er ikke fylt ut riktig. Ingenting er lagret.', params: {} },
    });
  });

  it('refuses a call without the token or with a wrong one', async () => {
    const without = await raw(host.port, { method: 'POST', path: '/api/session.status', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(without.status).toBe(401);
    const wrong = await call('session.status', '{}', { authorization: `Bearer ${'A'.repeat(43)}` });
    expect(wrong.status).toBe(401);
    const events = await raw(host.port, { path: `/api/events?token=${'A'.repeat(43)}` });
    expect(events.status).toBe(401);
  });

  it('refuses a foreign Host header, so a DNS-rebinding page cannot reach it', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`]) {
      const response = await raw(host.port, { path: '/', headers: { host: hostHeader } });
      expect(response.status).toBe(421);
      const api = await call('session.status', '{}', { host: hostHeader });
      expect(api.status).toBe(421);
    }
    const localhost = await raw(host.port, { path: '/', headers: { host: `localhost:${host.port}` } });
    expect(localhost.status).toBe(200);
  });

  it('refuses a call from another origin, even with the token', async () => {
    const response = await call('session.status', '{}', { origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    const sameOrigin = await call('session.status', '{}', { origin: `http://127.0.0.1:${host.port}` });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses a body over 1 MiB', async () => {
    const response = await call('session.status', JSON.stringify({ filler: 'x'.repeat(1024 * 1024) }));
    expect(response.status).toBe(413);
  });

  it('refuses other content types and verbs on the API', async () => {
    expect((await call('session.status', '{}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await raw(host.port, { path: '/api/session.status' })).status).toBe(405);
  });

  it('delivers a push over Server-Sent Events after a write', async () => {
    const controller = new AbortController();
    const stream = await fetch(`http://127.0.0.1:${host.port}/api/events?token=${host.token}`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const pushed = nextEvent(stream.body!, 'session.changed');
    const created = await call('session.createProfile', JSON.stringify(PROFILE));
    expect(JSON.parse(created.body)).toMatchObject({ ok: true });
    expect(await pushed).toMatchObject({ state: 'unlocked' });

    const logChanged = nextEvent(stream.body!, 'log.changed');
    const opened = await call('logs.open', JSON.stringify({ childName: 'Testbarn Syntetisk', birthDate: '2018-05-17', unit: 'Solsiden barnehage', level: 1 }));
    const written = JSON.parse(opened.body) as { ok: true; value: { logId: string } };
    expect(written.ok).toBe(true);
    expect(await logChanged).toEqual({ logId: written.value.logId });
    controller.abort();
  });

  it('serves the renderer with the CSP, nosniff, no referrer and an uncached index', async () => {
    const index = await raw(host.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Stafett</title>');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['cache-control']).toBe('no-store');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['referrer-policy']).toBe('no-referrer');

    const script = await raw(host.port, { path: '/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('sends the CSP on API answers and refusals too', async () => {
    expect((await call('session.status', '{}')).headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await raw(host.port, { path: '/api/events' })).headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never serves a file outside the renderer folder', async () => {
    const attempts = [
      '/../outside.txt',
      '/assets/../../outside.txt',
      '/%2e%2e/outside.txt',
      '/%2e%2e%2foutside.txt',
      '/..%2foutside.txt',
      '/assets/..%2f..%2foutside.txt',
      '/..%5coutside.txt',
      '/%2e%2e%5coutside.txt',
      '/%252e%252e%252foutside.txt',
      '/link.txt',
      '/..%00/outside.txt',
      '/C:%5coutside.txt',
      '/../package.json',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    ];
    for (const attempt of attempts) {
      const response = await raw(host.port, { path: attempt });
      expect(response.status, attempt).toBeGreaterThanOrEqual(400);
      expect(response.body, attempt).not.toContain(OUTSIDE_SECRET);
    }
  });
});
