import { Tag } from '@digdir/designsystemet-react';
import { osloDate } from '../../src-shared/util/dates';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/I18n';

/** When a log's next evaluation is due; a date already passed is marked overdue, in words and not by colour alone. */
export function NextEvaluation({ due }: { due: string | null }) {
  const { t } = useI18n();
  if (due === null) return <span className="muted">{t.logs.noEvaluation}</span>;
  if (due >= osloDate()) return <>{formatDate(due)}</>;
  return (
    <span className="overdue" title={t.logs.overdueLong(formatDate(due))}>
      {formatDate(due)}{' '}
      <Tag data-color="danger" data-size="sm">
        {t.logs.overdue}
      </Tag>
    </span>
  );
}
