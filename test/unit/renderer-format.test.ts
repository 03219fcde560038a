import { describe, expect, it } from 'vitest';
import { en } from '../../src-renderer/i18n/en';
import { formatDate, formatDateLong, formatDateTime, formatDayHeading, formatNumber, formatTime, parseDateInput } from '../../src-renderer/i18n/format';
import { nb } from '../../src-renderer/i18n/nb';
import { nn } from '../../src-renderer/i18n/nn';
import { concernSummary } from '../../src-renderer/log/entryFields';
import { formatAge } from '../../src-renderer/ui/age';

describe('Norwegian dates and times in the UI', () => {
  it('writes dates as 05.06.2014 or 5. juni 2014, never with slashes', () => {
    expect(formatDate('2014-06-05')).toBe('05.06.2014');
    expect(formatDateLong('2014-06-05', 'nb')).toBe('5. juni 2014');
    expect(formatDateLong('2014-06-05', 'nn')).toBe('5. juni 2014');
    expect(formatDayHeading('2014-06-05', 'nb')).toBe('Torsdag 5. juni 2014');
    for (const locale of ['nb', 'nn', 'en'] as const) expect(formatDateTime('2014-06-05T07:00:00Z', locale)).not.toContain('/');
  });

  it('writes times as kl. 09.00 in Norway’s time zone, whatever the machine’s', () => {
    // 07:00 UTC in June is 09:00 in Oslo (summer time); 08:05 UTC in January is 09:05.
    expect(formatTime('2014-06-05T07:00:00Z', 'nb')).toBe('kl. 09.00');
    expect(formatTime('2014-01-05T08:05:00Z', 'nn')).toBe('kl. 09.05');
    expect(formatDateTime('2014-06-05T07:00:00Z', 'nb')).toBe('05.06.2014 kl. 09.00');
    // Late evening UTC is already the next day in Oslo.
    expect(formatDateTime('2014-06-05T22:30:00Z', 'nb')).toBe('06.06.2014 kl. 00.30');
  });

  it('groups thousands with a space', () => {
    expect(formatNumber(5000, 'nb').replace(/\s/g, ' ')).toBe('5 000');
  });

  it('reads typed dates the Norwegian way and leaves anything else for validation to name', () => {
    expect(parseDateInput('5.6.2014')).toBe('2014-06-05');
    expect(parseDateInput(' 05.06.2014 ')).toBe('2014-06-05');
    expect(parseDateInput('2014-06-05')).toBe('2014-06-05');
    expect(parseDateInput('05/06/2014')).toBe('05/06/2014');
    expect(parseDateInput('')).toBeUndefined();
  });
});

describe('ages', () => {
  it('says years, or months under one year', () => {
    expect(formatAge(nb, '2014-06-05', '2026-06-04')).toBe('11 år');
    expect(formatAge(nb, '2014-06-05', '2026-06-05')).toBe('12 år');
    expect(formatAge(nb, '2026-01-20', '2026-06-19')).toBe('4 mnd.');
    expect(formatAge(en, '2025-06-05', '2026-06-05')).toBe('1 year');
  });
});

describe('a concern in one line', () => {
  it('gives the observed-on date and the first words, marking what was left out', () => {
    expect(concernSummary({ observedOn: '2026-12-03', observation: 'Sitter ofte alene i friminuttene og virker sliten.' })).toBe(
      '03.12.2026 – Sitter ofte alene i friminuttene og …',
    );
    expect(concernSummary({ observedOn: '2026-12-03', observation: 'Gråter  ved\nlevering.' })).toBe('03.12.2026 – Gråter ved levering.');
    expect(concernSummary({ observedOn: '2026-12-03', observation: 'x'.repeat(60) })).toBe(`03.12.2026 – ${'x'.repeat(48)} …`);
  });
});

describe('catalogs', () => {
  it('nynorsk and English have every key bokmål has', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
        : typeof value;
    expect(shape(nn)).toEqual(shape(nb));
    expect(shape(en)).toEqual(shape(nb));
  });
});
