import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { ErrorCode, ErrorParams } from '../../src-shared/domain/errors';
import type { Locale } from '../../src-shared/domain/vocabulary';
import { errorMessage, fieldProblemMessage } from '../../src-shared/i18n/errors';
import { en } from './en';
import { nb, type Messages } from './nb';
import { nn } from './nn';

const CATALOGS: Record<Locale, Messages> = { nb, nn, en };

export interface I18n {
  locale: Locale;
  t: Messages;
  error: (code: ErrorCode, params?: ErrorParams) => string;
  fieldProblem: (problem: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  // Screen readers pick their voice from the lang attribute: keep it with the chosen language.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({
      locale,
      t: CATALOGS[locale],
      error: (code, params = {}) => errorMessage(code, params, locale),
      fieldProblem: (problem) => fieldProblemMessage(problem, locale),
    }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
