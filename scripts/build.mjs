#!/usr/bin/env node
// Builds what the desktop app and the web host serve.
//   node scripts/build.mjs              the renderer (vite) and the Electron bundles (esbuild)
//   node scripts/build.mjs --renderer   the renderer only (the web host and the tests need no more)
//   node scripts/build.mjs --electron   the Electron bundles only
//   --out DIR                           write to DIR/renderer and DIR/electron instead of dist/
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: {
    renderer: { type: 'boolean', default: false },
    electron: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(root, 'dist') },
  },
  strict: true,
});
const all = !values.renderer && !values.electron;
const outDir = path.resolve(values.out);

if (all || values.renderer) await buildRenderer();
if (all || values.electron) await buildElectron();

async function buildRenderer() {
  const { build } = await import('vite');
  await build({
    configFile: path.join(root, 'vite.config.mts'),
    logLevel: 'warn',
    build: { outDir: path.join(outDir, 'renderer'), emptyOutDir: true },
  });
}

async function buildElectron() {
  const { build } = await import('esbuild');
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    // The migrations reach the bundle as a generated module (src-main/core/store/sqlite/localMigrations.generated.ts).
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: ['src-main/electron/main.ts'],
      outfile: path.join(outDir, 'electron', 'main.cjs'),
      platform: 'node',
      // Electron 45 embeds Node 22.
      target: 'node22',
      // import.meta.url is empty in a CommonJS bundle; the store's checkpointer resolves its native module from it.
      banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
      define: { ...common.define, 'import.meta.url': '__bundleUrl' },
      // The native module loads its own prebuilt .node file at run time; electron-builder unpacks it from the asar.
      external: ['electron', 'better-sqlite3-multiple-ciphers'],
    }),
    build({
      ...common,
      entryPoints: ['src-main/electron/preload.ts'],
      outfile: path.join(outDir, 'electron', 'preload.cjs'),
      // A sandboxed preload can require only 'electron' (and a few browser-safe modules): one self-contained
      // file, and platform 'browser' makes any accidental import of a Node module a build error.
      platform: 'browser',
      target: 'chrome140',
      // It loads with every page; the contract's schemas come along only for their names.
      minify: true,
      external: ['electron'],
    }),
  ]);
}
