import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window: the renderer gets no Node, no Electron and no way around the web platform's own rules;
 * everything it may do goes through the preload's window.stafett.
 */
export function mainWindowOptions(preloadPath: string, options: { devTools: boolean }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    title: 'Stafett',
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium keeps words the user adds in a plain-text dictionary in the profile: children's names would end up there.
      spellcheck: false,
      devTools: options.devTools,
    },
  };
}
