import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { api as contract, type InputOf } from '../../src-shared/api/contract';
import { LEVELS, type Level } from '../../src-shared/domain/vocabulary';
import { useApi } from '../api/ApiProvider';
import { keys } from '../api/keys';
import { useNavigation } from '../app/navigation';
import { useStatus } from '../app/status';
import { FormErrors } from '../forms/FormErrors';
import { DateInput, RadioGroup, TextInput } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { parseDateInput } from '../i18n/format';
import { useI18n } from '../i18n/I18n';
import { ScreenHeading } from '../ui/ScreenHeading';

export function NewLog() {
  const { t } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const { navigate } = useNavigation();
  const { announce } = useStatus();

  const form = useForm({
    initial: { childName: '', birthDate: '', nationalId: '', unit: '', level: '' },
    schema: contract['logs.open'].input,
    // Missing answers stay undefined so the schema (checked before sending) says "required", not "invalid".
    toInput: (v) =>
      ({
        childName: v.childName,
        birthDate: parseDateInput(v.birthDate),
        nationalId: v.nationalId,
        unit: v.unit,
        level: v.level === '' ? undefined : (Number(v.level) as Level),
      }) as InputOf<'logs.open'>,
    submit: (input) => api.call('logs.open', input),
    onSuccess: (written) => {
      void queryClient.invalidateQueries({ queryKey: keys.logs });
      announce(t.newLog.created);
      navigate({ name: 'log', logId: written.logId });
    },
  });

  return (
    <div className="new-log">
      <BackLink />
      <ScreenHeading>{t.newLog.title}</ScreenHeading>
      <Paragraph className="lead">{t.newLog.intro}</Paragraph>
      <form noValidate onSubmit={form.onSubmit} className="form-card" aria-label={t.newLog.title}>
        <FormErrors form={form} />
        <TextInput form={form} name="childName" label={t.newLog.childName} size="medium" />
        <DateInput form={form} name="birthDate" label={t.newLog.birthDate} />
        <TextInput
          form={form}
          name="nationalId"
          label={t.newLog.nationalId}
          description={t.newLog.nationalIdHint}
          optional
          inputMode="numeric"
          size="short"
        />
        <TextInput form={form} name="unit" label={t.newLog.unit} description={t.newLog.unitHint} size="medium" />
        <RadioGroup
          form={form}
          name="level"
          label={t.newLog.level}
          description={t.newLog.levelHint}
          options={LEVELS.map((level) => ({
            value: String(level),
            label: `${t.levels.short(level)} – ${t.levels.title[level]}`,
            description: t.levels.explanation[level],
          }))}
        />
        <div className="form-actions">
          <Button type="submit" loading={form.submitting}>
            {t.newLog.submit}
          </Button>
          <Button type="button" variant="tertiary" onClick={() => navigate({ name: 'logs' })}>
            {t.cancel}
          </Button>
        </div>
      </form>
    </div>
  );
}

export function BackLink() {
  const { t } = useI18n();
  const { navigate } = useNavigation();
  return (
    <Link
      href="#main"
      className="back-link"
      onClick={(event) => {
        event.preventDefault();
        navigate({ name: 'logs' });
      }}
    >
      <span aria-hidden="true">←</span> {t.log.back}
    </Link>
  );
}
