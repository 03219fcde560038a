import { Button, Card, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { CreateProfile } from '../../src-shared/api/contract';
import { service } from '../../src-shared/domain/events';
import { LIMITS, requiredText } from '../../src-shared/domain/fields';
import { SERVICES } from '../../src-shared/domain/vocabulary';
import { useApi } from '../api/ApiProvider';
import { keys } from '../api/keys';
import { FormErrors } from '../forms/FormErrors';
import { SelectInput, TextInput } from '../forms/fields';
import { useForm } from '../forms/useForm';
import { useI18n } from '../i18n/I18n';
import { ScreenHeading } from '../ui/ScreenHeading';

/** Step 1 checks the same fields as the profile itself, so what passes here passes in the core. */
const WhoIAm = z.object({ name: requiredText(LIMITS.name), unit: requiredText(LIMITS.unit), service });

export function FirstRun() {
  const { t, locale } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<1 | 2>(1);

  const who = useForm({
    initial: { name: '', unit: '', service: '' },
    schema: WhoIAm,
    toInput: (v) => v,
    submit: async (input) => input,
    onSuccess: () => setStep(2),
  });

  const secret = useForm({
    initial: { passphrase: '', passphraseRepeat: '' },
    schema: CreateProfile,
    toInput: (v) => ({ ...who.values, ...v, locale }) as z.input<typeof CreateProfile>,
    submit: (input) => api.call('session.createProfile', input),
    onSuccess: (status) => queryClient.setQueryData(keys.session, status),
  });

  return (
    <div className="first-run">
      <Paragraph className="eyebrow">{t.firstRun.step(step, 2)}</Paragraph>
      {step === 1 ? (
        <>
          <ScreenHeading key="who">{t.firstRun.title}</ScreenHeading>
          <Paragraph className="lead">{t.firstRun.intro}</Paragraph>
          <form noValidate onSubmit={who.onSubmit} className="form-card" aria-labelledby={`${who.id}-title`}>
            <Heading level={2} data-size="sm" id={`${who.id}-title`}>
              {t.firstRun.whoTitle}
            </Heading>
            <Paragraph data-size="sm">{t.firstRun.whoIntro}</Paragraph>
            <FormErrors form={who} />
            <TextInput form={who} name="name" label={t.firstRun.name} autoComplete="name" size="medium" />
            <TextInput form={who} name="unit" label={t.firstRun.unit} description={t.firstRun.unitHint} size="medium" />
            <SelectInput
              form={who}
              name="service"
              label={t.firstRun.service}
              placeholder={t.firstRun.chooseService}
              options={SERVICES.map((value) => ({ value, label: t.services[value] }))}
            />
            <div className="form-actions">
              <Button type="submit">{t.next}</Button>
            </div>
          </form>
        </>
      ) : (
        <>
          <ScreenHeading key="secret">{t.firstRun.passphraseTitle}</ScreenHeading>
          <Paragraph className="lead">{t.firstRun.passphraseIntro}</Paragraph>
          <form noValidate onSubmit={secret.onSubmit} className="form-card" aria-label={t.firstRun.passphraseTitle}>
            <FormErrors form={secret} />
            <Card data-color="info" variant="tinted" className="rules">
              <Heading level={2} data-size="2xs">
                {t.firstRun.rulesTitle}
              </Heading>
              <List.Unordered data-size="sm">
                {t.firstRun.rules.map((rule) => (
                  <List.Item key={rule}>{rule}</List.Item>
                ))}
              </List.Unordered>
            </Card>
            <TextInput form={secret} name="passphrase" type="password" label={t.firstRun.passphrase} autoComplete="new-password" size="medium" />
            <TextInput
              form={secret}
              name="passphraseRepeat"
              type="password"
              label={t.firstRun.passphraseRepeat}
              autoComplete="new-password"
              size="medium"
            />
            <div className="form-actions">
              <Button type="submit" loading={secret.submitting}>
                {secret.submitting ? t.firstRun.creating : t.firstRun.create}
              </Button>
              <Button type="button" variant="tertiary" onClick={() => setStep(1)}>
                {t.back}
              </Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
