import type { Service } from '../../../../src-shared/domain/vocabulary';
import type { Random } from '../random';
import { type AgeGroup, type TextContext, fill } from './fill';

/** Measures (tiltak): a goal, what is done, and which service owns it. */

interface MeasureTemplate {
  goal: string;
  description: string;
  service: Service;
}

const m = (goal: string, description: string, service: Service): MeasureTemplate => ({ goal, description, service });

const MEASURES: Record<AgeGroup, readonly MeasureTemplate[]> = {
  baby: [
    m('Jevn vektøkning', 'Veiing på helsestasjonen hver uke og veiledning i amming og mating.', 'healthNurse'),
    m('Mer støtte til mor i hverdagen', 'Hjemmebesøk annenhver uke med samtale om søvn, mat og avlastning.', 'healthNurse'),
    m('Medisinsk vurdering', 'Fastlegen undersøker {navn} og vurderer om det trengs henvisning videre.', 'gp'),
    m('Bedre hodekontroll og motorikk', 'Fysioterapeut gir øvelser som foreldrene gjør hjemme [hver dag|flere ganger i uka].', 'healthNurse'),
    m('Nettverk for familien', 'Tilbud om åpen barnehage og barselgruppe. Helsesykepleier følger familien dit første gang.', 'other'),
    m('Roligere kvelder', 'Veiledning om faste rutiner ved legging. Foreldrene fører søvndagbok i to uker.', 'healthNurse'),
  ],
  small: [
    m('Bedre språkforståelse', 'Språkgruppe [to|tre] ganger i uka med fokus på begreper og samtale.', 'kindergarten'),
    m('Tydeligere uttale', 'Logoped kartlegger uttalen og gir råd til barnehagen og foresatte.', 'ppt'),
    m('Trygg levering', 'Fast voksen tar imot {navn} ved levering og har en kort, forutsigbar avskjed.', 'kindergarten'),
    m('Bedre samspill med andre barn', 'Voksenstøttet lek i liten gruppe, fire dager i uka.', 'kindergarten'),
    m('Sikrere grovmotorikk', 'Fysioterapeut ser på grovmotorikken og gir øvelser til barnehagen.', 'healthNurse'),
    m('Foreldreveiledning', 'Foresatte deltar i foreldreveiledning i gruppe, åtte samlinger.', 'healthNurse'),
    m('Spesialpedagogisk vurdering', 'Barnehagen henviser til PPT med samtykke fra foresatte.', 'ppt'),
    m('Rolige overganger', 'Bildestøtte for dagsrytmen og varsel fem minutter før hver overgang.', 'kindergarten'),
    m('Bedre søvn i hvilen', 'Egen hvilekrok med fast voksen de første tjue minuttene.', 'kindergarten'),
  ],
  school: [
    m('Bedre oppmøte om morgenen', 'Fast morgenavtale: {navn} møter {voksen} 08.15 og får en rolig start på dagen.', 'school'),
    m('Bedre leseferdigheter', 'Lesekurs i liten gruppe tre ganger i uka, 30 minutter hver gang.', 'school'),
    m('Trygghet i friminuttene', 'Voksen i friminuttet har et ekstra øye med {navn} og hjelper {ham} inn i lek.', 'school'),
    m('Utredning hos PPT', 'Skolen sender henvisning til PPT med samtykke fra foresatte.', 'ppt'),
    m('Faste samtaler med helsesykepleier', 'Samtaler annenhver uke på helsesykepleiers kontor.', 'healthNurse'),
    m('Like regler hjemme og på skolen', 'Foresatte og skolen blir enige om tre felles regler og følger opp likt.', 'school'),
    m('Bedre søvnrytme', 'Veiledning til foresatte om leggetider og skjermbruk.', 'healthNurse'),
    m('Flere venner i klassen', 'Vennegruppe med tre medelever én gang i uka, ledet av sosiallærer.', 'school'),
    m('Matpakke hver dag', 'Skolen har brødmat tilgjengelig, og foresatte får påminnelse på søndager.', 'school'),
    m('Hjelp med leksene', 'Leksehjelp på skolen to ettermiddager i uka.', 'school'),
  ],
  youth: [
    m('Mindre fravær', 'Ukentlig oppfølging hos rådgiver med en fraværsplan og delmål.', 'school'),
    m('Samtaler om psykisk helse', 'Faste samtaler med helsesykepleier. Vurdere henvisning til BUP etter fire samtaler.', 'healthNurse'),
    m('Vurdering i BUP', 'Fastlegen henviser til BUP med samtykke fra {navn} og foresatte.', 'childPsychiatry'),
    m('Tilrettelagte innleveringer', 'Utsatt frist og mindre deloppgaver i [norsk|samfunnsfag|naturfag].', 'school'),
    m('En meningsfull fritid', 'Miljøarbeider følger {navn} på fritidsklubben de første gangene.', 'other'),
    m('Støtte til familien', 'Familieveileder fra barneverntjenesten har samtaler med familien hver uke (frivillig hjelpetiltak).', 'childWelfare'),
    m('Undersøke hodepine og søvn', 'Time hos fastlegen for å undersøke hodepine og søvnvansker.', 'gp'),
    m('Bedre søvn', 'Søvndagbok i tre uker og samtale om rutiner og skjerm om kvelden.', 'healthNurse'),
    m('Plan for videre skolegang', 'Rådgiver og {navn} lager en plan for fag og mulig lærlingplass.', 'school'),
    m('Arbeidstrening', 'NAV vurderer tilbud om arbeidstrening i sommerferien.', 'nav'),
  ],
};

export interface MeasureText {
  goal: string;
  description: string;
  responsibleService: Service;
}

export function measureText(ctx: TextContext, rng: Random): MeasureText {
  const template = rng.pick(MEASURES[ctx.group]);
  return { goal: fill(template.goal, ctx, rng), description: fill(template.description, ctx, rng), responsibleService: template.service };
}

/** Descriptions made more precise in an amendment. */
export const DESCRIPTION_ADDITIONS = [
  'Oppstart avtales med {forelder}.',
  '{Voksen} har ansvar for å gi beskjed hvis tiltaket ikke blir gjennomført.',
  'Tiltaket gjennomføres ikke i skoleferiene.',
  '{navn} har selv vært med på å bestemme hvordan dette skal gjøres.',
];
