import type { Service } from '../../../src-shared/domain/vocabulary';
import type { Random } from './random';

/**
 * Invented people and units. First names and surnames are common Norwegian ones, combined at random, so no
 * combination is meant to be a real person; unit names are made of invented place-name parts.
 */

export type Gender = 'girl' | 'boy';

const GIRLS = [
  'Emma', 'Nora', 'Sofie', 'Ella', 'Olivia', 'Ada', 'Sara', 'Ingrid', 'Frida', 'Leah', 'Maja', 'Astrid', 'Emilie',
  'Hedda', 'Tiril', 'Selma', 'Amalie', 'Thea', 'Aurora', 'Vilde', 'Mathilde', 'Ida', 'Hanna', 'Live', 'Mia',
  'Aisha', 'Maryam', 'Zofia', 'Iben', 'Signe', 'Solveig', 'Marte', 'Julie', 'Eline', 'Sunniva', 'Oda',
];
const BOYS = [
  'Jakob', 'Emil', 'Noah', 'Oliver', 'Filip', 'William', 'Lucas', 'Liam', 'Henrik', 'Aksel', 'Oskar', 'Isak',
  'Magnus', 'Johannes', 'Elias', 'Theodor', 'Sander', 'Tobias', 'Mathias', 'Kasper', 'Edvard', 'Ludvig', 'Sigurd',
  'Ole', 'Jonas', 'Adrian', 'Ibrahim', 'Yusuf', 'Mikael', 'Eirik', 'Håkon', 'Vetle', 'Storm', 'Brage', 'Mohammed',
];
const ADULT_FIRST = [
  'Kari', 'Anne', 'Hilde', 'Silje', 'Marit', 'Tone', 'Camilla', 'Lene', 'Ragnhild', 'Gro', 'Torunn', 'Heidi',
  'Line', 'Mona', 'Trine', 'Berit', 'Randi', 'Nina', 'Ingvild', 'Kristin', 'Per', 'Lars', 'Knut', 'Geir', 'Trond',
  'Espen', 'Bjørn', 'Morten', 'Stian', 'Arne', 'Rune', 'Odd', 'Terje', 'Øystein', 'Tor', 'Anders', 'Hans', 'Jon',
];
const SURNAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
  'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Jacobsen', 'Dahl',
  'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Moen', 'Gundersen', 'Iversen', 'Strand', 'Solberg',
  'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen', 'Bakken', 'Kristoffersen', 'Mathisen', 'Lie', 'Amundsen',
  'Nguyen', 'Rasmussen', 'Ali', 'Lunde', 'Solheim', 'Berge', 'Moe', 'Nygård', 'Bakke', 'Holm', 'Lien', 'Hauge',
  'Myhre', 'Aas', 'Sæther', 'Haugland', 'Sandvik', 'Rønning', 'Næss', 'Vik', 'Ødegård', 'Birkeland', 'Tveit',
  'Brekke', 'Aune', 'Ahmed', 'Kowalski', 'Hussein', 'Tangen', 'Strøm', 'Eliassen', 'Helland', 'Bøe',
];

const PLACE_HEADS = [
  'Sol', 'Lyng', 'Furu', 'Eike', 'Bjørke', 'Gran', 'Kverne', 'Tjern', 'Stein', 'Løv', 'Myr', 'Rogn', 'Hassel',
  'Lerke', 'Ospe', 'Måke', 'Trost', 'Bekke', 'Linde', 'Selje', 'Rype', 'Multe', 'Blåbær', 'Ekorn', 'Hegre', 'Tyttebær',
];
const PLACE_TAILS = ['bakken', 'ly', 'heim', 'vik', 'åsen', 'voll', 'tun', 'li', 'haugen', 'moen', 'dalen', 'lia', 'toppen', 'jordet', 'enga', 'stranda'];
/** The invented municipality whose services take part. */
export const MUNICIPALITY = 'Havnes';

export interface Person {
  name: string;
  unit: string;
  service: Service;
}

export function childFirstName(rng: Random, gender: Gender): string {
  return rng.pick(gender === 'girl' ? GIRLS : BOYS);
}

export function surname(rng: Random): string {
  return rng.pick(SURNAMES);
}

export function adultName(rng: Random): string {
  const last = rng.chance(0.15) ? `${rng.pick(SURNAMES)} ${rng.pick(SURNAMES)}` : rng.pick(SURNAMES);
  return `${rng.pick(ADULT_FIRST)} ${last}`;
}

function placeName(rng: Random): string {
  return `${rng.pick(PLACE_HEADS)}${rng.pick(PLACE_TAILS)}`;
}

/** A unit of the given service, named as Norwegian municipalities name theirs. */
export function unitName(rng: Random, service: Service, schoolStage: 'primary' | 'lower' | 'upper' = 'primary'): string {
  const place = placeName(rng);
  switch (service) {
    case 'kindergarten':
      return `${place} barnehage`;
    case 'school':
      if (schoolStage === 'lower') return `${place} ungdomsskole`;
      if (schoolStage === 'upper') return `${place} videregående skole`;
      return `${place} skole`;
    case 'healthNurse':
      return rng.chance(0.5) ? `${place} helsestasjon` : `Skolehelsetjenesten ${place}`;
    case 'ppt':
      return `PPT ${MUNICIPALITY} ${rng.pick(['nord', 'sør', 'øst', 'vest'])}`;
    case 'childWelfare':
      return `Barneverntjenesten i ${MUNICIPALITY}`;
    case 'childPsychiatry':
      return `BUP ${placeName(rng)}`;
    case 'gp':
      return `${place} legesenter`;
    case 'nav':
      return `NAV ${MUNICIPALITY}`;
    case 'other':
      return rng.pick([`Familiesenteret ${MUNICIPALITY}`, `Fritidsklubben ${place}`, `Kulturskolen ${MUNICIPALITY}`, `Flyktningtjenesten ${MUNICIPALITY}`]);
  }
}

/** What staff of each service are called in a log. */
export const ROLE_OF_SERVICE: Record<Service, readonly string[]> = {
  kindergarten: ['pedagogisk leder', 'styrer', 'barne- og ungdomsarbeider', 'spesialpedagog'],
  school: ['kontaktlærer', 'rektor', 'sosiallærer', 'spesialpedagog', 'miljøterapeut', 'rådgiver'],
  healthNurse: ['helsesykepleier', 'jordmor', 'fysioterapeut'],
  ppt: ['PP-rådgiver', 'logoped', 'spesialpedagog'],
  childWelfare: ['barnevernskonsulent', 'familieveileder'],
  childPsychiatry: ['psykologspesialist', 'barnepsykiater', 'klinisk sosionom'],
  gp: ['fastlege'],
  nav: ['veileder i NAV'],
  other: ['familieterapeut', 'miljøarbeider', 'koordinator'],
};

/** The one staff member this demo profile belongs to: the holder of every log in it. */
export function profileUser(rng: Random): Person {
  return { name: `${rng.pick(ADULT_FIRST)} ${rng.pick(SURNAMES)}`, unit: unitName(rng, 'healthNurse'), service: 'healthNurse' };
}
