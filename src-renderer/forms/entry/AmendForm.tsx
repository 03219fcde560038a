import { Paragraph } from '@digdir/designsystemet-react';
import { api as contract } from '../../../src-shared/api/contract';
import type { TimelineEntry } from '../../../src-shared/api/dto';
import { AMENDABLE_FIELDS } from '../../../src-shared/domain/events';
import { useApi } from '../../api/ApiProvider';
import { dateInputValue, parseDateInput } from '../../i18n/format';
import { useI18n } from '../../i18n/I18n';
import { FormErrors } from '../FormErrors';
import { TextInput } from '../fields';
import { useForm } from '../useForm';
import { DATE_FIELDS, EntryField } from './EntryField';
import { FormActions } from './FormActions';

const REASON = '__reason';

/**
 * Corrects the author's own entry. Only the fields that changed are sent; the core keeps the original
 * and records who changed what, when and why.
 */
export function AmendForm({ logId, entry, onSaved, onCancel }: { logId: string; entry: TimelineEntry; onSaved: (entryId: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const fields: readonly string[] = AMENDABLE_FIELDS[entry.kind as keyof typeof AMENDABLE_FIELDS] ?? [];
  const current = (field: string) => String(entry.fields[field] ?? '');
  const initial: Record<string, string> = { [REASON]: '' };
  for (const field of fields) initial[field] = DATE_FIELDS.has(field) ? dateInputValue(current(field)) : current(field);

  const form = useForm({
    initial,
    schema: contract['log.amendEntry'].input,
    toInput: (v) => {
      const changes: Record<string, string> = {};
      for (const field of fields) {
        const raw = v[field] ?? '';
        const value = DATE_FIELDS.has(field) ? (parseDateInput(raw) ?? '') : field === 'nationalId' ? raw.replace(/\s+/g, '') : raw.trim();
        if (value !== current(field)) changes[field] = value;
      }
      return { logId, entryId: entry.entryId, changes, reason: (v[REASON] ?? '').trim() };
    },
    submit: (input) => api.call('log.amendEntry', input),
    onSuccess: () => onSaved(entry.entryId),
    fieldOf: (path) => (path === 'reason' ? REASON : path.startsWith('changes.') ? (path.split('.')[1] ?? path) : path),
  });

  return (
    <form noValidate onSubmit={form.onSubmit} className="entry-form" data-kind={entry.kind}>
      <Paragraph data-size="sm">{t.entryForm.amendIntro}</Paragraph>
      <FormErrors form={form} labels={{ [REASON]: t.entryForm.amendReason }} />
      {fields.map((field) => (
        <EntryField key={field} form={form} kind={entry.kind} field={field} />
      ))}
      <TextInput form={form} name={REASON} label={t.entryForm.amendReason} description={t.entryForm.amendReasonHint} multiline rows={2} />
      <FormActions submitting={form.submitting} onCancel={onCancel} />
    </form>
  );
}
