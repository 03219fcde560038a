/** Why someone corrects an entry (rettelse). The original stays visible; the reason says what was wrong. */
export const AMENDMENT_REASONS = {
  typo: ['Rettet skrivefeil.', 'Skrivefeil i første versjon.', 'Rettet en skrivefeil.'],
  date: ['Feil dato. Det skjedde dagen før.', 'Datoen var ført feil.'],
  clarify: ['Presisert etter samtale med foresatte.', 'Utdypet slik at det blir tydeligere.', 'Lagt til en opplysning som manglet.'],
  contact: ['Feil kontaktform ført opp.', 'Det var ikke en telefon, men en samtale.'],
  responsible: ['Ny ansvarlig fordi den som hadde ansvaret har sluttet.', 'Ansvarlig person var ført feil.'],
  goalReached: ['Feil avkrysning for måloppnåelse.', 'Vurderingen av måloppnåelse er rettet etter evalueringsmøtet.'],
  reason: ['Begrunnelsen er utdypet.', 'La til hva foresatte mener.'],
} as const;
