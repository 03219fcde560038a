import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Core } from '../../../src-main/core/api/Core';
import { createCore } from '../../../src-main/core/api/createCore';
import { startWebHost, type WebHost } from '../../../src-main/host/webHost';

const repo = path.resolve(import.meta.dirname, '..', '..', '..');
const rendererDir = path.join(repo, 'dist', 'renderer');
export const screenshotDir = path.join(repo, 'test-output', 'screenshots');

/** `npm test` builds the renderer first; a single test run on its own builds it here when it is missing. */
export async function ensureRendererBuilt(): Promise<void> {
  if (existsSync(path.join(rendererDir, 'index.html'))) return;
  await build({ configFile: path.join(repo, 'vite.config.mts'), logLevel: 'warn' });
}

export interface RunningApp {
  core: Core;
  host: WebHost;
  close(): Promise<void>;
}

/** The real thing: a core on the profile folder and the web host in front of it, as `npm run web` starts them. */
export async function startApp(dataDir: string): Promise<RunningApp> {
  const core = createCore({ dataDir });
  const host = await startWebHost({ core, port: 0, staticDir: rendererDir });
  return {
    core,
    host,
    async close() {
      await host.close();
      await core.close();
    },
  };
}

export interface AppUnderTest {
  /** The running app; replaced by `restart`. */
  readonly app: RunningApp;
  /** A fresh browser context on the app's URL, with the token. */
  openPage(): Promise<{ page: Page; problems: string[] }>;
  /** Stops the host and the core, and starts them again on the same profile folder. */
  restart(): Promise<void>;
}

/**
 * One test file's world: a new profile folder, the app on it and Chromium, started before the tests
 * (after `prepare`, which writes through the core what the file needs) and removed after them.
 */
export function setUpApp(prepare?: (app: RunningApp) => Promise<void>, timeout?: number): AppUnderTest {
  const profile = tempProfileDir();
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const running = (): RunningApp => {
    if (!app) throw new Error('the app is not running: use it inside a test');
    return app;
  };

  beforeAll(async () => {
    await ensureRendererBuilt();
    app = await startApp(profile.dir);
    if (prepare) await prepare(app);
    browser = await launchChromium();
  }, timeout);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    profile.remove();
  });

  return {
    get app() {
      return running();
    },
    openPage() {
      if (!browser) throw new Error('Chromium is not running: use it inside a test');
      return openPage(browser, running().host.url);
    },
    async restart() {
      await running().close();
      app = await startApp(profile.dir);
    },
  };
}

export function tempProfileDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'stafett-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page that fails the test on any script error or CSP violation: both would be invisible to a user until they bite. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(url);
  return { page, problems };
}

/**
 * Saves a screenshot of the screen and runs axe-core on it: any serious or critical finding fails the test,
 * listed with the rule and the elements so it can be fixed.
 */
export async function checkScreen(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  // Let animations (dialogs, focus rings) settle so axe sees what the user sees.
  await page.waitForTimeout(250);
  // Sticky headings would otherwise be drawn in the middle of a full-page picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(screenshotDir, { recursive: true });
  // A modal dialog covers the viewport only: a full-page picture would show the page below it uncovered.
  const modal = (await page.locator('dialog[open]').count()) > 0;
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: !modal && options.fullPage !== false });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const severe = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(severe, `axe findings on ${name}`).toEqual([]);
}

/** expect.poll with room for key derivation and a busy CI machine (its default waits one second). */
export function eventually<T>(read: () => T | Promise<T>, timeout = 15_000) {
  return expect.poll(read, { timeout, interval: 50 });
}
