import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { osloDate } from '../../../src-shared/util/dates';
import { useSession } from '../../api/queries';
import { dateInputValue } from '../../i18n/format';
import { useI18n } from '../../i18n/I18n';
import { CreateEntryForm, type EntryFormProps } from './CreateEntryForm';

export const CONCERN_WARNING_ID = 'concern-warning';
const today = () => dateInputValue(osloDate());

export function ConcernForm(props: EntryFormProps) {
  const { t } = useI18n();
  return (
    <CreateEntryForm
      {...props}
      kind="concern"
      method="log.recordConcern"
      initial={{ observedOn: today(), observation: '', childVoice: '', guardianView: '', developmentAreas: '' }}
      intro={
        <Alert data-color="warning" id={CONCERN_WARNING_ID} className="concern-warning">
          <Heading level={3} data-size="2xs">
            {t.entryForm.concernWarningTitle}
          </Heading>
          <Paragraph data-size="sm">{t.entryForm.concernWarning}</Paragraph>
        </Alert>
      }
    />
  );
}

export function BrightSpotForm(props: EntryFormProps) {
  return <CreateEntryForm {...props} kind="brightSpot" method="log.recordBrightSpot" initial={{ observedOn: today(), text: '' }} />;
}

export function NoteForm(props: EntryFormProps) {
  return <CreateEntryForm {...props} kind="note" method="log.recordNote" initial={{ occurredOn: today(), contact: '', text: '' }} />;
}

export function MeasureForm(props: EntryFormProps) {
  const me = useSession().data?.user;
  return (
    <CreateEntryForm
      {...props}
      kind="measure"
      method="log.planMeasure"
      initial={{
        goal: '',
        description: '',
        responsiblePerson: me?.name ?? '',
        responsibleService: me?.service ?? '',
        startDate: today(),
        evaluationDate: '',
        concernIds: [] as string[],
      }}
    />
  );
}
