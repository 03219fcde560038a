import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import type { SessionStatus } from '../../src-shared/api/dto';
import { LOCALES, type Locale } from '../../src-shared/domain/vocabulary';
import { useApi } from '../api/ApiProvider';
import { keys } from '../api/keys';
import { useI18n } from '../i18n/I18n';
import { useNavigation } from './navigation';
import { useStatus } from './status';

export function Header({ status }: { status: SessionStatus }) {
  const { t } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const { announce } = useStatus();
  const unlocked = status.state === 'unlocked';

  const setLocale = async (locale: Locale) => {
    const next = await api.call('session.setLocale', { locale });
    queryClient.setQueryData(keys.session, next);
  };

  const lock = async () => {
    const next = await api.call('session.lock', {});
    queryClient.setQueryData(keys.session, next);
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== keys.session[0] });
    announce(t.header.locked);
  };

  return (
    <header className="app-header">
      <div className="app-header-inner">
        {unlocked ? (
          <a
            className="brand"
            href="#main"
            onClick={(event) => {
              event.preventDefault();
              navigate({ name: 'logs' });
            }}
          >
            <BrandMark />
            <span className="brand-name">{t.appName}</span>
          </a>
        ) : (
          <span className="brand">
            <BrandMark />
            <span className="brand-name">{t.appName}</span>
          </span>
        )}
        <div className="header-tools">
          {unlocked && status.user ? (
            <p className="header-user">
              <span className="visually-hidden">{t.header.signedInAs} </span>
              <span className="header-user-name">{status.user.name}</span>
              <span className="header-user-unit">
                {status.user.unit} · {t.services[status.user.service]}
              </span>
            </p>
          ) : null}
          <Field className="language-field" data-size="sm">
            <Label>{t.language}</Label>
            <Select width="auto" value={status.locale} onChange={(e) => void setLocale(e.target.value as Locale)}>
              {LOCALES.map((locale) => (
                <Select.Option key={locale} value={locale} lang={locale}>
                  {t.locales[locale]}
                </Select.Option>
              ))}
            </Select>
          </Field>
          {unlocked ? (
            <Button variant="secondary" data-size="sm" onClick={() => void lock()} title={t.header.lockHint}>
              <LockIcon />
              {t.header.lock}
            </Button>
          ) : null}
        </div>
      </div>
    </header>
  );
}

/** A relay baton passing between two hands: the idea of the log. */
function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="2" y="2" width="28" height="28" rx="7" className="brand-mark-bg" />
      <rect x="8.5" y="13.5" width="15" height="5" rx="2.5" transform="rotate(-35 16 16)" className="brand-mark-baton" />
    </svg>
  );
}

function LockIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1.1em" height="1.1em" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5Zm-3 5a3 3 0 1 1 6 0v3H9V7Zm3 7a1.5 1.5 0 0 1 .75 2.8V18h-1.5v-1.2A1.5 1.5 0 0 1 12 14Z"
      />
    </svg>
  );
}
