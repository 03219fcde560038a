import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { api as contract } from '../../../src-shared/api/contract';
import { useApi } from '../../api/ApiProvider';
import { useMeasures } from '../../api/queries';
import { formatDate, parseDateInput } from '../../i18n/format';
import { useI18n } from '../../i18n/I18n';
import { FormErrors } from '../FormErrors';
import { SelectInput } from '../fields';
import { useForm } from '../useForm';
import type { EntryFormProps } from './CreateEntryForm';
import { EntryField } from './EntryField';
import { FormActions } from './FormActions';

/** Evaluates one measure that has not ended; a decision to end it takes no next evaluation date. */
export function EvaluationForm({ logId, onSaved, onCancel }: EntryFormProps) {
  const { t } = useI18n();
  const api = useApi();
  const measures = useMeasures(logId);
  const open = (measures.data ?? []).filter((m) => m.status !== 'ended');

  const form = useForm({
    initial: { measureId: '', whatHappened: '', goalReached: '', decision: '', nextEvaluationDate: '' },
    schema: contract['log.evaluateMeasure'].input,
    toInput: (v) => ({
      logId,
      measureId: v.measureId,
      whatHappened: v.whatHappened.trim(),
      goalReached: v.goalReached as 'yes',
      decision: v.decision as 'continue',
      nextEvaluationDate: v.decision === 'end' ? '' : (parseDateInput(v.nextEvaluationDate) ?? ''),
    }),
    submit: (input) => api.call('log.evaluateMeasure', input),
    onSuccess: (written) => onSaved(written.entryId),
  });

  if (measures.isPending) return <Spinner aria-label={t.loading} />;
  if (open.length === 0) {
    return (
      <div className="entry-form">
        <Alert data-color="info">
          <Paragraph>{t.entryForm.noOpenMeasures}</Paragraph>
        </Alert>
        <div className="form-actions">
          <Button variant="secondary" onClick={onCancel}>
            {t.close}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={form.onSubmit} className="entry-form" data-kind="evaluation">
      <FormErrors form={form} />
      <SelectInput
        form={form}
        name="measureId"
        label={t.entryForm.measure}
        placeholder={t.entryForm.chooseMeasure}
        options={open.map((m) => ({ value: m.measureId, label: t.entryForm.measureOption(m.goal, formatDate(m.evaluationDate)) }))}
      />
      <EntryField form={form} kind="evaluation" field="whatHappened" />
      <EntryField form={form} kind="evaluation" field="goalReached" />
      <EntryField form={form} kind="evaluation" field="decision" />
      {form.values.decision === 'end' ? null : <EntryField form={form} kind="evaluation" field="nextEvaluationDate" />}
      <FormActions submitting={form.submitting} onCancel={onCancel} />
    </form>
  );
}
