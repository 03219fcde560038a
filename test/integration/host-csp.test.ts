import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src-main/core/api/Core';
import { createCore } from '../../src-main/core/api/createCore';
import { CONTENT_SECURITY_POLICY } from '../../src-main/common/securityHeaders';
import { startWebHost, type WebHost } from '../../src-main/host/webHost';

/**
 * The strict CSP (no inline styles, no eval) against the real renderer in Chromium: every screen and form
 * must work without the browser blocking anything.
 */

const repo = path.resolve(import.meta.dirname, '..', '..');
const PASSPHRASE = 'korrekt hest batteri stift';
let root: string;
let core: Core;
let host: WebHost;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'stafett-csp-'));
  execFileSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs'), '--renderer', '--out', root], { cwd: repo, stdio: 'pipe' });
  mkdirSync(path.join(root, 'profile'));
  core = createCore({ dataDir: path.join(root, 'profile') });
  await core.dispatch('session.createProfile', {
    name: 'Kari Testansatt', unit: 'Solsiden skole', service: 'school', passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE,
  });
  const opened = (await core.dispatch('logs.open', { childName: 'Testbarn Syntetisk', birthDate: '2018-05-17', unit: 'Solsiden skole', level: 1 })) as {
    ok: true;
    value: { logId: string };
  };
  await core.dispatch('log.recordBrightSpot', { logId: opened.value.logId, observedOn: '2026-11-02', text: 'Hjalp en medelev i friminuttet.' });
  host = await startWebHost({ core, port: 0, staticDir: path.join(root, 'renderer') });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await core?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the renderer under the CSP', () => {
  it('shows the list, a log and every entry form without a blocked resource or a page error', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    await page.exposeFunction('reportViolation', (directive: string, blocked: string) => {
      // Zod probes once whether eval is allowed and falls back when it is not; that probe is expected.
      if (!(directive === 'script-src' && blocked === 'eval')) problems.push(`${directive} blocked ${blocked}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(d: string, b: string): void }).reportViolation(event.effectiveDirective, event.blockedURI);
      });
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.name}`));

    const response = await page.goto(host.url);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await page.getByText('Testbarn Syntetisk').first().click();
    await page.getByText('Hjalp en medelev i friminuttet.').waitFor();
    for (const button of ['Oppmerksomhet', 'Lysglimt', 'Notat', 'Tiltak', 'Endre nivå']) {
      await page.getByRole('button', { name: button }).first().click();
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }
    expect(problems).toEqual([]);
  });
});
