import { Alert, Button, Paragraph, SkipLink, Spinner } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { SessionStatus } from '../../src-shared/api/dto';
import { useSession } from '../api/queries';
import { I18nProvider, useI18n } from '../i18n/I18n';
import { FirstRun } from '../screens/FirstRun';
import { LogScreen } from '../screens/LogScreen';
import { MyLogs } from '../screens/MyLogs';
import { NewLog } from '../screens/NewLog';
import { Unlock } from '../screens/Unlock';
import { Header } from './Header';
import { NavigationContext, type Route } from './navigation';
import { StatusProvider } from './status';
import { useIdleTouch } from './useIdleTouch';

export function App() {
  const session = useSession();
  if (session.data) {
    return (
      <I18nProvider locale={session.data.locale}>
        <StatusProvider>
          <Shell status={session.data} />
        </StatusProvider>
      </I18nProvider>
    );
  }
  return (
    <I18nProvider locale="nb">
      <main id="main" className="page page-narrow">
        {session.isError ? <StartFailure retry={() => void session.refetch()} /> : <Loading />}
      </main>
    </I18nProvider>
  );
}

function Loading() {
  const { t } = useI18n();
  return (
    <div className="loading">
      <Spinner aria-label={t.loading} data-size="lg" />
    </div>
  );
}

function StartFailure({ retry }: { retry: () => void }) {
  const { t, error } = useI18n();
  return (
    <Alert data-color="danger">
      <Paragraph>{error('internal')}</Paragraph>
      <Button variant="secondary" onClick={retry}>
        {t.errors.retry}
      </Button>
    </Alert>
  );
}

function Shell({ status }: { status: SessionStatus }) {
  const { t } = useI18n();
  const [route, setRoute] = useState<Route>({ name: 'logs' });
  useIdleTouch(status.state === 'unlocked');

  return (
    <NavigationContext.Provider value={{ route, navigate: setRoute }}>
      <SkipLink href="#main">{t.skipToContent}</SkipLink>
      <Header status={status} />
      <main id="main" tabIndex={-1} className={status.state === 'unlocked' ? 'page' : 'page page-narrow'}>
        {status.state === 'none' ? <FirstRun /> : null}
        {status.state === 'locked' ? <Unlock /> : null}
        {status.state === 'unlocked' ? <Screen route={route} /> : null}
      </main>
    </NavigationContext.Provider>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'logs':
      return <MyLogs />;
    case 'newLog':
      return <NewLog />;
    case 'log':
      return <LogScreen key={route.logId} logId={route.logId} focusEntryId={route.entryId} />;
  }
}
