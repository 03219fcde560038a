import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Builds the Electron bundles with scripts/build.mjs and boots the bundled main process under plain Node,
 * with `electron` replaced by a fake that records what the shell asks of it and then drives it like a user:
 * load the page, call the API, create a profile, lock the screen, quit.
 */

const repo = path.resolve(import.meta.dirname, '..', '..');
let out: string;

// The fake runs inside the child process; it prints one JSON report on exit.
const FAKE_ELECTRON = String.raw`
const { EventEmitter } = require('node:events');
const report = { schemes: [], sandbox: false, windows: [], loaded: [], results: {} };
// Process warnings, such as the store's checkpointer falling back when its worker cannot start in the bundle.
process.on('warning', (warning) => { (report.warnings ??= []).push(warning.message); });
const paths = { appData: process.env.FAKE_APP_DATA };
const ipcHandlers = new Map();
const protocolHandlers = new Map();
const sessionHooks = {};
const powerMonitor = new EventEmitter();

const app = new EventEmitter();
Object.assign(app, {
  isPackaged: true,
  getPath: (name) => paths[name],
  setPath: (name, value) => { paths[name] = value; },
  enableSandbox: () => { report.sandbox = true; },
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  quit() {
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    app.emit('will-quit', event);
    if (!event.prevented) { process.stdout.write(JSON.stringify(report)); process.exit(0); }
  },
  exit: (code) => { report.exitCode = code; process.stdout.write(JSON.stringify(report)); process.exit(code); },
});

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    report.windows.push({ ...options, preloadExists: require('node:fs').existsSync(options.webPreferences.preload) });
    const window = this;
    this.webContents = new EventEmitter();
    Object.assign(this.webContents, {
      mainFrame: { url: '', processId: 3, routingId: 1 },
      isDestroyed: () => false,
      send: (...args) => { (report.pushed ??= []).push(args); },
      setWindowOpenHandler: (handler) => { report.windowOpen = handler(); },
    });
    app.emit('web-contents-created', {}, this.webContents);
    this.isDestroyed = () => false;
    this.loadURL = async (url) => {
      report.loaded.push(url);
      window.webContents.mainFrame.url = url;
      setImmediate(() => drive(window).catch((error) => { report.driveError = String(error); app.quit(); }));
    };
  }
  show() { report.shown = true; }
}

async function drive(window) {
  const call = (method, input, frame = window.webContents.mainFrame) => ipcHandlers.get('stafett:call')({ senderFrame: frame }, method, input);
  const page = await protocolHandlers.get('app')(new Request('app://stafett/index.html'));
  report.results.page = { status: page.status, csp: page.headers.get('content-security-policy'), body: await page.text() };
  report.results.status = await call('session.status', {});
  report.results.foreign = await call('session.status', {}, { url: 'https://evil.example/', processId: 3, routingId: 1 });
  report.results.created = await call('session.createProfile', {
    name: 'Ola Testansatt', unit: 'Testskolen', service: 'school',
    passphrase: 'en lang nok passordfrase', passphraseRepeat: 'en lang nok passordfrase',
  });
  powerMonitor.emit('lock-screen');
  await new Promise((resolve) => setTimeout(resolve, 50));
  report.results.afterLock = await call('session.status', {});
  const navigation = { prevented: false, preventDefault() { this.prevented = true; } };
  window.webContents.emit('will-navigate', navigation);
  report.navigationPrevented = navigation.prevented;
  window.emit('ready-to-show');
  app.quit();
}

module.exports = {
  app,
  BrowserWindow,
  ipcMain: { handle: (channel, handler) => ipcHandlers.set(channel, handler), removeHandler: (channel) => ipcHandlers.delete(channel) },
  powerMonitor,
  protocol: {
    registerSchemesAsPrivileged: (schemes) => report.schemes.push(...schemes),
    handle: (scheme, handler) => protocolHandlers.set(scheme, handler),
  },
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptString: (text) => Buffer.from('os:' + [...text].reverse().join('')),
    decryptString: (data) => [...data.toString().slice(3)].reverse().join(''),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler) => { sessionHooks.request = handler; handler(null, 'media', (granted) => { report.permissionGranted = granted; }); },
      setPermissionCheckHandler: (handler) => { report.permissionCheck = handler(); },
      setDevicePermissionHandler: (handler) => { report.devicePermission = handler(); },
      webRequest: { onBeforeRequest: (filter) => { report.blockedUrls = filter.urls; } },
    },
  },
};
`;

function requiredModules(bundle: string): string[] {
  return [...new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]!))].sort();
}

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'stafett-bundle-'));
  execFileSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs'), '--electron', '--out', out], { cwd: repo, stdio: 'pipe' });
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the Electron bundles', () => {
  it('makes the preload one file that requires nothing but electron', () => {
    expect(requiredModules(readFileSync(path.join(out, 'electron', 'preload.cjs'), 'utf8'))).toEqual(['electron']);
  });

  it('bundles everything into main except electron, the native store module and Node built-ins', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const foreign = requiredModules(readFileSync(path.join(out, 'electron', 'main.cjs'), 'utf8')).filter((name) => !builtins.has(name));
    expect(foreign).toEqual(['better-sqlite3-multiple-ciphers', 'electron']);
  });

  it('boots the bundled main process: hardened, serving the page with the CSP, answering the API, locking with the OS', () => {
    mkdirSync(path.join(out, 'renderer'), { recursive: true });
    writeFileSync(path.join(out, 'renderer', 'index.html'), '<!doctype html><title>Stafett</title>');
    mkdirSync(path.join(out, 'node_modules', 'electron'), { recursive: true });
    writeFileSync(path.join(out, 'node_modules', 'electron', 'index.js'), FAKE_ELECTRON);
    const appData = path.join(out, 'appdata');
    mkdirSync(appData);

    const stdout = execFileSync(process.execPath, [path.join(out, 'electron', 'main.cjs')], {
      // The native module resolves from the repository, as it would from the app's node_modules.
      env: { ...process.env, FAKE_APP_DATA: appData, NODE_PATH: path.join(repo, 'node_modules') },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const report = JSON.parse(stdout);

    expect(report.driveError).toBeUndefined();
    expect(report.warnings).toBeUndefined();
    expect(report.sandbox).toBe(true);
    expect(report.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0].webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false });
    expect(report.windows[0].preloadExists).toBe(true);
    expect(report.loaded).toEqual(['app://stafett/index.html']);
    expect(report.shown).toBe(true);
    expect(report.windowOpen).toEqual({ action: 'deny' });
    expect(report.navigationPrevented).toBe(true);
    expect(report.permissionGranted).toBe(false);
    expect(report.blockedUrls).toContain('https://*/*');

    expect(report.results.page.status).toBe(200);
    expect(report.results.page.body).toContain('<title>Stafett</title>');
    expect(report.results.page.csp).toContain("default-src 'self'");
    expect(report.results.status).toMatchObject({ ok: true, value: { state: 'none' } });
    expect(report.results.foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(report.results.created).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    expect(report.pushed).toEqual(expect.arrayContaining([['stafett:push', 'session.changed', expect.objectContaining({ state: 'unlocked' })]]));
    expect(report.results.afterLock).toMatchObject({ ok: true, value: { state: 'locked' } });
  });
});
