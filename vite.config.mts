import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is loaded from app:// in Electron and from the web host over http: relative URLs serve both.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The CSP forbids inline scripts and data: URLs for fonts; keep every asset a file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // Loaded from the local disk or 127.0.0.1, never over a network: one bundle is simplest.
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
});
