import { mkdirSync } from 'node:fs';
import type { Envelope } from '../../../src-shared/api/envelope';
import type { Level } from '../../../src-shared/domain/vocabulary';
import type { Core } from '../api/Core';
import { createCore } from '../api/createCore';
import { DemoClock } from './clock';
import { type PlannedStep, type StepMethod, planDemo } from './plan';

export interface DemoOptions {
  passphrase: string;
  /** Same seed, same demo (relative to the day it is made). */
  seed?: string;
  /** Children, one log each; at least 30 for a realistic profile. */
  children?: number;
  /** How many of the logs are big. */
  big?: number;
  /** Entry counts of the big logs, spread from the first to the second. */
  bigEntries?: readonly [number, number];
  /** The moment the demo is made; defaults to now. Events spread over the two years before it. */
  now?: Date;
  /** Yield to the event loop after this many calls or this many milliseconds, whichever comes first, so a host or a UI in the same process stays responsive. */
  yieldEvery?: number;
  yieldAfterMs?: number;
  onProgress?: (progress: DemoProgress) => void;
}

export interface DemoProgress {
  done: number;
  total: number;
}

export interface DemoSummary {
  logs: number;
  /** API calls that wrote an event (the profile itself not counted). */
  events: number;
  byMethod: Record<StepMethod, number>;
  /** How many logs stand at each level today. */
  levels: Record<Level, number>;
  /** Entries of the biggest logs. */
  bigLogEntries: number[];
  durationMs: number;
}

export const DEMO_DEFAULTS = { seed: 'stafett-demo', children: 36, big: 3, bigEntries: [3000, 6000] as const, yieldEvery: 25, yieldAfterMs: 8 };

/** Refused because the folder already holds a profile; nothing was written. */
export class DemoRefusedError extends Error {
  override name = 'DemoRefusedError';
}

/** Creates a new profile in dataDir and fills it, or refuses (DemoRefusedError) if one is there already. */
export async function createDemoProfile(options: DemoOptions & { dataDir: string }): Promise<DemoSummary> {
  const now = options.now ?? new Date();
  const clock = new DemoClock(now.getTime() - 800 * 86_400_000);
  const core = createCore({ dataDir: options.dataDir, now: clock.now });
  try {
    const status = await call(core, 'session.status', {});
    if ((status as { state: string }).state !== 'none') {
      throw new DemoRefusedError('The folder already holds a Stafett profile; nothing was changed.');
    }
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    return await populateDemo(core, clock, { ...options, now });
  } finally {
    await core.close();
  }
}

/**
 * Creates the profile through `core` and writes every planned entry through the API, moving `clock` (the
 * core's clock) to each entry's moment first. The core must have no profile yet.
 */
export async function populateDemo(core: Core, clock: DemoClock, options: DemoOptions): Promise<DemoSummary> {
  const started = performance.now();
  const plan = await planDemo({
    seed: options.seed ?? DEMO_DEFAULTS.seed,
    children: options.children ?? DEMO_DEFAULTS.children,
    big: options.big ?? DEMO_DEFAULTS.big,
    bigEntries: options.bigEntries ?? DEMO_DEFAULTS.bigEntries,
    now: options.now ?? new Date(),
  });
  const yieldEvery = options.yieldEvery ?? DEMO_DEFAULTS.yieldEvery;
  const yieldAfterMs = options.yieldAfterMs ?? DEMO_DEFAULTS.yieldAfterMs;
  let lastYield = performance.now();

  clock.advanceTo(plan.profileAt);
  await call(core, 'session.createProfile', {
    ...plan.user,
    passphrase: options.passphrase,
    passphraseRepeat: options.passphrase,
    locale: 'nb',
  });

  const logIds: string[] = [];
  const entryIds: string[] = [];
  const byMethod = Object.fromEntries(
    (['logs.open', 'log.recordConcern', 'log.recordBrightSpot', 'log.recordNote', 'log.planMeasure', 'log.evaluateMeasure', 'log.changeLevel', 'log.amendEntry'] as const).map((m) => [m, 0]),
  ) as Record<StepMethod, number>;
  const total = plan.steps.length;
  for (let done = 0; done < total; done++) {
    const step = plan.steps[done]!;
    clock.advanceTo(step.at);
    const written = (await call(core, step.method, inputOf(step, logIds, entryIds))) as { logId: string; entryId: string };
    if (step.method === 'logs.open') logIds[step.log] = written.logId;
    entryIds[step.key] = written.entryId;
    byMethod[step.method]++;
    if ((done + 1) % yieldEvery === 0 || performance.now() - lastYield > yieldAfterMs) {
      await new Promise(setImmediate);
      lastYield = performance.now();
    }
    if ((done + 1) % 1000 === 0) options.onProgress?.({ done: done + 1, total });
  }
  options.onProgress?.({ done: total, total });

  const levels: Record<Level, number> = { 0: 0, 1: 0, 2: 0, 3: 0 };
  for (const child of plan.children) levels[child.levels[child.levels.length - 1]!]++;
  return {
    logs: plan.children.length,
    events: total,
    byMethod,
    levels,
    bigLogEntries: plan.children.filter((c) => c.big).map((c) => c.entries),
    durationMs: performance.now() - started,
  };
}

function inputOf(step: PlannedStep, logIds: string[], entryIds: string[]): Record<string, unknown> {
  const input: Record<string, unknown> = { ...step.payload };
  if (step.method !== 'logs.open') input.logId = logIds[step.log];
  for (const [field, key] of Object.entries(step.links ?? {})) {
    input[field] = Array.isArray(key) ? key.map((k) => entryIds[k]) : entryIds[key];
  }
  return input;
}

/** Calls the API; a refusal is a bug in the plan, reported by method, code and field paths, never by content. */
async function call(core: Core, method: string, input: unknown): Promise<unknown> {
  const answer: Envelope<unknown> = await core.dispatch(method, input);
  if (answer.ok) return answer.value;
  const fields = (answer.error.params.fields ?? []).map((f) => `${f.path}:${f.problem}`).join(', ');
  throw new Error(`Demo call ${method} was refused: ${answer.error.code}${fields ? ` (${fields})` : ''}`);
}
