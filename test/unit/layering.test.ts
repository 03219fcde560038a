import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkImports, findImports } from '../../scripts/check-imports.mjs';

const repo = resolve(import.meta.dirname, '../..');

describe('the layers of the repository', () => {
  it('hold: no import crosses them', () => {
    const { files, problems } = checkImports(repo);
    expect(files).toBeGreaterThan(20);
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.specifier}: ${p.message}`)).toEqual([]);
  });
});

describe('the layering check', () => {
  const root = mkdtempSync(join(tmpdir(), 'stafett-layering-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package.json', JSON.stringify({ dependencies: { zod: '4', kysely: '0.29', react: '19' }, devDependencies: { 'fast-check': '4' } }));
  write('src-shared/ok.ts', "import { z } from 'zod';\nimport { x } from './other';\nexport const y = z.string();\n");
  write('src-shared/bad.ts', "// import fs from 'node:fs' in a comment is no import\nimport { readFileSync } from 'node:fs';\nimport React from 'react';\n");
  write(
    'src-main/core/bad.ts',
    "import { app } from 'electron';\nimport { db } from 'kysely';\nimport fc from 'fast-check';\nimport type { Arbitrary } from 'fast-check';\nimport { App } from '../../src-renderer/App';\nimport { host } from '../host/webHost';\nimport { a } from '../../src-shared/api/contract';\n",
  );
  write('src-main/host/bad.ts', "import { Core } from '../core/api/Core';\nconst electron = await import('electron');\n");
  write('src-main/electron/ok.ts', "import { BrowserWindow } from 'electron';\nimport { Core } from '../core/api/Core';\nimport { CSP } from '../common/securityHeaders';\n");
  write(
    'src-renderer/bad.tsx',
    "import { api } from '../src-shared/api/contract';\nimport { Button } from '@digdir/designsystemet-react';\nimport path from 'path';\nimport Database from 'better-sqlite3-multiple-ciphers';\nexport { Core } from '../src-main/core/api/Core';\nconst ipc = require('electron');\nexport const Label = () => <p>Don't {'x'}</p>;\n",
  );
  write('test/unit/bad.test.ts', "import { app } from 'electron';\nimport type { App } from 'electron';\nimport { z } from '../../src-main/core/api/Core';\n");

  const { problems } = checkImports(root);
  const where = problems.map((p) => `${p.file}:${p.line} ${p.specifier}`).sort();

  it('lists every import that crosses a layer, by file and line', () => {
    expect(where).toEqual(
      [
        'src-shared/bad.ts:2 node:fs',
        'src-shared/bad.ts:3 react',
        'src-main/core/bad.ts:1 electron',
        'src-main/core/bad.ts:3 fast-check',
        'src-main/core/bad.ts:5 ../../src-renderer/App',
        'src-main/core/bad.ts:6 ../host/webHost',
        'src-main/host/bad.ts:2 electron',
        'src-renderer/bad.tsx:3 path',
        'src-renderer/bad.tsx:4 better-sqlite3-multiple-ciphers',
        'src-renderer/bad.tsx:5 ../src-main/core/api/Core',
        'src-renderer/bad.tsx:6 electron',
        'test/unit/bad.test.ts:1 electron',
      ].sort(),
    );
  });

  it('says why, in words', () => {
    const message = problems.find((p) => p.file === 'src-renderer/bad.tsx' && p.specifier === 'path')!.message;
    expect(message).toContain('node builtins');
    expect(problems.find((p) => p.specifier === '../host/webHost')!.message).toContain('src-main/host');
  });

  it('fails the command line with the list, and passes a clean tree', async () => {
    const { spawnSync } = await import('node:child_process');
    const script = join(repo, 'scripts/check-imports.mjs');
    const failing = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain('src-shared/bad.ts:2:');

    const clean = mkdtempSync(join(tmpdir(), 'stafett-layering-clean-'));
    try {
      mkdirSync(join(clean, 'src-shared'));
      writeFileSync(join(clean, 'src-shared/ok.ts'), "import { z } from 'zod';\n");
      const passing = spawnSync(process.execPath, [script, clean], { encoding: 'utf8' });
      expect(passing.status).toBe(0);
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });
});

describe('finding imports', () => {
  it('sees every form of import and none in comments, strings or regular expressions', () => {
    const source = [
      "import a from 'a';",
      'import {',
      '  b,',
      "} from 'b';",
      "import 'c.css';",
      "export * from 'd';",
      "export { e } from 'e';",
      "import type { F } from 'f';",
      "const g = await import('g');",
      "const h = require('h');",
      "/* import x from 'not-1' */",
      "const s = \"import y from 'not-2'\";",
      // oxlint-disable-next-line no-template-curly-in-string -- this is source text holding a template literal
      "const t = `${`import z from 'not-3'`} ${s}`;",
      "const r = /from 'not-4'/;",
      'export const meta = import.meta.url;',
    ].join('\n');
    expect(findImports(source)).toEqual([
      { specifier: 'a', line: 1, typeOnly: false },
      { specifier: 'b', line: 2, typeOnly: false },
      { specifier: 'c.css', line: 5, typeOnly: false },
      { specifier: 'd', line: 6, typeOnly: false },
      { specifier: 'e', line: 7, typeOnly: false },
      { specifier: 'f', line: 8, typeOnly: true },
      { specifier: 'g', line: 9, typeOnly: false },
      { specifier: 'h', line: 10, typeOnly: false },
    ]);
  });
});
