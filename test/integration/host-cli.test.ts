import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src-main/host/dataDir';

const repo = path.resolve(import.meta.dirname, '..', '..');
const root = mkdtempSync(path.join(tmpdir(), 'stafett-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run web', () => {
  it('prints the URL, serves the API with the token from it, and exits cleanly on SIGTERM', async () => {
    const staticDir = path.join(root, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Stafett</title>');
    const dataDir = path.join(root, 'profile');

    const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/host/cli.ts', '--data', dataDir, '--port', '0', '--static', staticDir], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let stdout = '';
    const url = await new Promise<URL>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /open: (\S+)/.exec(stdout);
        if (match) resolve(new URL(match[1]!));
      });
      child.on('exit', () => reject(new Error('the web host exited before printing its URL')));
    });

    expect(url.hostname).toBe('127.0.0.1');
    const token = new URLSearchParams(url.hash.slice(1)).get('token');
    const response = await fetch(new URL('/api/session.status', url), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await response.json()).toMatchObject({ ok: true, value: { state: 'none' } });
    expect(await (await fetch(new URL('/', url))).text()).toContain('<title>Stafett</title>');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The profile folder is made on first start, ready for the store.
    expect(existsSync(dataDir)).toBe(true);
  });

  it('refuses a port that is not a port', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/host/cli.ts', '--data', path.join(root, 'x'), '--port', 'many'], {
      cwd: repo,
      stdio: 'ignore',
    });
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(2);
  });
});

describe('the default profile folder', () => {
  it('follows each platform', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ola\\AppData\\Roaming' }, 'C:\\Users\\ola')).toBe('C:\\Users\\ola\\AppData\\Roaming\\Stafett');
    expect(defaultDataDir('darwin', {}, '/Users/ola')).toBe('/Users/ola/Library/Application Support/Stafett');
    expect(defaultDataDir('linux', {}, '/home/ola')).toBe('/home/ola/.local/share/Stafett');
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/data/ola' }, '/home/ola')).toBe('/data/ola/Stafett');
    expect(defaultDataDir('linux', { XDG_DATA_HOME: 'relative' }, '/home/ola')).toBe('/home/ola/.local/share/Stafett');
  });
});
