import { Button, Heading, Link, Tag } from '@digdir/designsystemet-react';
import { memo } from 'react';
import type { TimelineEntry } from '../../src-shared/api/dto';
import type { MeasureStatus } from '../../src-shared/domain/vocabulary';
import { AMENDABLE_FIELDS } from '../../src-shared/domain/events';
import { formatTime, osloDay, formatDate } from '../i18n/format';
import { useI18n } from '../i18n/I18n';
import { LevelTag } from '../ui/LevelTag';
import { Amendments } from './Amendments';
import { LONG_TEXT_FIELDS, SHOWN_FIELDS, fieldLabel, formatFieldValue } from './entryFields';

export const entryElementId = (entryId: string) => `entry-${entryId}`;

interface Props {
  entry: TimelineEntry;
  /** Only the author may amend their own entry. */
  canAmend: boolean;
  onAmend: (entry: TimelineEntry) => void;
  /** For a measure: planned, active or ended, as its evaluations have left it. */
  measureStatus?: MeasureStatus | undefined;
  /** For a measure: the log's concerns by id, each named in one line (see concernSummary). */
  concerns?: ReadonlyMap<string, string> | undefined;
  /** Brings another entry of the log into view and focuses it, loading older pages if need be. */
  onShowEntry?: ((entryId: string) => void) | undefined;
}

const STATUS_COLOR: Record<MeasureStatus, string> = { planned: 'neutral', active: 'info', ended: 'success' };

/** One entry on the timeline: kind, time, author, its content as it stands, and every correction. */
export const EntryCard = memo(function EntryCard({ entry, canAmend, onAmend, measureStatus, concerns, onShowEntry }: Props) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const headingId = `${entryElementId(entry.entryId)}-title`;
  const amendable = canAmend && entry.kind in AMENDABLE_FIELDS;
  const facts: [string, string][] = [];
  const texts: [string, string][] = [];
  for (const field of SHOWN_FIELDS[entry.kind]) {
    if (entry.kind === 'levelChange' && field === 'level') continue;
    const value = formatFieldValue(i18n, field, entry.fields[field]);
    if (!value) continue;
    (LONG_TEXT_FIELDS.has(field) ? texts : facts).push([field, value]);
  }
  const concernIds = entry.kind === 'measure' ? entry.fields.concernIds : undefined;
  const linked = Array.isArray(concernIds) ? concernIds.filter((id): id is string => typeof id === 'string') : [];

  return (
    <article
      id={entryElementId(entry.entryId)}
      className={`entry entry-${entry.kind}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-testid="timeline-entry"
      data-kind={entry.kind}
    >
      <header className="entry-head">
        <Heading level={4} data-size="2xs" id={headingId} className="entry-title">
          <span className="entry-kind-dot" aria-hidden="true" />
          <span>
            {t.kinds[entry.kind]}
            {entry.kind === 'measure' && typeof entry.fields.goal === 'string' ? <span className="entry-subtitle">: {entry.fields.goal}</span> : null}
            <span className="visually-hidden">, {formatDate(osloDay(entry.at))}</span>
          </span>
          {measureStatus ? (
            <Tag data-color={STATUS_COLOR[measureStatus]} data-size="sm">
              {t.measureStatus[measureStatus]}
            </Tag>
          ) : null}
        </Heading>
        <div className="entry-head-end">
          <p className="entry-meta">
            <time dateTime={entry.at}>{formatTime(entry.at, locale)}</time>
            <span aria-hidden="true"> · </span>
            <span>
              {t.log.by} {entry.author.name}, {entry.author.unit} ({t.services[entry.author.service]})
            </span>
          </p>
          {amendable ? (
            <Button
              variant="tertiary"
              data-size="sm"
              onClick={() => onAmend(entry)}
              aria-label={t.log.amendLabel(t.kinds[entry.kind], formatDate(osloDay(entry.at)))}
              className="entry-amend"
            >
              <PencilIcon />
              {t.log.amend}
            </Button>
          ) : null}
        </div>
      </header>

      {entry.kind === 'levelChange' ? (
        <p className="entry-level">
          {t.log.levelTo} <LevelTag level={Number(entry.fields.level) as 0 | 1 | 2 | 3} long />
        </p>
      ) : null}
      {entry.kind === 'logOpened' ? <p className="entry-level">{t.log.openedAtLevel(Number(entry.fields.level))}</p> : null}
      {entry.kind === 'evaluation' && entry.measureGoal ? (
        <p className="entry-for-measure">
          {t.log.measureFor}: <strong>{entry.measureGoal}</strong>
        </p>
      ) : null}

      {facts.length > 0 ? (
        <dl className="entry-facts">
          {facts
            .filter(([field]) => !(entry.kind === 'measure' && field === 'goal'))
            .map(([field, value]) => (
              <div key={field} className="entry-fact">
                <dt>{fieldLabel(i18n, entry.kind, field)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      ) : null}
      {texts.map(([field, value]) => (
        <div key={field} className="entry-text">
          {field !== 'text' ? (
            <p className="entry-text-label">{fieldLabel(i18n, entry.kind, field)}</p>
          ) : null}
          <p className="entry-text-body">{value}</p>
        </div>
      ))}

      {linked.length > 0 ? (
        <div className="entry-links">
          <p className="entry-links-label" id={`${headingId}-links`}>
            {t.log.linkedConcerns}:
          </p>
          <ul aria-labelledby={`${headingId}-links`}>
            {linked.map((concernId) => {
              const name = concerns?.get(concernId);
              return (
                <li key={concernId}>
                  <Link
                    href={`#${entryElementId(concernId)}`}
                    aria-label={name ? `${t.kinds.concern}, ${name}` : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      onShowEntry?.(concernId);
                    }}
                  >
                    {name ?? t.kinds.concern}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}

      <Amendments entry={entry} />

    </article>
  );
});

function PencilIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1.1em" height="1.1em" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M16.9 3.1a2.1 2.1 0 0 1 3 3L8.5 17.5 4 19l1.5-4.5L16.9 3.1Zm-1.4 3.3L6.9 15l-.6 1.7 1.7-.6 8.6-8.6-1.1-1.1Z" />
    </svg>
  );
}
