import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, ipcMain, powerMonitor, protocol, safeStorage, session } from 'electron';
import type { Core } from '../core/api/Core';
import { createCore } from '../core/api/createCore';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { hardenSession, hardenWebContents } from './hardening';
import { bindIpc } from './ipc';
import { createSafeStorageKeyProtector } from './keyProtector';
import { bindLockTriggers } from './lockTriggers';
import { readMachinePolicy } from './policy';
import { mainWindowOptions } from './windowOptions';

// This file runs only as the bundle dist/electron/main.cjs (scripts/build.mjs): __dirname is dist/electron.
const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');

// The same folder whether packaged or run with `npm start` (%APPDATA%\Stafett on Windows).
app.setPath('userData', path.join(app.getPath('appData'), 'Stafett'));
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

// Two instances would open the same encrypted store; the second one hands over to the first and quits.
if (app.requestSingleInstanceLock()) run();
else app.quit();

function run(): void {
  let window: BrowserWindow | null = null;
  let core: Core | null = null;
  let coreClosed = false;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  // Locks the store (closes the database) before the process ends.
  app.on('will-quit', (event) => {
    if (!core || coreClosed) return;
    event.preventDefault();
    void core.close().finally(() => {
      coreClosed = true;
      app.quit();
    });
  });

  app
    .whenReady()
    .then(async () => {
      const policy = await readMachinePolicy(process.platform);
      hardenSession(session.defaultSession);
      protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));

      const dataDir = app.getPath('userData');
      // Chromium makes the folder lazily; the store must not depend on that.
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      const liveCore = createCore({
        dataDir,
        keyProtector: createSafeStorageKeyProtector(safeStorage, process.platform),
        idleLockMinutes: policy.idleLockMinutes,
      });
      core = liveCore;
      bindLockTriggers(powerMonitor, () => void liveCore.dispatch('session.lock', {}));

      const mainWindow = new BrowserWindow(mainWindowOptions(preloadPath, { devTools: !app.isPackaged }));
      window = mainWindow;
      const unbind = bindIpc({ ipcMain, core: liveCore, window: mainWindow });
      mainWindow.once('ready-to-show', () => mainWindow.show());
      mainWindow.on('closed', () => {
        unbind();
        window = null;
      });
      await mainWindow.loadURL(APP_ENTRY_URL);
    })
    .catch((error: unknown) => {
      // Only the error's kind: a message could carry a path with the user's name in it.
      process.stderr.write(`stafett: could not start (${error instanceof Error ? error.name : 'error'})\n`);
      app.exit(1);
    });
}
