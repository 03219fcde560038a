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
  // `npx vite` for working on the UI: the API goes to a running web host (`npm run web`, port 4780 by default).
  // Open the dev page as http://127.0.0.1:5173/#token=<the web host's token>.
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': {
        target: process.env.STAFETT_WEB_HOST ?? 'http://127.0.0.1:4780',
        changeOrigin: true,
        // src-renderer/api/ holds our own modules: only API calls (POST) and the event stream go to the host.
        bypass: (request) => (request.method === 'GET' && !request.url?.startsWith('/api/events') ? request.url : undefined),
        // The web host refuses other origins; the dev page is another origin only while developing.
        configure: (proxy) => proxy.on('proxyReq', (request) => request.removeHeader('origin')),
      },
    },
  },
});
