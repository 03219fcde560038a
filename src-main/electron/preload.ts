import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// Bundled into one CommonJS file (scripts/build.mjs): a sandboxed preload cannot require our modules.
contextBridge.exposeInMainWorld('stafett', createBridge(ipcRenderer));
