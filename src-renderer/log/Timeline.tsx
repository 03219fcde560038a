import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useRef } from 'react';
import type { TimelineEntry } from '../../src-shared/api/dto';
import type { EntryKind } from '../../src-shared/domain/vocabulary';
import { useConcerns, useMeasures, useTimeline } from '../api/queries';
import { useStatus } from '../app/status';
import { formatDayHeading, formatNumber, osloDay } from '../i18n/format';
import { useI18n } from '../i18n/I18n';
import { EntryCard, entryElementId } from './EntryCard';
import { concernSummary } from './entryFields';

interface Props {
  logId: string;
  kinds: readonly EntryKind[];
  myUserId: string;
  onAmend: (entry: TimelineEntry) => void;
  /** An entry to bring into view and focus (a search hit, or what was just written); loads older pages until found. */
  focusEntryId: string | null;
  onFocused: () => void;
  /** Asks for an entry to be focused, as a link from one entry to another does. */
  onShowEntry: (entryId: string) => void;
}

interface Day {
  day: string;
  entries: TimelineEntry[];
}

/**
 * The child's timeline, newest first, grouped by day. Pages of entries load as the user scrolls (or presses
 * "show older", for keyboard users), and entries off screen are not laid out (content-visibility in CSS),
 * so a log with thousands of entries stays smooth.
 */
export function Timeline({ logId, kinds, myUserId, onAmend, focusEntryId, onFocused, onShowEntry }: Props) {
  const { t, locale, error } = useI18n();
  const { announce } = useStatus();
  const timeline = useTimeline(logId, kinds);
  const measures = useMeasures(logId);
  const measureStatus = useMemo(() => new Map((measures.data ?? []).map((m) => [m.measureId, m.status])), [measures.data]);
  // Named from their own list, not the pages loaded: a measure's concern may be far down an unloaded page.
  const concerns = useConcerns(logId);
  const concernNames = useMemo(() => new Map((concerns.data ?? []).map((c) => [c.entryId, concernSummary(c.fields)])), [concerns.data]);
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = timeline;

  const entries = useMemo(() => timeline.data?.pages.flatMap((page) => page.entries) ?? [], [timeline.data]);
  const total = timeline.data?.pages[0]?.total ?? 0;
  const days = useMemo(() => groupByDay(entries), [entries]);

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasNextPage) return;
    const observer = new IntersectionObserver(
      (records) => {
        if (records.some((r) => r.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
      },
      { rootMargin: '800px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, entries.length]);

  useEffect(() => {
    if (!focusEntryId || !timeline.data) return;
    const element = document.getElementById(entryElementId(focusEntryId));
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
      element.classList.add('entry-highlight');
      onFocused();
    } else if (hasNextPage) {
      if (!isFetchingNextPage) void fetchNextPage();
    } else if (!timeline.isFetching) {
      announce(t.log.notFoundInView);
      onFocused();
    }
  }, [focusEntryId, entries, timeline.data, timeline.isFetching, hasNextPage, isFetchingNextPage, fetchNextPage, onFocused, announce, t]);

  if (timeline.isPending) return <Spinner aria-label={t.loading} />;
  if (timeline.isError) return <Alert data-color="danger">{error('internal')}</Alert>;

  return (
    <div className="timeline" data-testid="timeline">
      <Paragraph data-size="sm" className="muted timeline-count">
        {t.log.showing(formatNumber(entries.length, locale), formatNumber(total, locale))}
      </Paragraph>
      {entries.length === 0 ? <Paragraph>{t.log.empty}</Paragraph> : null}
      {days.map((group, index) => (
        <section key={`${group.day}-${index}`} className="timeline-day" aria-labelledby={`day-${index}`}>
          <Heading level={3} data-size="2xs" id={`day-${index}`} className="day-heading">
            <time dateTime={group.day}>{formatDayHeading(group.day, locale)}</time>
          </Heading>
          <ol className="day-entries">
            {group.entries.map((entry) => (
              <li key={entry.entryId}>
                <EntryCard
                  entry={entry}
                  canAmend={entry.authorId === myUserId}
                  onAmend={onAmend}
                  measureStatus={entry.kind === 'measure' ? measureStatus.get(entry.entryId) : undefined}
                  concerns={entry.kind === 'measure' ? concernNames : undefined}
                  onShowEntry={onShowEntry}
                />
              </li>
            ))}
          </ol>
        </section>
      ))}
      <div ref={sentinel} className="timeline-end">
        {hasNextPage ? (
          <Button variant="secondary" onClick={() => void fetchNextPage()} loading={isFetchingNextPage} data-testid="load-older">
            {isFetchingNextPage ? t.log.loadingOlder : t.log.loadOlder}
          </Button>
        ) : entries.length > 0 ? (
          <Paragraph data-size="sm" className="muted">
            {t.log.beginning}
          </Paragraph>
        ) : null}
      </div>
    </div>
  );
}

function groupByDay(entries: TimelineEntry[]): Day[] {
  const days: Day[] = [];
  for (const entry of entries) {
    const day = osloDay(entry.at);
    const last = days[days.length - 1];
    if (last && last.day === day) last.entries.push(entry);
    else days.push({ day, entries: [entry] });
  }
  return days;
}
