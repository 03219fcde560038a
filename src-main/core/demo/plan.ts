import type { GoalReached, Level, NoteContact } from '../../../src-shared/domain/vocabulary';
import { type ChildOutline, DAY, UnitPool, outlineChild } from './children';
import { type Person, adultName, profileUser } from './people';
import { Random } from './random';
import { AMENDMENT_REASONS } from './texts/amendments';
import { brightSpotText } from './texts/brightSpots';
import { clarification, concernText } from './texts/concerns';
import { evaluationText, goalReachedAndDecision } from './texts/evaluations';
import { fill, withTypo } from './texts/fill';
import { REASON_ADDITIONS, levelReason } from './texts/levels';
import { DESCRIPTION_ADDITIONS, measureText } from './texts/measures';
import { noteContact, noteText } from './texts/notes';

/**
 * The whole demo as a list of API calls with the moment each happens, made before anything is written, so a
 * seed fully determines it. Later calls refer to the entries of earlier ones by key (the ids are only known
 * once the core has written them).
 */

// One formatter for the whole plan: making one per call (as osloDate does) costs more than the rest of the plan.
const OSLO_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
const osloDay = (ms: number) => OSLO_DAY.format(ms);

export type StepMethod =
  | 'logs.open'
  | 'log.recordConcern'
  | 'log.recordBrightSpot'
  | 'log.recordNote'
  | 'log.planMeasure'
  | 'log.evaluateMeasure'
  | 'log.changeLevel'
  | 'log.amendEntry';

export interface PlannedStep {
  at: number;
  log: number;
  method: StepMethod;
  /** The input without logId and without the linked ids. Mutable until dispatched: a later typo fix plants its typo here. */
  payload: Record<string, unknown>;
  /** Input fields that hold the id of an earlier step's entry, by that step's key. */
  links?: Record<string, number | number[]>;
  /** Later steps refer to this step's entry by this key. */
  key: number;
}

export interface DemoPlan {
  user: Person;
  children: ChildOutline[];
  /** Every step of every log, in time order. */
  steps: PlannedStep[];
  /** When the profile is created: before the first log opens. */
  profileAt: number;
}

export interface PlanOptions {
  seed: string;
  /** Number of children, one log each. */
  children: number;
  /** How many of them have a big log (several thousand entries). */
  big: number;
  /** Entry counts of the big logs, spread from the first to the second. */
  bigEntries: readonly [number, number];
  /** The moment the demo is made; every event falls in the two years before it. */
  now: Date;
}

/** Lets the event loop run: planning the big logs takes long enough to be felt by a UI in the same process. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function planDemo(options: PlanOptions): Promise<DemoPlan> {
  const rng = new Random(options.seed);
  const user = profileUser(rng.fork('user'));
  const units = new UnitPool(rng.fork('units'));
  const today = Date.parse(`${osloDay(options.now.getTime())}T00:00:00Z`);
  const lastAt = today - DAY + 15 * 3_600_000;
  const firstAt = today - 730 * DAY;
  const big = Math.min(options.big, options.children);

  // Final levels assigned round-robin (then shuffled) so every level 0–3 stands somewhere today.
  const finalLevels = rng.shuffle(Array.from({ length: options.children }, (_, i) => (i % 4) as Level));
  const children: ChildOutline[] = [];
  const steps: PlannedStep[] = [];
  const keys = { next: 0 };
  const takenNames = new Set<string>();
  for (let index = 0; index < options.children; index++) {
    const childRng = rng.fork(`child-${index}`);
    const isBig = index < big;
    const [min, max] = options.bigEntries;
    const entries = isBig
      ? Math.min(max, Math.round(min + ((max - min) * index) / Math.max(1, big - 1)) + childRng.int(0, 40))
      : childRng.weighted([
          [childRng.int(10, 25), 6],
          [childRng.int(26, 50), 3],
          [childRng.int(51, 120), 1],
        ]);
    const child = outlineChild(childRng, { index, big: isBig, finalLevel: finalLevels[index]!, entries, user, units, lastAt, firstAt, takenNames });
    children.push(child);
    for (const step of await planLog(childRng.fork('log'), child, index, user, keys)) steps.push(step);
    await pause();
  }
  // Stable: steps of one log keep their order, and their times strictly increase.
  steps.sort((a, b) => a.at - b.at);
  await pause();
  const profileAt = Math.min(...children.map((c) => c.openAt)) - DAY;
  return { user, children, steps, profileAt };
}

/** What the simulation remembers about an entry, to evaluate or correct it later. */
interface SimEntry {
  key: number;
  kind: 'logOpened' | 'concern' | 'brightSpot' | 'note' | 'measure' | 'evaluation' | 'levelChange';
  /** The payload as it will be sent (the original). */
  payload: Record<string, unknown>;
  /** The fields as they stand after amendments. */
  current: Record<string, unknown>;
  amended: boolean;
}

interface SimMeasure {
  key: number;
  nextEvaluation: string;
}

const isoPlusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Moments for n entries between open and end: weekdays, working hours, strictly increasing, the first at opening. */
function entryTimes(rng: Random, openAt: number, endAt: number, n: number): number[] {
  const firstDay = Math.floor(openAt / DAY);
  const lastDay = Math.floor(endAt / DAY);
  const weekdays: number[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const weekday = new Date(day * DAY).getUTCDay();
    if (weekday !== 0 && weekday !== 6) weekdays.push(day);
  }
  if (weekdays.length === 0) weekdays.push(firstDay);
  const workTime = (day: number) => day * DAY + 7 * 3_600_000 + Math.floor(rng.next() * 8.5 * 3_600_000);
  const open = workTime(weekdays[0]!);
  const times = [open];
  const rest: number[] = [];
  for (let i = 1; i < n; i++) rest.push(workTime(rng.pick(weekdays)));
  rest.sort((a, b) => a - b);
  for (const t of rest) times.push(Math.max(t, times[times.length - 1]! + 60_000 + rng.int(0, 600_000)));
  return times;
}

async function planLog(rng: Random, child: ChildOutline, log: number, user: Person, keys: { next: number }): Promise<PlannedStep[]> {
  const ctx = child.text;
  const times = entryTimes(rng, child.openAt, child.endAt, child.entries);
  const steps: PlannedStep[] = [];
  const entries: SimEntry[] = [];
  const concerns: number[] = [];
  const active: SimMeasure[] = [];
  let level = child.levels[0]!;

  // Level changes spread between 15 % and 85 % of the log's entries.
  const changes = child.levels.slice(1);
  const changeAt = new Map<number, Level>();
  changes.forEach((to, i) => {
    const position = 0.15 + (0.7 * (i + 0.5)) / changes.length;
    changeAt.set(Math.max(2, Math.round(position * child.entries)), to);
  });

  const add = (at: number, method: StepMethod, payload: Record<string, unknown>, kind: SimEntry['kind'] | null, links?: PlannedStep['links']) => {
    const key = keys.next++;
    steps.push({ at, log, method, payload, key, ...(links ? { links } : {}) });
    if (kind) entries.push({ key, kind, payload, current: { ...payload }, amended: false });
    return key;
  };
  // Staff rarely write the same sentence twice in one log: draw again a few times before accepting a repeat.
  const used = new Set<string>();
  const fresh = <T>(make: () => T, textOf: (value: T) => string): T => {
    let value = make();
    for (let tries = 0; tries < 4 && used.has(textOf(value)); tries++) value = make();
    used.add(textOf(value));
    return value;
  };
  const observed = (at: number) => osloDay(at - rng.weighted([[0, 5], [1, 2], [2, 1], [3, 1]]) * DAY);

  for (let i = 0; i < times.length; i++) {
    if (i % 100 === 99) await pause();
    const at = times[i]!;
    const today = osloDay(at);
    if (i === 0) {
      add(at, 'logs.open', { childName: child.childName, birthDate: child.birthDate, nationalId: child.nationalId, unit: child.unit, level }, 'logOpened');
      continue;
    }
    const due = active.filter((m) => m.nextEvaluation <= today).sort((a, b) => (a.nextEvaluation < b.nextEvaluation ? -1 : 1))[0];
    const nextLevel = changeAt.get(i);
    if (nextLevel !== undefined && nextLevel !== level) {
      add(at, 'log.changeLevel', { level: nextLevel, reason: levelReason(level, nextLevel, ctx, rng) }, 'levelChange');
      level = nextLevel;
      continue;
    }
    if (due) {
      const { goalReached, decision } = goalReachedAndDecision(rng);
      const nextEvaluationDate = decision === 'end' ? '' : isoPlusDays(today, rng.int(4, 8) * 7);
      add(
        at,
        'log.evaluateMeasure',
        { whatHappened: evaluationText(goalReached, decision, ctx, rng), goalReached, decision, nextEvaluationDate },
        'evaluation',
        { measureId: due.key },
      );
      if (decision === 'end') active.splice(active.indexOf(due), 1);
      else due.nextEvaluation = nextEvaluationDate;
      continue;
    }

    const cap = 2 + level;
    const canPlan = level >= 1 && active.length < cap;
    const amendable = entries.slice(-25);
    const action = i === 1 ? 'concern' : rng.weighted([
      ['concern', level === 0 ? 4 : 2.5],
      ['note', 3.5],
      ['brightSpot', 2.5],
      ['measure', canPlan ? (active.length === 0 ? 4 : 1.2) : 0],
      ['amend', amendable.length > 1 ? 0.5 : 0],
    ]);
    switch (action) {
      case 'concern':
        concerns.push(add(at, 'log.recordConcern', { observedOn: observed(at), ...fresh(() => concernText(ctx, rng), (c) => c.observation) }, 'concern'));
        break;
      case 'brightSpot':
        add(at, 'log.recordBrightSpot', { observedOn: observed(at), text: fresh(() => brightSpotText(ctx, rng), (t) => t) }, 'brightSpot');
        break;
      case 'note': {
        const contact = noteContact(rng);
        add(at, 'log.recordNote', { occurredOn: observed(at), contact, text: fresh(() => noteText(contact, ctx, rng), (t) => t) }, 'note');
        break;
      }
      case 'measure': {
        const text = fresh(() => measureText(ctx, rng), (m) => m.goal);
        const startDate = isoPlusDays(today, rng.int(0, 7));
        const evaluationDate = isoPlusDays(startDate, rng.int(4, 10) * 7);
        const responsiblePerson = text.responsibleService === user.service && rng.chance(0.5) ? user.name : adultName(rng);
        const linked = rng.shuffle(concerns.slice(-5)).slice(0, rng.int(0, 2));
        const key = add(
          at,
          'log.planMeasure',
          { goal: text.goal, description: text.description, responsiblePerson, responsibleService: text.responsibleService, startDate, evaluationDate },
          'measure',
          { concernIds: linked },
        );
        active.push({ key, nextEvaluation: evaluationDate });
        break;
      }
      case 'amend': {
        const target = rng.pick(amendable);
        const amendment = planAmendment(target, rng, ctx);
        if (!amendment) {
          add(at, 'log.recordBrightSpot', { observedOn: observed(at), text: brightSpotText(ctx, rng) }, 'brightSpot');
          break;
        }
        Object.assign(target.current, amendment.changes);
        target.amended = true;
        add(at, 'log.amendEntry', { changes: amendment.changes, reason: amendment.reason }, null, { entryId: target.key });
        break;
      }
    }
  }
  return steps;
}

/**
 * A correction someone would plausibly make. A typo fix plants the typo in the original payload (not yet sent),
 * so the timeline shows a real slip and its correction.
 */
function planAmendment(target: SimEntry, rng: Random, ctx: ChildOutline['text']): { changes: Record<string, unknown>; reason: string } | null {
  const reason = (kind: keyof typeof AMENDMENT_REASONS) => rng.pick(AMENDMENT_REASONS[kind]);
  const typoFix = (field: string) => {
    if (target.amended) return null;
    const correct = String(target.payload[field]);
    const slipped = withTypo(correct, rng);
    if (slipped === null) return null;
    target.payload[field] = slipped;
    return { changes: { [field]: correct }, reason: reason('typo') };
  };
  const text = (field: string) => String(target.current[field]);
  switch (target.kind) {
    case 'logOpened':
      return typoFix('unit');
    case 'concern':
      return rng.weighted<'typo' | 'date' | 'clarify'>([['typo', 2], ['date', 1], ['clarify', 2]]) === 'typo'
        ? typoFix('observation') ?? { changes: { observation: `${text('observation')} ${clarification(ctx, rng)}` }, reason: reason('clarify') }
        : rng.chance(0.4)
          ? { changes: { observedOn: isoPlusDays(text('observedOn'), -1) }, reason: reason('date') }
          : { changes: { observation: `${text('observation')} ${clarification(ctx, rng)}` }, reason: reason('clarify') };
    case 'brightSpot':
      return typoFix('text') ?? { changes: { observedOn: isoPlusDays(text('observedOn'), -1) }, reason: reason('date') };
    case 'note': {
      if (rng.chance(0.5)) {
        const fixed = typoFix('text');
        if (fixed) return fixed;
      }
      const contact = text('contact') === 'call' ? 'conversation' : ('call' satisfies NoteContact);
      return { changes: { contact }, reason: reason('contact') };
    }
    case 'measure':
      return rng.chance(0.5)
        ? { changes: { responsiblePerson: adultName(rng) }, reason: reason('responsible') }
        : { changes: { description: `${text('description')} ${fill(rng.pick(DESCRIPTION_ADDITIONS), ctx, rng)}` }, reason: reason('clarify') };
    case 'evaluation': {
      const from = text('goalReached') as GoalReached;
      const to: GoalReached = from === 'partly' ? rng.pick(['yes', 'no'] as const) : 'partly';
      return { changes: { goalReached: to }, reason: reason('goalReached') };
    }
    case 'levelChange':
      return { changes: { reason: `${text('reason')} ${fill(rng.pick(REASON_ADDITIONS), ctx, rng)}` }, reason: reason('reason') };
  }
}

