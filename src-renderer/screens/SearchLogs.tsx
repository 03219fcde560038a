import { Heading, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useSearch } from '../api/queries';
import { useNavigation } from '../app/navigation';
import { useStatus } from '../app/status';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/I18n';
import { Snippet } from '../ui/Snippet';
import { useDebounced } from '../ui/useDebounced';

/** Full-text search across my logs; each hit opens the log at its entry. */
export function SearchLogs() {
  const { t, locale, error } = useI18n();
  const { navigate } = useNavigation();
  const { announce } = useStatus();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 300);
  const search = useSearch(query);
  const hits = search.data?.hits;
  const more = search.data?.more ?? false;
  const count = hits ? (hits.length === 0 ? t.search.none(query) : more ? t.search.newestResults(hits.length, query) : t.search.results(hits.length, query)) : '';

  useEffect(() => {
    if (query && count) announce(more ? `${count}. ${t.search.moreHint}` : count);
  }, [count, more, query, announce, t]);

  return (
    <section role="search" aria-label={t.search.label} className="search-section">
      <Textfield
        id="log-search"
        type="search"
        label={t.search.label}
        description={t.search.hint}
        value={text}
        onChange={(e) => setText(e.target.value)}
        className="field field-medium"
        autoComplete="off"
      />
      {query ? (
        <div className="search-results" aria-busy={search.isFetching}>
          {search.isFetching && !hits ? <Spinner aria-label={t.search.searching} data-size="sm" /> : null}
          {search.isError ? <Paragraph>{error('internal')}</Paragraph> : null}
          {hits ? (
            <>
              <Heading level={2} data-size="2xs" className="search-count">
                {count}
              </Heading>
              {more ? <Paragraph data-size="sm" className="search-more">{t.search.moreHint}</Paragraph> : null}
              <ol className="hit-list" data-testid="search-hits">
                {hits.map((hit, index) => (
                  <li key={`${hit.logId}-${hit.entryId ?? 'log'}-${index}`} className="hit">
                    <a
                      href={`#log-${hit.logId}`}
                      className="hit-link"
                      onClick={(event) => {
                        event.preventDefault();
                        navigate({ name: 'log', logId: hit.logId, ...(hit.entryId ? { entryId: hit.entryId } : {}) });
                      }}
                    >
                      {t.search.openEntry(t.kinds[hit.kind], hit.childName)}
                    </a>
                    <span className="hit-meta">{formatDateTime(hit.at, locale)}</span>
                    <p className="hit-snippet">
                      <Snippet text={hit.snippet} />
                    </p>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
