import { describe, expect, it } from 'vitest';
import { DomainError, ERROR_CODES, StafettError } from '../../src-shared/domain/errors';
import { LOCALES } from '../../src-shared/domain/vocabulary';
import { FIELD_PROBLEMS, errorMessage, fieldProblemMessage } from '../../src-shared/i18n/errors';

// A code leaking into a message shows up as a camelCase word ("notHolder") or a code standing alone.
const CAMEL_CASE = /\b[a-z]+[A-Z]\w*\b/;

describe('error messages', () => {
  it.each(LOCALES)('has a sentence in %s for every error code, without the raw code', (locale) => {
    for (const code of ERROR_CODES) {
      const message = errorMessage(code, {}, locale);
      expect(message.trim().length, code).toBeGreaterThan(5);
      expect(message, code).not.toMatch(CAMEL_CASE);
      expect(message.trim(), code).not.toBe(code);
      expect(message, code).toMatch(/\s/);
      // Norwegian messages have no reason to contain an English code word at all.
      if (locale !== 'en') for (const other of ERROR_CODES) expect(message.toLowerCase(), code).not.toContain(other.toLowerCase());
    }
  });

  it('says how long to wait after too many attempts', () => {
    for (const locale of LOCALES) expect(errorMessage('tooManyAttempts', { retryAfterSeconds: 30 }, locale)).toContain('30');
  });

  it('differs between bokmål, nynorsk and English where the languages differ', () => {
    expect(errorMessage('logNotFound', {}, 'nb')).not.toBe(errorMessage('logNotFound', {}, 'nn'));
    expect(errorMessage('logNotFound', {}, 'nb')).not.toBe(errorMessage('logNotFound', {}, 'en'));
  });
});

describe('field problem messages', () => {
  it('exist for the same problems in every language, and are sentences', () => {
    const problems = Object.keys(FIELD_PROBLEMS.nb).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(FIELD_PROBLEMS[locale]).sort()).toEqual(problems);
      for (const problem of problems) {
        const message = fieldProblemMessage(problem, locale);
        expect(message.trim().length, `${locale}.${problem}`).toBeGreaterThan(3);
        expect(message, `${locale}.${problem}`).not.toMatch(CAMEL_CASE);
      }
    }
  });

  it('fall back to a general message for an unknown problem rather than showing a key', () => {
    for (const locale of LOCALES) expect(fieldProblemMessage('noSuchProblem', locale)).toBe(FIELD_PROBLEMS[locale].invalid);
  });
});

describe('error types', () => {
  it('carry their code and parameters, and a domain error is a Stafett error', () => {
    const error = new DomainError('notHolder');
    expect(error).toBeInstanceOf(StafettError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('notHolder');
    expect(error.name).toBe('DomainError');
    const validation = new StafettError('validation', { fields: [{ path: 'childName', problem: 'required' }] });
    expect(validation.params.fields).toEqual([{ path: 'childName', problem: 'required' }]);
    expect(validation.name).toBe('StafettError');
  });
});
