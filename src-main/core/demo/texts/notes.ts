import type { NoteContact } from '../../../../src-shared/domain/vocabulary';
import type { Random } from '../random';
import { type TextContext, fillFrom } from './fill';

/** Notes (notat): a short documented contact, a call, a conversation, a message. */

const BY_CONTACT: Record<NoteContact, Partial<Record<TextContext['group'] | 'any', readonly string[]>>> = {
  call: {
    any: [
      'Telefon med {forelder}. Avtalte nytt møte {dag} {kl}.',
      'Telefon med {forelder}, som forteller at det går litt bedre hjemme.',
      '{Forelder} ringte og spurte hvordan det går med tiltakene.',
      'Ringte {forelder} og informerte om at saken er drøftet med leder.',
      'Telefon med {voksen}. Vi er enige om å vente med nye tiltak til etter evalueringen.',
      'Ringte {forelder} for å høre hvordan helgen har vært. Ingen nye bekymringer.',
      'Telefon med {forelder}, som ønsker å flytte møtet til {dag} {kl}.',
      'Prøvde å ringe {forelder} to ganger uten svar. Sender melding.',
    ],
    baby: ['Telefon med mor etter hjemmebesøket. Hun sier at rådene om søvn har hjulpet.'],
  },
  conversation: {
    small: [
      'Samtale med {forelder} ved henting om hvordan {navn} har det hjemme.',
      'Kort prat med {forelder} ved levering. {navn} sov dårlig i natt.',
      'Samtale med styrer om bemanning rundt {navn} i overgangene.',
    ],
    school: [
      'Samtale med {navn} i friminuttet. {Han} forteller at det har vært bedre i klassen.',
      'Samtale med {navn} etter skoletid om hva som er vanskelig med leksene.',
      'Samtale med {voksen} om hvordan {navn} har det i timene.',
    ],
    youth: [
      'Samtale med {navn} på helsesykepleiers kontor. {Han} var åpen og fortalte om søvn og skole.',
      'Samtale med {navn} om fraværet. {Han} ønsker å prøve en ny plan for morgenene.',
      'Samtale med rådgiver om valg av programfag for {navn}.',
    ],
    baby: [
      'Samtale med mor på helsestasjonen om amming og søvn.',
      'Samtale med begge foreldre under hjemmebesøk. De har fått mer hjelp fra besteforeldre.',
    ],
    any: ['Samtale med {forelder} om veien videre. Vi er enige om å evaluere om noen uker.'],
  },
  message: {
    any: [
      'Melding fra {forelder}: {navn} er syk i dag og kommer ikke.',
      'Sendte melding til {forelder} om tidspunkt for neste møte, {dag} {kl}.',
      'Melding fra {voksen} om at {navn} hadde en fin dag.',
      'Melding fra {forelder} med spørsmål om hvem som følger opp i ferien.',
      'Sendte innkalling til oppfølgingsmøte {dag} {kl} til foresatte og {voksen}.',
      'Melding fra {forelder}: timen hos fastlegen er flyttet til neste uke.',
    ],
  },
  other: {
    any: [
      'Saken er drøftet anonymt i ressursteamet.',
      'Kartlegging gjennomført. Resultatet gjennomgås med foresatte på neste møte.',
    ],
    baby: [
      'Hjemmebesøk gjennomført. Rådene om søvn og mat er gjentatt skriftlig.',
      'Drøftet vektkurven med fastlegen. Ny veiing om to uker.',
    ],
    small: [
      'Drøftet saken anonymt med PPT. Råd om å kartlegge nærmere før henvisning.',
      'Observasjon i barnehagen i en time. Notater fra observasjonen er delt med {voksen}.',
      'Deltok på overføringsmøte mellom barnehage og skole.',
      'Skriftlig samtykke fra foresatte til samarbeid med PPT er mottatt.',
    ],
    school: [
      'Drøftet saken anonymt med PPT. Råd om å kartlegge nærmere før henvisning.',
      'Observasjon i [klasserommet|friminuttet] i en time. Notater fra observasjonen er delt med {voksen}.',
      'Skriftlig samtykke fra foresatte til samarbeid med PPT er mottatt.',
    ],
    youth: [
      'Observasjon i klasserommet i en time. Notater fra observasjonen er delt med {voksen}.',
      'Skriftlig samtykke fra {navn} og foresatte til samarbeid med BUP er mottatt.',
    ],
  },
};

export function noteText(contact: NoteContact, ctx: TextContext, rng: Random): string {
  return fillFrom(BY_CONTACT[contact], ctx, rng, 0.5);
}

export function noteContact(rng: Random): NoteContact {
  return rng.weighted([
    ['call', 4],
    ['conversation', 4],
    ['message', 3],
    ['other', 1],
  ]);
}

