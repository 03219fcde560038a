import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PASSPHRASE_MIN_LENGTH } from '../../../src-shared/api/contract';
import { DEMO_DEFAULTS, DemoRefusedError, createDemoProfile } from './generate';

/**
 * npm run demo -- --data DIR --passphrase P [--seed S] [--children N] [--big N] [--big-entries MIN-MAX]
 * Prints counts and timings only: the content is synthetic, but a demo run should look like a real one in logs.
 */

const usage = `Usage: npm run demo -- --data DIR --passphrase P [--seed S] [--children ${DEMO_DEFAULTS.children}] [--big ${DEMO_DEFAULTS.big}] [--big-entries ${DEMO_DEFAULTS.bigEntries.join('-')}]`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function count(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number of at least ${min}.\n${usage}`);
  return n;
}

const fmt = (n: number) => n.toLocaleString('nb-NO');

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: 'string' },
        passphrase: { type: 'string' },
        seed: { type: 'string' },
        children: { type: 'string' },
        big: { type: 'string' },
        'big-entries': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
  if (!values.data || values.passphrase === undefined) fail(usage);
  if (values.passphrase.length < PASSPHRASE_MIN_LENGTH) fail(`The passphrase must be at least ${PASSPHRASE_MIN_LENGTH} characters.`);
  const children = count(values.children, 'children', DEMO_DEFAULTS.children, 1);
  const big = count(values.big, 'big', DEMO_DEFAULTS.big, 0);
  let bigEntries: readonly [number, number] = DEMO_DEFAULTS.bigEntries;
  if (values['big-entries'] !== undefined) {
    const match = /^(\d+)-(\d+)$/.exec(values['big-entries']);
    if (!match || Number(match[1]) < 2 || Number(match[2]) < Number(match[1])) fail(`--big-entries takes MIN-MAX, e.g. 3000-6000.\n${usage}`);
    bigEntries = [Number(match[1]), Number(match[2])];
  }

  const dataDir = resolve(values.data);
  process.stdout.write(`Creating a demo profile: ${children} children, ${big} big logs.\n`);
  try {
    const summary = await createDemoProfile({
      dataDir,
      passphrase: values.passphrase,
      children,
      big,
      bigEntries,
      ...(values.seed ? { seed: values.seed } : {}),
      onProgress: ({ done, total }) => process.stdout.write(`  ${fmt(done)} / ${fmt(total)} entries (${Math.round((100 * done) / total)} %)\n`),
    });
    const kinds = Object.entries(summary.byMethod)
      .map(([method, n]) => `${method.replace(/^logs?\./, '')} ${fmt(n)}`)
      .join(', ');
    const levels = Object.entries(summary.levels)
      .map(([level, n]) => `level ${level}: ${n}`)
      .join(', ');
    process.stdout.write(
      `Done in ${(summary.durationMs / 1000).toFixed(1)} s: ${summary.logs} logs, ${fmt(summary.events)} events.\n` +
        `  ${kinds}\n  ${levels}\n` +
        (summary.bigLogEntries.length ? `  big logs: ${summary.bigLogEntries.map(fmt).join(', ')} entries\n` : ''),
    );
  } catch (error) {
    if (error instanceof DemoRefusedError) fail(`${error.message} (${dataDir})`);
    throw error;
  }
}

await main();
