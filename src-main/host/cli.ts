import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core/api/createCore';
import { defaultDataDir } from './dataDir';
import { startWebHost } from './webHost';

/** `npm run web -- --data DIR --port N`: the web host for development, end-to-end tests and demos. */

const DEFAULT_PORT = 4780;

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: String(DEFAULT_PORT) },
    static: { type: 'string' },
  },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write('stafett web: --port must be a whole number from 0 to 65535\n');
  process.exit(2);
}
const dataDir = path.resolve(values.data ?? defaultDataDir(process.platform, process.env, homedir()));
const staticDir = path.resolve(values.static ?? path.join(import.meta.dirname, '..', '..', 'dist', 'renderer'));
mkdirSync(dataDir, { recursive: true, mode: 0o700 });

const core = createCore({ dataDir });
const host = await startWebHost({ core, port, staticDir }).catch(async (error: NodeJS.ErrnoException) => {
  await core.close();
  process.stderr.write(`stafett web: could not listen on 127.0.0.1:${port} (${error.code ?? 'error'})\n`);
  process.exit(1);
});

process.stdout.write(`Stafett web host\n  data: ${dataDir}\n  open: ${host.url}\n`);

let closing = false;
const shutdown = async () => {
  if (closing) return;
  closing = true;
  await host.close();
  // Locks the store: the database closes and the key leaves memory.
  await core.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
