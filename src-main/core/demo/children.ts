import { osloDate } from '../../../src-shared/util/dates';
import type { Level, Service } from '../../../src-shared/domain/vocabulary';
import { syntheticNationalId } from './identity';
import { type Gender, type Person, ROLE_OF_SERVICE, childFirstName, surname, unitName } from './people';
import type { Random } from './random';
import type { AgeGroup, TextContext } from './texts/fill';

/** One invented child and the outline of the log about them. */
export interface ChildOutline {
  childName: string;
  birthDate: string;
  nationalId: string;
  unit: string;
  text: TextContext;
  /** When the log is opened and when its last entry is written (ms since epoch). */
  openAt: number;
  endAt: number;
  /** Levels the log passes through, from the starting level to where it stands today. */
  levels: Level[];
  entries: number;
  big: boolean;
}

export const DAY = 86_400_000;
const YEAR = 365 * DAY;

/** Units shared between children, as in a real municipality: a handful of kindergartens and schools. */
export class UnitPool {
  private readonly pools = new Map<string, string[]>();
  constructor(private readonly rng: Random) {}

  pick(service: Service, stage: 'primary' | 'lower' | 'upper' = 'primary', size = 5): string {
    const key = `${service}:${stage}`;
    let pool = this.pools.get(key);
    if (!pool) {
      const names = new Set<string>();
      while (names.size < size) names.add(unitName(this.rng, service, stage));
      pool = [...names];
      this.pools.set(key, pool);
    }
    return this.rng.pick(pool);
  }
}

/** Ways a log's level can have moved, by the level it stands at today. Each starts at the opening level. */
const LEVEL_PATHS: Record<Level, readonly Level[][]> = {
  0: [[0], [0, 1, 0], [0], [1, 0]],
  1: [[0, 1], [1], [0, 1, 2, 1], [0, 1]],
  2: [[0, 1, 2], [1, 2], [2], [0, 2], [0, 1, 2, 3, 2]],
  3: [[0, 1, 2, 3], [1, 2, 3], [2, 3], [0, 1, 2, 3]],
};
const BIG_LEVEL_PATHS: readonly Level[][] = [
  [0, 1, 2, 3, 2, 3],
  [0, 1, 2, 1, 2, 3, 2],
  [1, 2, 3, 2, 1, 0, 1],
];

interface OutlineInput {
  index: number;
  big: boolean;
  /** The level the log should stand at today; spread over 0–3 so every level is present. */
  finalLevel: Level;
  entries: number;
  user: Person;
  units: UnitPool;
  /** The last moment an entry may carry: yesterday's end, so nothing is in the future. */
  lastAt: number;
  firstAt: number;
  /** Full names already given to other children of this demo. */
  takenNames: Set<string>;
}

function ageGroupFor(rng: Random, big: boolean): AgeGroup {
  if (big) return rng.pick(['school', 'youth'] as const);
  return rng.weighted<AgeGroup>([
    ['baby', 15],
    ['small', 30],
    ['school', 35],
    ['youth', 20],
  ]);
}

export function outlineChild(rng: Random, input: OutlineInput): ChildOutline {
  const { big, user, units } = input;
  const gender: Gender = rng.chance(0.5) ? 'girl' : 'boy';
  // Two children with the same full name would confuse anyone reading the demo; draw until the name is free.
  let firstName: string;
  let childName: string;
  do {
    firstName = childFirstName(rng, gender);
    const second = childFirstName(rng, gender);
    const middle = rng.chance(0.2) && second !== firstName ? ` ${second}` : '';
    childName = `${firstName}${middle} ${surname(rng)}`;
  } while (input.takenNames.has(childName));
  input.takenNames.add(childName);
  const group = ageGroupFor(rng, big);

  const span = input.lastAt - input.firstAt;
  const openAt = big ? input.firstAt + rng.int(0, 20) * DAY : input.firstAt + Math.floor(rng.next() * (span - 30 * DAY));
  const endAt = big ? input.lastAt - rng.int(0, 3) * DAY : Math.min(input.lastAt, openAt + rng.int(60, 540) * DAY);

  // Age when the log opens, chosen so the child is at most 18 today (the log window is two years).
  const ageAtOpenDays =
    group === 'baby' ? rng.int(30, 300) : group === 'small' ? rng.int(YEAR / DAY, 5 * 365) : group === 'school' ? rng.int(6 * 365, 12 * 365) : rng.int(13 * 365, 16 * 365);
  const birthDate = osloDate(new Date(openAt - ageAtOpenDays * DAY));

  let unit: string;
  let closeAdult: string;
  if (group === 'baby') {
    unit = user.unit;
    closeAdult = 'helsesykepleier';
  } else if (group === 'small') {
    unit = units.pick('kindergarten', 'primary', 6);
    closeAdult = rng.pick(ROLE_OF_SERVICE.kindergarten.slice(0, 2));
  } else if (group === 'school') {
    unit = units.pick('school', 'primary', 5);
    closeAdult = 'kontaktlærer';
  } else {
    const upper = ageAtOpenDays >= 16 * 365 - 60;
    unit = units.pick('school', upper ? 'upper' : 'lower', 2);
    closeAdult = rng.pick(['kontaktlærer', 'rådgiver']);
  }

  const levels = big ? [...BIG_LEVEL_PATHS[input.index % BIG_LEVEL_PATHS.length]!] : [...rng.pick(LEVEL_PATHS[input.finalLevel])];
  return {
    childName,
    birthDate,
    nationalId: syntheticNationalId(rng, birthDate),
    unit,
    text: { firstName, gender, group, closeAdult },
    openAt,
    endAt,
    levels,
    entries: input.entries,
    big,
  };
}
