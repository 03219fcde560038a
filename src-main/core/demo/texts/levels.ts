import type { Level } from '../../../../src-shared/domain/vocabulary';
import type { Random } from '../random';
import { type TextContext, fill } from './fill';

/** Reasons for a change of level (nivå), as the holder writes them. Keyed "from-to". */

const REASONS: Record<string, readonly string[]> = {
  '0-1': [
    'Uroen er drøftet med leder og foresatte. Vi setter inn tiltak i egen tjeneste.',
    'Bekymringen er bekreftet over tid. Tiltak i egen tjeneste starter nå.',
  ],
  '1-2': [
    'Tiltakene i egen tjeneste er ikke nok. [PPT|Skolehelsetjenesten|Barnehagen|Fastlegen] kobles inn etter samtykke fra foresatte.',
    'Foresatte har samtykket til samarbeid mellom to tjenester. Oppstartsmøte er avtalt.',
  ],
  '2-3': [
    'Flere tjenester er involvert og behovene er sammensatte. Saken meldes opp til beslutningsmøte, og individuell plan vurderes.',
    'Samarbeidet trenger koordinering på ledernivå. Foresatte har samtykket til beslutningsmøte.',
  ],
  '3-2': [
    'Beslutningsmøtet konkluderte med at to tjenester følger opp videre.',
    'Individuell plan er ikke nødvendig nå. Samarbeidet fortsetter mellom skole og helsetjeneste.',
  ],
  '2-1': [
    'Samarbeidet med [PPT|fastlegen|BUP] er avsluttet. Videre oppfølging skjer i egen tjeneste.',
    'Det går bedre, og én tjeneste kan følge opp videre.',
  ],
  '1-0': [
    'Tiltakene har virket. Vi følger med videre uten egne tiltak.',
    'Målene er nådd. Loggen holdes åpen en periode for å se at det holder seg.',
  ],
};

const JUMP_UP = ['Situasjonen er mer alvorlig enn først antatt. Flere tjenester må inn raskt.'];
const JUMP_DOWN = ['Flere tiltak er avsluttet med godt resultat. Behovet for samarbeid er mindre.'];

export function levelReason(from: Level, to: Level, ctx: TextContext, rng: Random): string {
  const pool = REASONS[`${from}-${to}`] ?? (to > from ? JUMP_UP : JUMP_DOWN);
  return fill(rng.pick(pool), ctx, rng);
}

/** Added when a reason is later written out more fully (an amendment). */
export const REASON_ADDITIONS = ['Foresatte er enige i vurderingen.', '{navn} er informert på en måte som passer alderen.', 'Drøftet med leder før endringen.'];
