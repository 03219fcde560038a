import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../../src-shared/api/envelope';
import { useApi } from '../api/ApiProvider';
import { ApiCallError } from '../api/client';
import { keys } from '../api/keys';
import { useStatus } from '../app/status';
import { useI18n } from '../i18n/I18n';
import { ScreenHeading } from '../ui/ScreenHeading';

/**
 * The lock screen. A wrong passphrase is said next to the field, which is emptied and focused for the next
 * try; after too many, the button waits out the core's delay with a visible countdown.
 */
export function Unlock() {
  const { t, error: errorText, fieldProblem } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const { announce } = useStatus();
  const inputRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [waitUntil, setWaitUntil] = useState(0);
  const [secondsLeft, setSecondsLeft] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (waitUntil === 0) return;
    const tick = () => {
      const left = Math.max(0, Math.ceil((waitUntil - Date.now()) / 1000));
      setSecondsLeft(left);
      if (left === 0) {
        setWaitUntil(0);
        setProblem(null);
        inputRef.current?.focus();
      }
    };
    tick();
    const timer = setInterval(tick, 500);
    return () => clearInterval(timer);
  }, [waitUntil]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || secondsLeft > 0) return;
    if (passphrase.length === 0) {
      setProblem({ code: 'validation', message: '', params: { fields: [{ path: 'passphrase', problem: 'required' }] } });
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const status = await api.call('session.unlock', { passphrase });
      setProblem(null);
      queryClient.setQueryData(keys.session, status);
    } catch (error) {
      const apiError: ApiError = error instanceof ApiCallError ? error.error : { code: 'internal', message: '', params: {} };
      setProblem(apiError);
      setPassphrase('');
      if (apiError.code === 'tooManyAttempts') {
        const seconds = apiError.params.retryAfterSeconds ?? 1;
        setWaitUntil(Date.now() + seconds * 1000);
        // Said once; the visible countdown is not a live region, so it does not talk every second.
        announce(`${t.unlock.tooMany} ${t.unlock.waitSeconds(seconds)}`);
      }
      inputRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  // After too many failures the countdown above says it all; the field itself is not wrong.
  const fieldError =
    problem === null || problem.code === 'tooManyAttempts'
      ? undefined
      : problem.code === 'validation'
        ? fieldProblem(problem.params.fields?.[0]?.problem ?? 'invalid')
        : errorText(problem.code, problem.params);
  const waiting = secondsLeft > 0;

  return (
    <div className="unlock">
      <ScreenHeading focus={false}>{t.unlock.title}</ScreenHeading>
      <Paragraph className="lead">{t.unlock.intro}</Paragraph>
      <form noValidate onSubmit={(e) => void submit(e)} className="form-card" aria-label={t.unlock.title}>
        {waiting ? (
          <Alert data-color="warning" data-testid="unlock-wait">
            <Paragraph>
              {t.unlock.tooMany} {t.unlock.waitSeconds(secondsLeft)}
            </Paragraph>
          </Alert>
        ) : null}
        <Textfield
          ref={inputRef}
          id="unlock-passphrase"
          type="password"
          label={t.unlock.passphrase}
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          error={fieldError}
          onChange={(e) => setPassphrase(e.target.value)}
          className="field field-medium"
        />
        <div className="form-actions">
          <Button type="submit" loading={busy} aria-disabled={waiting || undefined}>
            {busy ? t.unlock.unlocking : t.unlock.submit}
          </Button>
        </div>
      </form>
    </div>
  );
}
