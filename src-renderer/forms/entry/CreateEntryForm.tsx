import type { ReactNode } from 'react';
import { api as contract, type InputOf } from '../../../src-shared/api/contract';
import type { EntryKind } from '../../../src-shared/domain/vocabulary';
import { useApi } from '../../api/ApiProvider';
import { parseDateInput } from '../../i18n/format';
import { FormErrors } from '../FormErrors';
import { useForm, type Values } from '../useForm';
import { ConcernChoice } from './ConcernChoice';
import { DATE_FIELDS, EntryField } from './EntryField';
import { FormActions } from './FormActions';

export type CreateMethod = 'log.recordConcern' | 'log.recordBrightSpot' | 'log.recordNote' | 'log.planMeasure';

export interface EntryFormProps {
  logId: string;
  onSaved: (entryId: string) => void;
  onCancel: () => void;
}

interface Props<V extends Values> extends EntryFormProps {
  kind: EntryKind;
  method: CreateMethod;
  initial: V;
  /** Shown above the fields, e.g. the concern form's warning. */
  intro?: ReactNode;
}

/** A form that writes one new entry: its fields in order, checked with the method's own input schema. */
export function CreateEntryForm<V extends Values>({ logId, kind, method, initial, intro, onSaved, onCancel }: Props<V>) {
  const api = useApi();
  const form = useForm({
    initial,
    schema: contract[method].input,
    toInput: (values: V) => {
      const input: Record<string, string | string[] | undefined> = { logId };
      for (const [field, value] of Object.entries(values)) {
        input[field] = Array.isArray(value) ? value : DATE_FIELDS.has(field) ? parseDateInput(value) : value.trim();
      }
      return input as unknown as InputOf<CreateMethod>;
    },
    submit: (input) => api.call(method, input as never),
    onSuccess: (written) => onSaved(written.entryId),
  });
  return (
    <form noValidate onSubmit={form.onSubmit} className="entry-form" data-kind={kind}>
      {intro}
      <FormErrors form={form} />
      {Object.keys(initial).map((field) =>
        field === 'concernIds' ? (
          <ConcernChoice key={field} form={form} logId={logId} name={field} />
        ) : (
          <EntryField key={field} form={form} kind={kind} field={field} />
        ),
      )}
      <FormActions submitting={form.submitting} onCancel={onCancel} />
    </form>
  );
}
