import { Alert, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useConcerns } from '../../api/queries';
import { useI18n } from '../../i18n/I18n';
import { concernSummary } from '../../log/entryFields';
import { CheckboxGroup } from '../fields';
import type { Form, Values } from '../useForm';

/** The concerns of the log a new measure answers. Optional: a measure may stand on its own. */
export function ConcernChoice<V extends Values>({ form, logId, name }: { form: Form<V>; logId: string; name: keyof V & string }) {
  const { t, error } = useI18n();
  const concerns = useConcerns(logId);
  if (concerns.isPending) return <Spinner aria-label={t.loading} data-size="sm" />;
  if (concerns.isError) return <Alert data-color="danger" data-size="sm">{error('internal')}</Alert>;
  if (concerns.data.length === 0) {
    return (
      <Paragraph data-size="sm" className="muted">
        {t.entryForm.noConcerns}
      </Paragraph>
    );
  }
  return (
    <CheckboxGroup
      form={form}
      name={name}
      label={t.entryForm.concernIds}
      description={t.entryForm.concernIdsHint}
      optional
      options={concerns.data.map((concern) => ({ value: concern.entryId, label: concernSummary(concern.fields) }))}
    />
  );
}
