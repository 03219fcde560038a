import { useCallback, useId, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { ApiError } from '../../src-shared/api/envelope';
import { fieldProblems } from '../../src-shared/api/validation';
import { ApiCallError } from '../api/client';

/** Text as typed, or for a set of checkboxes the values checked. */
export type Values = Record<string, string | string[]>;

export interface FormOptions<V extends Values, I, R> {
  initial: V;
  /** The contract's input schema: the same rules the core applies, checked here for instant feedback. */
  schema?: z.ZodType;
  toInput: (values: V) => I;
  submit: (input: I) => Promise<R>;
  onSuccess: (result: R, values: V) => void;
  /** Maps a problem's path in the input (e.g. changes.observation) to the form field that shows it. */
  fieldOf?: (path: string) => string;
}

export interface Form<V extends Values> {
  id: string;
  values: V;
  /** Field → problem key (src-shared/i18n/errors.ts). */
  errors: Partial<Record<keyof V & string, string>>;
  /** A failure that is not about one field (a rule of the log, a lost session). */
  failure: ApiError | null;
  submitting: boolean;
  /** Changes on each failed submit, so the error summary is mounted anew and takes focus again. */
  attempt: number;
  set: (field: keyof V & string, value: string | string[]) => void;
  fieldId: (field: string) => string;
  onSubmit: (event: FormEvent) => void;
}

const firstSegment = (path: string) => path.split('.')[0] ?? path;

export function useForm<V extends Values, I, R>(options: FormOptions<V, I, R>): Form<V> {
  const id = useId().replace(/:/g, '');
  const [values, setValues] = useState<V>(options.initial);
  const [errors, setErrors] = useState<Form<V>['errors']>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const set = useCallback((field: keyof V & string, value: string | string[]) => {
    setValues((current) => ({ ...current, [field]: value }));
    // A field the user is fixing should not keep shouting the old problem.
    setErrors((current) => (field in current ? { ...current, [field]: undefined } : current));
  }, []);

  const showProblems = (problems: { path: string; problem: string }[], error: ApiError) => {
    const fieldOf = options.fieldOf ?? firstSegment;
    const next: Record<string, string> = {};
    for (const { path, problem } of problems) {
      const field = fieldOf(path);
      next[field] ??= problem;
    }
    setErrors(next as Form<V>['errors']);
    setFailure(error);
    setAttempt((n) => n + 1);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    const { schema, toInput, submit, onSuccess } = options;
    const input = toInput(values);
    if (schema) {
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        showProblems(fieldProblems(parsed.error), { code: 'validation', message: '', params: {} });
        return;
      }
    }
    setSubmitting(true);
    submit(input)
      .then((result) => {
        setErrors({});
        setFailure(null);
        onSuccess(result, values);
      })
      .catch((error: unknown) => {
        const apiError: ApiError =
          error instanceof ApiCallError ? error.error : { code: 'internal', message: '', params: {} };
        showProblems(apiError.params.fields ?? [], apiError);
      })
      .finally(() => setSubmitting(false));
  };

  return {
    id,
    values,
    errors,
    failure,
    submitting,
    attempt,
    set,
    fieldId: (field) => `${id}-${field}`,
    onSubmit,
  };
}
