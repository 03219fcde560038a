import type { EvaluationDecision, GoalReached } from '../../../../src-shared/domain/vocabulary';
import type { Random } from '../random';
import { type TextContext, fill } from './fill';

/** Evaluations (evaluering) of one measure: what happened, whether the goal was reached, what now. */

const WHAT_HAPPENED: Record<GoalReached, readonly string[]> = {
  yes: [
    'Tiltaket er gjennomført som planlagt. {Voksen} ser tydelig framgang.',
    'Målet er nådd. {navn} og foresatte er fornøyde.',
    'Tiltaket har virket godt. {navn} sier selv at det har hjulpet.',
    'Gjennomført hver uke uten avbrudd. Endringen har holdt seg i over en måned.',
  ],
  partly: [
    'Tiltaket er delvis gjennomført. Det er noe framgang, men {navn} trenger fortsatt støtte.',
    'Noe bedring, men ikke stabilt. Tiltaket falt bort [to|tre] uker på grunn av sykdom i personalet.',
    'Bedre på skoledager med fast voksen, dårligere når det er vikar.',
    '{Forelder} ser framgang hjemme, mens {voksen} ser mindre endring.',
  ],
  no: [
    'Ingen tydelig endring. {navn} synes tiltaket er vanskelig å følge.',
    'Tiltaket kom ikke i gang som planlagt fordi ventetiden var lengre enn ventet.',
    'Det er ikke sett framgang. Vi må tenke nytt sammen med foresatte.',
    '{navn} har ikke ønsket å delta. {Han} sier at {han} heller vil ha en annen løsning.',
  ],
};

const DECISION_SENTENCES: Record<EvaluationDecision, readonly string[]> = {
  continue: ['Vi fortsetter som før.', 'Tiltaket fortsetter uendret.', 'Alle er enige om å fortsette.'],
  adjust: [
    'Tiltaket justeres: [færre økter, men lengre|ny voksen tar over|{navn} får være med på å velge aktivitet|oppstart flyttes til første time].',
    'Vi justerer tiltaket etter ønske fra {forelder}.',
  ],
  end: ['Tiltaket avsluttes.', 'Tiltaket avsluttes etter avtale med {forelder}.'],
};

export function goalReachedAndDecision(rng: Random): { goalReached: GoalReached; decision: EvaluationDecision } {
  const goalReached = rng.weighted<GoalReached>([
    ['yes', 3],
    ['partly', 4],
    ['no', 2],
  ]);
  const decision = rng.weighted<EvaluationDecision>(
    goalReached === 'yes'
      ? [['end', 6], ['continue', 3], ['adjust', 1]]
      : goalReached === 'partly'
        ? [['continue', 4], ['adjust', 4], ['end', 1]]
        : [['adjust', 5], ['end', 3], ['continue', 1]],
  );
  return { goalReached, decision };
}

export function evaluationText(goalReached: GoalReached, decision: EvaluationDecision, ctx: TextContext, rng: Random): string {
  return `${fill(rng.pick(WHAT_HAPPENED[goalReached]), ctx, rng)} ${fill(rng.pick(DECISION_SENTENCES[decision]), ctx, rng)}`;
}
