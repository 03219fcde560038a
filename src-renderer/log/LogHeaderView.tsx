import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { LogHeader } from '../../src-shared/api/dto';
import { osloDate } from '../../src-shared/util/dates';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/I18n';
import { formatAge } from '../ui/age';
import { LevelTag } from '../ui/LevelTag';
import { NextEvaluation } from '../ui/NextEvaluation';
import { ScreenHeading } from '../ui/ScreenHeading';
import { maskNationalId } from './entryFields';

/** Who the log is about and who holds it. The identity number stays hidden until asked for: screens are shared. */
export function LogHeaderView({ header }: { header: LogHeader }) {
  const { t } = useI18n();
  const [showId, setShowId] = useState(false);
  return (
    <div className="log-header" data-testid="log-header">
      <ScreenHeading>{header.childName}</ScreenHeading>
      <dl className="log-facts">
        <div>
          <dt>{t.log.born}</dt>
          <dd>
            {formatDate(header.birthDate)} ({formatAge(t, header.birthDate, osloDate())})
          </dd>
        </div>
        <div>
          <dt>{t.log.nationalId}</dt>
          <dd>
            {header.nationalId ? (
              <>
                <span className="national-id">{showId ? header.nationalId : maskNationalId(header.nationalId)}</span>{' '}
                <Button variant="tertiary" data-size="sm" onClick={() => setShowId((v) => !v)}>
                  {showId ? t.log.hideNationalId : t.log.showNationalId}
                </Button>
              </>
            ) : (
              <span className="muted">{t.log.noNationalId}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t.logs.unit}</dt>
          <dd>{header.unit}</dd>
        </div>
        <div>
          <dt>{t.logs.level}</dt>
          <dd>
            <LevelTag level={header.level} long />
          </dd>
        </div>
        <div>
          <dt>{t.logs.holder}</dt>
          <dd>
            {header.holder.name}, {header.holder.unit} ({t.services[header.holder.service]})
          </dd>
        </div>
        <div>
          <dt>{t.logs.nextEvaluation}</dt>
          <dd>
            <NextEvaluation due={header.nextEvaluationDue} />
          </dd>
        </div>
      </dl>
    </div>
  );
}
