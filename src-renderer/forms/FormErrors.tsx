import { Alert, ErrorSummary, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18n';
import type { Form, Values } from './useForm';

/**
 * What went wrong with the last submit. Field problems are listed in an error summary that links to each
 * field; any other failure (a rule of the log, a lost session) is an alert. Both take focus when they appear.
 */
export function FormErrors<V extends Values>({ form, labels }: { form: Form<V>; labels?: Partial<Record<string, string>> }) {
  const { t, error: errorText, fieldProblem } = useI18n();
  const alertRef = useRef<HTMLDivElement>(null);
  const problems = Object.entries(form.errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  const failure = form.failure;
  const showAlert = failure !== null && problems.length === 0;

  useEffect(() => {
    if (showAlert) alertRef.current?.focus();
  }, [showAlert, form.attempt]);

  if (!failure) return null;
  if (showAlert) {
    return (
      <Alert key={form.attempt} ref={alertRef} data-color="danger" tabIndex={-1} className="form-alert" data-testid="form-failure">
        <Paragraph>{errorText(failure.code, failure.params)}</Paragraph>
      </Alert>
    );
  }
  return (
    <ErrorSummary key={form.attempt} className="form-alert" data-testid="error-summary">
      <Heading level={2} data-size="xs">
        {t.entryForm.errorSummary}
      </Heading>
      <ErrorSummary.List>
        {problems.map(([field, problem]) => (
          <ErrorSummary.Item key={field}>
            <ErrorSummary.Link
              href={`#${form.fieldId(field)}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(form.fieldId(field))?.focus();
              }}
            >
              {labels?.[field] ?? t.fields[field] ?? field}: {fieldProblem(problem)}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
