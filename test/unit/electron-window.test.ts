import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../src-main/electron/windowOptions';

describe('the main window', () => {
  it('gives the renderer no Node, an isolated sandboxed preload and the web security rules', () => {
    const { webPreferences } = mainWindowOptions('/app/dist/electron/preload.cjs', { devTools: false });
    expect(webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('keeps no spellcheck dictionary where typed names could end up', () => {
    expect(mainWindowOptions('/p.cjs', { devTools: true }).webPreferences?.spellcheck).toBe(false);
  });

  it('waits until the page is ready before it shows', () => {
    expect(mainWindowOptions('/p.cjs', { devTools: false }).show).toBe(false);
  });
});
