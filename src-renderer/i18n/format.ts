import type { Locale } from '../../src-shared/domain/vocabulary';

/**
 * Norwegian conventions (DOMAIN.md): dates 05.06.2014 or 5. juni 2014, never slashes; times kl. 09.00;
 * a space between thousands. Times are shown in Norway's time zone whatever the machine says.
 */

const TIME_ZONE = 'Europe/Oslo';
const INTL_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export const intlLocale = (locale: Locale) => INTL_LOCALE[locale];

/** yyyy-mm-dd → 05.06.2014 (in every language: staff read Norwegian dates). */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return y && m && d ? `${d}.${m}.${y}` : isoDate;
}

/** yyyy-mm-dd → 5. juni 2014. */
export function formatDateLong(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A day heading: Torsdag 5. juni 2014. */
export function formatDayHeading(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An instant's clock time: kl. 09.00 (Intl gives 09:00 for nb-NO, which is not the Norwegian standard). */
export function formatTime(instant: string, locale: Locale): string {
  const parts = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }).formatToParts(
    new Date(instant),
  );
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return locale === 'en' ? `${hour}:${minute}` : `kl. ${hour}.${minute}`;
}

/** An instant's calendar day in Norway, yyyy-mm-dd. */
export function osloDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** 05.06.2014 kl. 09.00 */
export function formatDateTime(instant: string, locale: Locale): string {
  const time = formatTime(instant, locale);
  return `${formatDate(osloDay(instant))} ${locale === 'en' ? `at ${time}` : time}`;
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(n);
}

/**
 * What the user typed in a date field → yyyy-mm-dd. Accepts 5.6.2014, 05.06.2014 and 2014-06-05; anything
 * else is returned as typed, so validation names it an invalid date instead of guessing. An empty field is
 * missing (undefined), so validation says it must be filled in rather than that it is not a date.
 */
export function parseDateInput(text: string): string | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (norwegian) {
    const [, d, m, y] = norwegian as unknown as [string, string, string, string];
    return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  }
  return value;
}

/** yyyy-mm-dd → what a date field shows. */
export function dateInputValue(isoDate: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? formatDate(isoDate) : isoDate;
}
