import type { Amendment, TimelineEntry } from '../../src-shared/api/dto';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/I18n';
import { fieldLabel, formatFieldValue } from './entryFields';

/** The corrections of an entry, oldest first: who changed which field from what to what, and why. */
export function Amendments({ entry }: { entry: TimelineEntry }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  if (entry.amendments.length === 0) return null;
  const show = (field: string, value: unknown) => formatFieldValue(i18n, field, value) || t.log.emptyValue;
  return (
    <ol className="amendments">
      {entry.amendments.map((amendment: Amendment) => (
        <li key={amendment.amendmentId} className="amendment">
          <p className="amendment-who">{t.log.amendedBy(amendment.author.name, formatDateTime(amendment.at, locale))}:</p>
          <ul className="amendment-changes">
            {amendment.changes.map((change) => (
              <li key={change.field}>
                {t.log.amendChange(fieldLabel(i18n, entry.kind, change.field), show(change.field, change.from), show(change.field, change.to))}
              </li>
            ))}
          </ul>
          <p className="amendment-reason">
            <span className="amendment-reason-label">{t.log.amendReason}:</span> {amendment.reason}
          </p>
        </li>
      ))}
    </ol>
  );
}
