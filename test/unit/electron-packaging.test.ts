import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * electron-builder.yml, checked offline: electron-builder validates it and packages an unpacked app from a
 * stand-in Electron binary (the real one cannot be downloaded here) that carries the fuse wire, so the
 * asar contents, the unpacked native module, app-update.yml and the flipped fuses can all be inspected.
 */

const repo = path.resolve(import.meta.dirname, '..', '..');
const builder = path.join(repo, 'node_modules', '.bin', 'electron-builder');
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's own defaults: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyLoadAppFromAsar, V8Snapshot, FileProtocol.
const ELECTRON_DEFAULT_FUSES = '10110001';
const UPDATE_URL = 'https://oppdatering.kommune.example/stafett';

let project: string;
let resources: string;

function runBuilder(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(builder, ['--projectDir', project, '--linux', 'dir', '--publish', 'never', `-c.electronDist=${path.join(project, 'electron-dist')}`, ...args], {
      cwd: project,
      env: { ...process.env, STAFETT_UPDATE_URL: UPDATE_URL, CSC_LINK: '', WIN_CSC_LINK: '' },
      timeout: 60_000,
    }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }));
  });
}

/** The file tree in an asar archive's header: Chromium pickles, then JSON. */
function asarEntries(file: string): { files: string[]; unpacked: string[] } {
  const bytes = readFileSync(file);
  const header = JSON.parse(bytes.subarray(16, 16 + bytes.readUInt32LE(12)).toString('utf8')) as AsarNode;
  const files: string[] = [];
  const unpacked: string[] = [];
  const walk = (node: AsarNode, at: string) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const here = at ? `${at}/${name}` : name;
      if (child.files) walk(child, here);
      else (child.unpacked ? unpacked : files).push(here);
    }
  };
  walk(header, '');
  return { files, unpacked };
}
interface AsarNode {
  files?: Record<string, AsarNode>;
  unpacked?: boolean;
}

function fuseWire(binary: string): string {
  const bytes = readFileSync(binary);
  const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  return bytes.subarray(at + 2, at + 2 + bytes[at + 1]!).toString('latin1');
}

beforeAll(async () => {
  project = mkdtempSync(path.join(tmpdir(), 'stafett-package-'));
  copyFileSync(path.join(repo, 'package.json'), path.join(project, 'package.json'));
  copyFileSync(path.join(repo, 'electron-builder.yml'), path.join(project, 'electron-builder.yml'));
  symlinkSync(path.join(repo, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  execFileSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs'), '--electron', '--out', path.join(project, 'dist')], { stdio: 'pipe' });
  writeFileSync(path.join(project, 'dist', 'electron', 'main.cjs.map'), '{}');
  mkdirSync(path.join(project, 'dist', 'renderer', 'assets'), { recursive: true });
  writeFileSync(path.join(project, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Stafett</title>');
  writeFileSync(path.join(project, 'dist', 'renderer', 'assets', 'index.js'), 'export {};');
  mkdirSync(path.join(project, 'electron-dist'));
  writeFileSync(
    path.join(project, 'electron-dist', 'electron'),
    Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from(FUSE_SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(ELECTRON_DEFAULT_FUSES)]),
    { mode: 0o755 },
  );
  const { code, output } = await runBuilder([`-c.directories.output=${path.join(project, 'out')}`]);
  if (code !== 0) throw new Error(`electron-builder failed:\n${output}`);
  resources = path.join(project, 'out', 'linux-unpacked', 'resources');
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('electron-builder.yml', () => {
  it('packs the bundles, the renderer and only the native store module into the asar', () => {
    const { files, unpacked } = asarEntries(path.join(resources, 'app.asar'));
    expect(files).toEqual(expect.arrayContaining(['package.json', 'dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html', 'dist/renderer/assets/index.js']));
    const packages = new Set([...files, ...unpacked].filter((file) => file.startsWith('node_modules/')).map((file) => file.split('/')[1]));
    expect([...packages]).toEqual(['better-sqlite3-multiple-ciphers']);
    expect([...files, ...unpacked].filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  it('unpacks the native module, and only the binary for the platform being packaged', () => {
    const { unpacked } = asarEntries(path.join(resources, 'app.asar'));
    const binaries = unpacked.filter((file) => file.endsWith('.node'));
    expect(binaries).toEqual([`node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux-${process.arch}.node`]);
    expect(existsSync(path.join(resources, 'app.asar.unpacked', binaries[0]!))).toBe(true);
  });

  it('takes the update server from the environment', () => {
    const updateConfig = readFileSync(path.join(resources, 'app-update.yml'), 'utf8');
    expect(updateConfig).toContain('provider: generic');
    expect(updateConfig).toContain(`url: ${UPDATE_URL}`);
  });

  it('flips the fuses: no RunAsNode, NODE_OPTIONS or inspect; cookie encryption, asar integrity, asar only', () => {
    const wire = fuseWire(path.join(project, 'out', 'linux-unpacked', 'stafett'));
    expect({
      runAsNode: wire[0],
      enableCookieEncryption: wire[1],
      enableNodeOptionsEnvironmentVariable: wire[2],
      enableNodeCliInspectArguments: wire[3],
      enableEmbeddedAsarIntegrityValidation: wire[4],
      onlyLoadAppFromAsar: wire[5],
      grantFileProtocolExtraPrivileges: wire[7],
    }).toEqual({
      runAsNode: '0',
      enableCookieEncryption: '1',
      enableNodeOptionsEnvironmentVariable: '0',
      enableNodeCliInspectArguments: '0',
      enableEmbeddedAsarIntegrityValidation: '1',
      onlyLoadAppFromAsar: '1',
      grantFileProtocolExtraPrivileges: '0',
    });
  });

  it('keeps no secret in the repository: nothing for signing but options', () => {
    const config = readFileSync(path.join(repo, 'electron-builder.yml'), 'utf8');
    expect(config).not.toMatch(/cscLink|cscKeyPassword|certificatePassword|certificateFile/i);
  });

  it('is really validated: an unknown key is refused', async () => {
    const { code, output } = await runBuilder([`-c.directories.output=${path.join(project, 'out-invalid')}`, '-c.notAStafettSetting=1']);
    expect(code).not.toBe(0);
    expect(output).toContain('Invalid configuration object');
  });
});
