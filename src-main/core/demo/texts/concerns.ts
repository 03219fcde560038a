import type { Random } from '../random';
import { type TextContext, fill, fillFrom, maybeAdd } from './fill';

/** What staff write down when something worries them (oppmerksomhet). Plain and factual, no diagnoses. */

const OBSERVATIONS = {
  baby: [
    'Vekten til {navn} har flatet ut siden forrige kontroll.',
    '{Forelder} forteller at {navn} gråter mye og er vanskelig å roe om kveldene.',
    '{navn} har lite blikkontakt ved [seksukerskontrollen|tremånederskontrollen].',
    '{navn} holder ikke hodet stødig ved firemånederskontrollen.',
    'Mor virker sliten og sier hun sover lite. Hun ønsker mer støtte i hverdagen.',
    'Foreldrene forteller at de har lite nettverk rundt seg og kjenner seg alene.',
    'Det har vært vansker med ammingen, og vektøkningen er lav.',
    '{navn} har hatt flere runder med øreverk og feber [den siste måneden|siden forrige kontroll].',
    'Familien har ikke møtt til [to|tre] avtalte kontroller.',
    '{navn} er stiv i kroppen og foretrekker å snu hodet til én side.',
  ],
  small: [
    '{navn} har lite språk sammenlignet med jevnaldrende og bruker mest enkeltord.',
    '{navn} [biter|slår|dytter] andre barn når {han} blir frustrert.',
    '{navn} leker mest alene og tar sjelden kontakt med andre barn.',
    '{navn} blir ofte hentet sent og virker sliten og sulten om morgenen.',
    '{navn} har vansker med overganger, for eksempel fra lek til samling.',
    '{navn} er ofte syk og har mye fravær fra barnehagen.',
    '{navn} strever med finmotorikk og unngår tegning og klipping.',
    '{navn} sover dårlig i hvilen og er urolig resten av dagen.',
    '{navn} gråter lenge ved levering og er vanskelig å trøste.',
    '{navn} har uklar uttale, og de andre barna forstår {ham} ikke alltid.',
    '{navn} spiser svært lite i barnehagen og vil bare ha brødskive.',
    '{navn} har ofte for lite klær i forhold til været.',
    '{navn} blir lett overveldet når det er mye lyd, og holder seg for ørene.',
    '{navn} faller ofte og virker usikker når {han} klatrer og løper.',
    '{navn} trekker seg unna når andre barn vil være med i leken.',
  ],
  school: [
    '{periode} har {navn} kommet for sent til skolen [tre|fire|fem|seks] ganger.',
    '{navn} har vært borte fra skolen [seks|åtte|ti|tolv] dager dette halvåret, ofte på mandager.',
    '{navn} trekker seg unna i friminuttene og står mye alene.',
    '{navn} har hatt flere konflikter med medelever i [gymtimene|friminuttene|garderoben]. {Han} blir fort sint når {han} taper.',
    '{navn} sier ofte at {han} har vondt i magen og vil hjem.',
    '{navn} leverer sjelden lekser. {Voksen} ser at {han} strever med lesing.',
    '{navn} har ikke med matpakke [flere dager i uka|de fleste dagene|en til to dager i uka].',
    '{navn} er urolig i timene og har vansker med å holde fokus på oppgavene.',
    '{navn} sier at {han} ikke har noen å være sammen med etter skolen.',
    '{navn} gråter lett og trenger mye trøst fra voksne.',
    'Medelever forteller at {navn} blir holdt utenfor i [chatgruppen til klassen|leken i friminuttene].',
    '{navn} er ofte borte i timer med muntlig framføring.',
    '{navn} strever med å komme i gang med oppgaver og trenger mye hjelp.',
    '{navn} sovner i timene [flere ganger i uka|av og til].',
    '{navn} har gått tydelig tilbake i matematikk siden forrige kartlegging.',
    '{navn} virker trett og blek, og sier {han} ikke har spist frokost.',
  ],
  youth: [
    '{navn} har høyt fravær, særlig i første time. Fraværet har økt {periode}.',
    '{navn} sier {han} sover dårlig og ligger våken til langt på natt.',
    '{navn} har sluttet på [fotballaget|håndballaget|korpset|dansen] og treffer ikke venner på fritida lenger.',
    '{navn} har fortalt helsesykepleier at {han} ofte kjenner seg nedstemt.',
    '{navn} er sett sammen med eldre ungdom på kjøpesenteret i skoletida.',
    '{navn} har vært i konflikt med flere lærere og har fått [to|tre] anmerkninger denne måneden.',
    '{navn} sier {han} gruer seg til å gå på skolen og har vondt i hodet de fleste morgener.',
    '{navn} spiser lite i lunsjen og snakker mye om vekt og kropp.',
    '{navn} bruker mye tid på mobilen om natta, ifølge {ham} selv.',
    '{navn} har fått karakteren 1 i [to|tre] fag til jul og sier {han} har gitt opp.',
    '{navn} har trukket seg fra venneflokken og sitter alene i storefri.',
    '{navn} har flere ganger gått hjem midt på dagen uten å si fra.',
    '{navn} sier {han} har mye ansvar hjemme for yngre søsken og lite tid til skolearbeid.',
  ],
} as const;

const FOLLOW_UPS = [
  'Dette er tatt opp med leder.',
  'Vi følger med videre de neste ukene.',
  '{Voksen} har snakket med {navn} om det.',
  '{Forelder} er informert.',
  'Skriver dette ned for å se om det er et mønster.',
  'Drøftes med foresatte på neste samtale.',
  'Det samme er sett av flere ansatte.',
  'Vi avklarer innen 14 dager om det er grunn til å gjøre noe mer.',
];

const CHILD_VOICE = {
  baby: [] as string[],
  small: [
    '{navn} sier «jeg vil ikke» når det er tid for samling.',
    '{navn} sier at {han} savner [mamma|pappa] i barnehagen.',
    '{navn} forteller at {han} er sliten.',
    '{navn} sier at de andre barna ikke vil leke med {ham}.',
    '{navn} peker på magen og sier det gjør vondt.',
  ],
  school: [
    '{navn} sier at {han} synes det er [kjedelig|vanskelig|skummelt] på skolen.',
    '{navn} sier at {han} ikke vet hvorfor {han} blir så sint.',
    '{navn} forteller at {han} ikke får sove fordi {han} tenker mye.',
    '{navn} sier at ingen vil være med {ham} i friminuttene.',
    '{navn} ønsker ikke å snakke om det nå, men sier {han} vil prøve senere.',
    '{navn} sier at {han} vil ha en voksen å gå til når det blir vanskelig.',
  ],
  youth: [
    '{navn} sier at {han} er lei av skolen og ikke ser poenget.',
    '{navn} forteller at {han} kjenner seg ensom, men ikke vil at foreldrene skal bekymre seg.',
    '{navn} sier at {han} klarer seg og ikke trenger hjelp.',
    '{navn} vil gjerne ha samtaler, men ikke i skoletida.',
    '{navn} sier at det hjelper å ha én lærer {han} kan snakke med.',
    '{navn} ønsker at skolen ikke skal ringe hjem hver gang {han} er borte.',
  ],
} as const;

const GUARDIAN_VIEW = [
  '{Forelder} kjenner seg igjen og ser det samme hjemme.',
  '{Forelder} mener det har gått bedre hjemme den siste tida.',
  'Foresatte er bekymret og ønsker hjelp.',
  '{Forelder} mener det henger sammen med flytting i høst.',
  'Foresatte ser det ikke helt på samme måte, men vil gjerne samarbeide.',
  '{Forelder} forteller at det har vært en tung periode i familien.',
  'Foresatte er ikke kontaktet ennå. Det gjøres denne uka.',
  '{Forelder} ønsker at helsesykepleier snakker med {navn}.',
];

const AREAS = {
  baby: ['vekt', 'søvn', 'motorikk', 'samspill', 'amming', 'foreldrestøtte'],
  small: ['språk', 'sosialt samspill', 'søvn', 'motorikk', 'følelsesregulering', 'spising', 'overganger', 'lek'],
  school: ['lesing', 'matematikk', 'vennskap', 'konsentrasjon', 'skolefravær', 'følelsesregulering', 'søvn', 'trivsel'],
  youth: ['skolefravær', 'psykisk helse', 'søvn', 'vennskap', 'motivasjon', 'fritid', 'skjermbruk', 'mat og kropp'],
} as const;

export interface ConcernText {
  observation: string;
  childVoice: string;
  guardianView: string;
  developmentAreas: string;
}

export function concernText(ctx: TextContext, rng: Random): ConcernText {
  const observation = maybeAdd(fillFrom(OBSERVATIONS, ctx, rng, 0), FOLLOW_UPS, 0.55, ctx, rng);
  const voices: readonly string[] = CHILD_VOICE[ctx.group];
  const childVoice = voices.length > 0 && rng.chance(0.6) ? fill(rng.pick(voices), ctx, rng) : '';
  const guardianView = rng.chance(0.55) ? fill(rng.pick(GUARDIAN_VIEW), ctx, rng) : '';
  const areas = rng.shuffle(AREAS[ctx.group]).slice(0, rng.int(0, 3));
  return { observation, childVoice, guardianView, developmentAreas: areas.join(', ') };
}

/** A sentence added to an observation when it is later made more precise (an amendment). */
export const CLARIFICATIONS = [
  'Presisering: dette gjelder særlig de dagene {navn} har vært hos [mor|far].',
  'Presisering: det var {voksen} som observerte dette, ikke undertegnede.',
  'Tillegg: situasjonen varte i omtrent en halvtime.',
  'Presisering: {navn} har selv fortalt om dette.',
  'Tillegg: det samme skjedde også dagen etter.',
];

export function clarification(ctx: TextContext, rng: Random): string {
  return fill(rng.pick(CLARIFICATIONS), ctx, rng);
}
