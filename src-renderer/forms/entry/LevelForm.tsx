import { api as contract } from '../../../src-shared/api/contract';
import { LEVELS, type Level } from '../../../src-shared/domain/vocabulary';
import { useApi } from '../../api/ApiProvider';
import { useI18n } from '../../i18n/I18n';
import { FormErrors } from '../FormErrors';
import { RadioGroup, TextInput } from '../fields';
import { useForm } from '../useForm';
import type { EntryFormProps } from './CreateEntryForm';
import { FormActions } from './FormActions';

/** The holder moves the log to another level, always with a reason. */
export function LevelForm({ logId, current, onSaved, onCancel }: EntryFormProps & { current: Level }) {
  const { t } = useI18n();
  const api = useApi();
  const form = useForm({
    initial: { level: '', reason: '' },
    schema: contract['log.changeLevel'].input,
    toInput: (v) => ({ logId, level: (v.level === '' ? undefined : Number(v.level)) as Level, reason: v.reason.trim() }),
    submit: (input) => api.call('log.changeLevel', input),
    onSuccess: (written) => onSaved(written.entryId),
  });
  return (
    <form noValidate onSubmit={form.onSubmit} className="entry-form" data-kind="levelChange">
      <FormErrors form={form} labels={{ level: t.entryForm.newLevel }} />
      <RadioGroup
        form={form}
        name="level"
        label={t.entryForm.newLevel}
        options={LEVELS.filter((level) => level !== current).map((level) => ({
          value: String(level),
          label: `${t.levels.short(level)} – ${t.levels.title[level]}`,
          description: t.levels.explanation[level],
        }))}
      />
      <TextInput form={form} name="reason" label={t.entryForm.reason} description={t.entryForm.levelReasonHint} multiline rows={3} />
      <FormActions submitting={form.submitting} onCancel={onCancel} />
    </form>
  );
}
