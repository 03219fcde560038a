import { Alert, Button, Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { LogSummary } from '../../src-shared/api/dto';
import { osloDate } from '../../src-shared/util/dates';
import { isApiError } from '../api/client';
import { useMyLogs } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { useStatus } from '../app/status';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/I18n';
import { formatAge } from '../ui/age';
import { LevelTag } from '../ui/LevelTag';
import { NextEvaluation } from '../ui/NextEvaluation';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useSessionState } from '../ui/useSessionState';
import { DEFAULT_LOG_ORDER, LOG_ORDER_KEYS, isLogOrder, nextLogOrder, sortLogs, type LogOrderKey } from './logOrder';
import { SearchLogs } from './SearchLogs';

export function MyLogs() {
  const { t, error } = useI18n();
  const { navigate } = useNavigation();
  const logs = useMyLogs();

  return (
    <div className="my-logs">
      <div className="screen-top">
        <div>
          <ScreenHeading>{t.logs.title}</ScreenHeading>
          <Paragraph className="lead">{t.logs.intro}</Paragraph>
        </div>
        <Button onClick={() => navigate({ name: 'newLog' })} data-testid="create-log">
          <PlusIcon />
          {t.logs.create}
        </Button>
      </div>

      <SearchLogs />

      <section aria-labelledby="my-logs-list" className="section">
        <Heading level={2} data-size="sm" id="my-logs-list">
          {logs.data ? t.logs.count(logs.data.length) : t.logs.tableCaption}
        </Heading>
        {logs.isPending ? <Spinner aria-label={t.loading} /> : null}
        {logs.isError ? (
          <Alert data-color="danger">{isApiError(logs.error) ? error(logs.error.error.code, logs.error.error.params) : error('internal')}</Alert>
        ) : null}
        {logs.data && logs.data.length === 0 ? (
          <div className="empty-state">
            <Paragraph>{t.logs.empty}</Paragraph>
            <Paragraph data-size="sm">{t.logs.emptyHint}</Paragraph>
          </div>
        ) : null}
        {logs.data && logs.data.length > 0 ? <LogTable logs={logs.data} /> : null}
      </section>
    </div>
  );
}

function LogTable({ logs }: { logs: LogSummary[] }) {
  const { t, locale } = useI18n();
  const { navigate } = useNavigation();
  const { announce } = useStatus();
  const [order, setOrder] = useSessionState('stafett.myLogs.order', DEFAULT_LOG_ORDER, isLogOrder);
  const sorted = useMemo(() => sortLogs(logs, order, locale), [logs, order, locale]);
  const today = osloDate();
  const sortBy = (key: LogOrderKey) => {
    const next = nextLogOrder(order, key);
    setOrder(next);
    // aria-sort changes are not read out by every screen reader: say it.
    announce(t.logs.sortedBy(t.logs[key], next.direction === 'ascending'));
  };
  return (
    <div className="table-scroll">
      <Table zebra hover className="log-table" data-testid="log-table">
        <caption className="visually-hidden">{t.logs.tableCaption}</caption>
        <Table.Head>
          <Table.Row>
            {LOG_ORDER_KEYS.map((key) => (
              <Table.HeaderCell key={key} sort={order.key === key ? order.direction : 'none'} onClick={() => sortBy(key)} data-column={key}>
                {t.logs[key]}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {sorted.map((log) => {
            return (
              <Table.Row key={log.logId}>
                <Table.Cell>
                  <a
                    className="row-link"
                    href={`#log-${log.logId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate({ name: 'log', logId: log.logId });
                    }}
                  >
                    {log.childName}
                  </a>
                </Table.Cell>
                <Table.Cell className="nowrap">{formatAge(t, log.birthDate, today)}</Table.Cell>
                <Table.Cell>{log.unit}</Table.Cell>
                <Table.Cell>
                  <LevelTag level={log.level} />
                </Table.Cell>
                <Table.Cell className="nowrap">{log.holder.name}</Table.Cell>
                <Table.Cell className="nowrap">{formatDateTime(log.lastActivityAt, locale)}</Table.Cell>
                <Table.Cell className="nowrap">
                  <NextEvaluation due={log.nextEvaluationDue} />
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}

export function PlusIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1.2em" height="1.2em" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z" />
    </svg>
  );
}
