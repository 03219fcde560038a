import type { Random } from '../random';

/** Who a text is about, so templates can say "han"/"hun" and name the right adults. */
export type AgeGroup = 'baby' | 'small' | 'school' | 'youth';

export interface TextContext {
  firstName: string;
  gender: 'girl' | 'boy';
  group: AgeGroup;
  /** The staff role closest to the child in the child's unit: "pedagogisk leder", "kontaktlærer". */
  closeAdult: string;
}

const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'];
const GUARDIANS = ['mor', 'far', 'mor', 'far', 'foresatte', 'mor og far'];
const PERIODS = [
  'De siste to ukene',
  'Den siste måneden',
  'Etter høstferien',
  'Etter juleferien',
  'Siden vinterferien',
  'Denne uka',
  'Over lengre tid',
  'De siste dagene',
  'Siden oppstart',
];

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A clock time in Norwegian style: kl. 09.00. */
export function clockTime(rng: Random): string {
  const hour = rng.int(8, 15);
  const minute = rng.pick(['00', '15', '30', '45']);
  return `kl. ${String(hour).padStart(2, '0')}.${minute}`;
}

// A switch rather than a table of closures: fill runs tens of thousands of times while the demo is planned.
function tokenValue(token: string, ctx: TextContext, rng: Random): string | null {
  const girl = ctx.gender === 'girl';
  switch (token) {
    case 'navn':
      return ctx.firstName;
    case 'han':
      return girl ? 'hun' : 'han';
    case 'ham':
      return girl ? 'henne' : 'ham';
    case 'hans':
      return girl ? 'hennes' : 'hans';
    case 'voksen':
      return ctx.closeAdult;
    case 'forelder':
      return rng.pick(GUARDIANS);
    case 'dag':
      return rng.pick(WEEKDAYS);
    case 'kl':
      return clockTime(rng);
    case 'periode':
      return rng.pick(PERIODS).toLowerCase();
    default:
      return null;
  }
}

/**
 * Fills a template. `[a|b|c]` picks one alternative; `{token}` is replaced, and `{Token}` gives it with a
 * capital letter. Alternatives are resolved first, so they may contain tokens.
 */
export function fill(template: string, ctx: TextContext, rng: Random): string {
  const chosen = template.replace(/\[([^[\]]*)\]/g, (_, options: string) => rng.pick(options.split('|')));
  const filled = chosen.replace(/\{(\w+)\}/g, (whole, token: string) => {
    const value = tokenValue(token.toLowerCase(), ctx, rng);
    if (value === null) return whole;
    return token.charAt(0) === token.charAt(0).toUpperCase() ? capitalize(value) : value;
  });
  return capitalize(filled.replace(/\s+/g, ' ').trim());
}

/** Picks a template for the age group (falling back to the shared ones) and fills it. */
export function fillFrom(byGroup: Partial<Record<AgeGroup | 'any', readonly string[]>>, ctx: TextContext, rng: Random, anyShare = 0.25): string {
  const own = byGroup[ctx.group] ?? [];
  const shared = byGroup.any ?? [];
  const pool = own.length === 0 || (shared.length > 0 && rng.chance(anyShare)) ? shared : own;
  return fill(rng.pick(pool), ctx, rng);
}

/** Sometimes adds one of the follow-up sentences. */
export function maybeAdd(text: string, followUps: readonly string[], probability: number, ctx: TextContext, rng: Random): string {
  return rng.chance(probability) ? `${text} ${fill(rng.pick(followUps), ctx, rng)}` : text;
}

/** A staff member's plausible slip of the keyboard: two neighbouring letters swapped in one longer word. */
export function withTypo(text: string, rng: Random): string | null {
  const words = [...text.matchAll(/[a-zA-ZæøåÆØÅ]{6,}/g)];
  if (words.length === 0) return null;
  const word = rng.pick(words);
  const at = word.index + rng.int(1, word[0].length - 3);
  const a = text.charAt(at);
  const b = text.charAt(at + 1);
  if (a === b) return null;
  return `${text.slice(0, at)}${b}${a}${text.slice(at + 2)}`;
}
