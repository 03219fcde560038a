import { childFirstName } from '../src-main/core/demo/people';
import type { Random } from '../src-main/core/demo/random';
import { brightSpotText } from '../src-main/core/demo/texts/brightSpots';
import { concernText } from '../src-main/core/demo/texts/concerns';
import type { AgeGroup, TextContext } from '../src-main/core/demo/texts/fill';
import { noteContact, noteText } from '../src-main/core/demo/texts/notes';

/** Entries for filling logs fast: the demo's own texts, so search meets realistic words. */

export function benchChild(rng: Random): TextContext {
  const gender = rng.chance(0.5) ? 'girl' : 'boy';
  const group = rng.pick<AgeGroup>(['small', 'school', 'youth']);
  return { firstName: childFirstName(rng, gender), gender, group, closeAdult: group === 'small' ? 'pedagogisk leder' : 'kontaktlærer' };
}

export function benchEntry(rng: Random, ctx: TextContext, logId: string, today: string): { method: string; input: Record<string, unknown> } {
  const roll = rng.next();
  if (roll < 0.35) return { method: 'log.recordConcern', input: { logId, observedOn: today, ...concernText(ctx, rng) } };
  if (roll < 0.6) return { method: 'log.recordBrightSpot', input: { logId, observedOn: today, text: brightSpotText(ctx, rng) } };
  const contact = noteContact(rng);
  return { method: 'log.recordNote', input: { logId, occurredOn: today, contact, text: noteText(contact, ctx, rng) } };
}
