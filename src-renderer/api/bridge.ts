import type { StafettBridge } from '../../src-shared/api/envelope';
import { createHttpBridge, takeToken } from './httpBridge';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a browser against the web host. */
    stafett?: StafettBridge;
  }
}

/** Electron's preload bridge when there is one, otherwise the web host's. */
export function pickBridge(): StafettBridge {
  return window.stafett ?? createHttpBridge(takeToken());
}
