import type { ErrorCode, ErrorParams } from '../domain/errors';
import type { Locale } from '../domain/vocabulary';

/** Error messages in the user's language. Shared so the core answers in the same words the renderer shows. */

const seconds = (p: ErrorParams, one: string, many: string) => {
  const n = p.retryAfterSeconds ?? 1;
  return `${n} ${n === 1 ? one : many}`;
};

type Catalog = Record<ErrorCode, (params: ErrorParams) => string>;

const nb: Catalog = {
  validation: () => 'Noen felt er ikke fylt ut riktig. Ingenting er lagret.',
  unknownMethod: () => 'Handlingen finnes ikke.',
  notSignedIn: () => 'Du må låse opp Stafett først.',
  locked: () => 'Stafett er låst. Lås opp med passordfrasen din.',
  profileExists: () => 'Det finnes allerede en profil på denne maskinen.',
  noProfile: () => 'Det finnes ingen profil ennå. Opprett en først.',
  wrongPassphrase: () => 'Feil passordfrase. Ingenting er endret.',
  tooManyAttempts: (p) => `For mange feil forsøk. Vent ${seconds(p, 'sekund', 'sekunder')} og prøv igjen.`,
  storeTooNew: () => 'Dataene er lagret av en nyere versjon av Stafett. Oppdater appen; dataene er ikke endret.',
  storeDamaged: () => 'Dataene kunne ikke leses. Kontakt IT-avdelingen; ingenting er endret.',
  logNotFound: () => 'Fant ikke stafettloggen.',
  notParticipant: () => 'Du har ikke tilgang til denne stafettloggen.',
  notHolder: () => 'Bare stafettholderen kan gjøre dette.',
  logClosed: () => 'Stafettloggen er avsluttet.',
  entryNotFound: () => 'Fant ikke oppføringen.',
  notEntryAuthor: () => 'Bare den som skrev oppføringen, kan rette den.',
  entryNotAmendable: () => 'Denne oppføringen kan ikke rettes.',
  nothingAmended: () => 'Rettelsen endrer ingenting.',
  measureNotFound: () => 'Fant ikke tiltaket.',
  measureEnded: () => 'Tiltaket er avsluttet og kan ikke evalueres igjen.',
  sameLevel: () => 'Loggen er allerede på dette nivået.',
  forbidden: () => 'Du har ikke lov til å gjøre dette.',
  internal: () => 'Noe gikk galt. Ingenting er endret. Prøv igjen.',
};

const nn: Catalog = {
  validation: () => 'Nokre felt er ikkje fylte ut rett. Ingenting er lagra.',
  unknownMethod: () => 'Handlinga finst ikkje.',
  notSignedIn: () => 'Du må låse opp Stafett først.',
  locked: () => 'Stafett er låst. Lås opp med passordfrasen din.',
  profileExists: () => 'Det finst alt ein profil på denne maskina.',
  noProfile: () => 'Det finst ingen profil enno. Opprett ein først.',
  wrongPassphrase: () => 'Feil passordfrase. Ingenting er endra.',
  tooManyAttempts: (p) => `For mange feil forsøk. Vent ${seconds(p, 'sekund', 'sekund')} og prøv igjen.`,
  storeTooNew: () => 'Dataa er lagra av ein nyare versjon av Stafett. Oppdater appen; dataa er ikkje endra.',
  storeDamaged: () => 'Dataa kunne ikkje lesast. Kontakt IT-avdelinga; ingenting er endra.',
  logNotFound: () => 'Fann ikkje stafettloggen.',
  notParticipant: () => 'Du har ikkje tilgang til denne stafettloggen.',
  notHolder: () => 'Berre stafetthaldaren kan gjere dette.',
  logClosed: () => 'Stafettloggen er avslutta.',
  entryNotFound: () => 'Fann ikkje oppføringa.',
  notEntryAuthor: () => 'Berre den som skreiv oppføringa, kan rette ho.',
  entryNotAmendable: () => 'Denne oppføringa kan ikkje rettast.',
  nothingAmended: () => 'Rettinga endrar ingenting.',
  measureNotFound: () => 'Fann ikkje tiltaket.',
  measureEnded: () => 'Tiltaket er avslutta og kan ikkje evaluerast igjen.',
  sameLevel: () => 'Loggen er alt på dette nivået.',
  forbidden: () => 'Du har ikkje lov til å gjere dette.',
  internal: () => 'Noko gjekk gale. Ingenting er endra. Prøv igjen.',
};

const en: Catalog = {
  validation: () => 'Some fields are not filled in correctly. Nothing was saved.',
  unknownMethod: () => 'That action does not exist.',
  notSignedIn: () => 'Unlock Stafett first.',
  locked: () => 'Stafett is locked. Unlock it with your passphrase.',
  profileExists: () => 'A profile already exists on this computer.',
  noProfile: () => 'There is no profile yet. Create one first.',
  wrongPassphrase: () => 'Wrong passphrase. Nothing was changed.',
  tooManyAttempts: (p) => `Too many failed attempts. Wait ${seconds(p, 'second', 'seconds')} and try again.`,
  storeTooNew: () => 'The data was saved by a newer version of Stafett. Update the app; the data was not changed.',
  storeDamaged: () => 'The data could not be read. Contact your IT department; nothing was changed.',
  logNotFound: () => 'The relay log was not found.',
  notParticipant: () => 'You do not have access to this relay log.',
  notHolder: () => 'Only the relay holder can do this.',
  logClosed: () => 'The relay log is closed.',
  entryNotFound: () => 'The entry was not found.',
  notEntryAuthor: () => 'Only the person who wrote the entry can amend it.',
  entryNotAmendable: () => 'This entry cannot be amended.',
  nothingAmended: () => 'The amendment changes nothing.',
  measureNotFound: () => 'The measure was not found.',
  measureEnded: () => 'The measure has ended and cannot be evaluated again.',
  sameLevel: () => 'The log is already at this level.',
  forbidden: () => 'You are not allowed to do this.',
  internal: () => 'Something went wrong. Nothing was changed. Try again.',
};

const CATALOGS: Record<Locale, Catalog> = { nb, nn, en };

export function errorMessage(code: ErrorCode, params: ErrorParams, locale: Locale): string {
  return CATALOGS[locale][code](params);
}

/** Field problems (the `problem` of a FieldProblem) in each language. */
export const FIELD_PROBLEMS: Record<Locale, Record<string, string>> = {
  nb: {
    required: 'Må fylles ut.',
    tooLong: 'Teksten er for lang.',
    invalid: 'Ugyldig verdi.',
    invalidDate: 'Skriv en gyldig dato.',
    invalidNationalId: 'Fødselsnummeret eller D-nummeret er ikke gyldig (11 siffer, riktige kontrollsiffer).',
    invalidLevel: 'Velg nivå 0, 1, 2 eller 3.',
    passphraseTooShort: 'Passordfrasen må ha minst 10 tegn.',
    passphrasesDiffer: 'Passordfrasene er ikke like.',
    evaluationBeforeStart: 'Evalueringsdatoen kan ikke være før startdatoen.',
    dateInFuture: 'Datoen kan ikke være fram i tid.',
    nationalIdNotBirthDate: 'Fødselsnummeret passer ikke med fødselsdatoen. Sjekk begge.',
    notWhenEnding: 'Et tiltak som avsluttes, skal ikke ha ny evalueringsdato.',
    notAmendable: 'Dette feltet kan ikke rettes.',
    unknownField: 'Feltet er ukjent.',
  },
  nn: {
    required: 'Må fyllast ut.',
    tooLong: 'Teksten er for lang.',
    invalid: 'Ugyldig verdi.',
    invalidDate: 'Skriv ein gyldig dato.',
    invalidNationalId: 'Fødselsnummeret eller D-nummeret er ikkje gyldig (11 siffer, rette kontrollsiffer).',
    invalidLevel: 'Vel nivå 0, 1, 2 eller 3.',
    passphraseTooShort: 'Passordfrasen må ha minst 10 teikn.',
    passphrasesDiffer: 'Passordfrasane er ikkje like.',
    evaluationBeforeStart: 'Evalueringsdatoen kan ikkje vere før startdatoen.',
    dateInFuture: 'Datoen kan ikkje vere fram i tid.',
    nationalIdNotBirthDate: 'Fødselsnummeret passar ikkje med fødselsdatoen. Sjekk begge.',
    notWhenEnding: 'Eit tiltak som vert avslutta, skal ikkje ha ny evalueringsdato.',
    notAmendable: 'Dette feltet kan ikkje rettast.',
    unknownField: 'Feltet er ukjent.',
  },
  en: {
    required: 'Required.',
    tooLong: 'The text is too long.',
    invalid: 'Invalid value.',
    invalidDate: 'Enter a valid date.',
    invalidNationalId: 'The national identity number or D-number is not valid (11 digits, correct check digits).',
    invalidLevel: 'Choose level 0, 1, 2 or 3.',
    passphraseTooShort: 'The passphrase must be at least 10 characters.',
    passphrasesDiffer: 'The passphrases do not match.',
    evaluationBeforeStart: 'The evaluation date cannot be before the start date.',
    dateInFuture: 'The date cannot be in the future.',
    nationalIdNotBirthDate: 'The national identity number does not match the birth date. Check both.',
    notWhenEnding: 'A measure that ends takes no new evaluation date.',
    notAmendable: 'This field cannot be amended.',
    unknownField: 'Unknown field.',
  },
};

export function fieldProblemMessage(problem: string, locale: Locale): string {
  return FIELD_PROBLEMS[locale][problem] ?? FIELD_PROBLEMS[locale].invalid!;
}
