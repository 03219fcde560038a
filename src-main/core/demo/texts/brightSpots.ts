import type { Random } from '../random';
import { type TextContext, fillFrom, maybeAdd } from './fill';

/** Bright spots (lysglimt): what works, strengths. Short and concrete. */

const BRIGHT_SPOTS = {
  baby: [
    '{navn} smiler og har god kontakt under konsultasjonen.',
    'Vekten til {navn} har tatt seg opp siden sist.',
    '{Forelder} forteller at nettene har blitt roligere.',
    '{navn} følger godt med med blikket og lager mange lyder.',
    'Mor har begynt i barselgruppe og trives der.',
    '{navn} holder hodet fint og løfter seg på armene.',
  ],
  small: [
    '{navn} lekte lenge i sandkassa med [to|tre] andre barn.',
    '{navn} sa hadet til {forelder} ved levering uten å gråte.',
    '{navn} brukte flere nye ord i samlingen i dag.',
    '{navn} satt gjennom hele samlingen og fulgte med.',
    '{navn} hjalp et yngre barn med å ta på seg dressen.',
    '{navn} spiste hele måltidet og smakte på noe nytt.',
    '{navn} ventet på tur i spillet og var stolt etterpå.',
    '{navn} klatret opp i klatrestativet helt alene.',
    '{navn} sovnet fort i hvilen og var blid resten av dagen.',
  ],
  school: [
    '{navn} hjalp en yngre elev som hadde slått seg i friminuttet.',
    '{navn} var med i fotballen i storefri og lo mye.',
    '{navn} leste høyt for klassen for første gang.',
    '{navn} har møtt presis hver dag denne uka.',
    '{navn} fortalte stolt om tegningen {han} hadde laget.',
    '{navn} spurte selv om hjelp i matematikk.',
    '{navn} hadde med matpakke hele uka.',
    '{navn} klarte å gå fra en konflikt og hente en voksen.',
    '{navn} fikk ros av medelever for presentasjonen sin.',
    '{navn} har fått en ny venn i klassen, og de er sammen i friminuttene.',
  ],
  youth: [
    '{navn} har levert alle innleveringer denne måneden.',
    '{navn} har begynt på [dans|fotball|klatring|gitarkurs] igjen og forteller at det er gøy.',
    '{navn} sa selv at det er lettere å komme på skolen nå.',
    '{navn} fikk god karakter på [norskprøven|engelskprøven|matteprøven] og var fornøyd.',
    '{navn} har ikke hatt fravær de siste to ukene.',
    '{navn} tok selv kontakt med helsesykepleier for en prat.',
    '{navn} har fått sommerjobb og gleder seg.',
    '{navn} var med på klassetur og sier det var fint.',
  ],
  any: [
    '{navn} var i godt humør hele dagen.',
    '{Voksen} ser at {navn} er tryggere enn før.',
    '{navn} viste stor omsorg for en som var lei seg.',
  ],
} as const;

const FOLLOW_UPS = ['Dette kan vi bygge videre på.', 'Godt å se!', '{Forelder} fikk høre det ved henting.', '{navn} var selv fornøyd.', 'Fortalt til {forelder} samme dag.'];

export function brightSpotText(ctx: TextContext, rng: Random): string {
  return maybeAdd(fillFrom(BRIGHT_SPOTS, ctx, rng, 0.15), FOLLOW_UPS, 0.4, ctx, rng);
}
