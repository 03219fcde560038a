import { Checkbox, Field, Fieldset, Label, Radio, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';
import type { Form, Values } from './useForm';

interface FieldProps<V extends Values> {
  form: Form<V>;
  name: keyof V & string;
  label: string;
  description?: ReactNode;
  optional?: boolean;
}

function useFieldError<V extends Values>(form: Form<V>, name: keyof V & string): string | undefined {
  const { fieldProblem } = useI18n();
  const problem = form.errors[name];
  return problem ? fieldProblem(problem) : undefined;
}

function LabelText({ label, optional }: { label: string; optional?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {label}
      {optional ? <span className="optional-mark"> ({t.optional})</span> : null}
    </>
  );
}

export function TextInput<V extends Values>(
  props: FieldProps<V> & {
    multiline?: boolean;
    type?: 'text' | 'password';
    autoComplete?: string;
    inputMode?: 'text' | 'numeric';
    maxLength?: number;
    rows?: number;
    size?: 'short' | 'medium' | 'full';
  },
) {
  const { form, name, label, description, optional, multiline, type, autoComplete, inputMode, rows, size = 'full' } = props;
  const error = useFieldError(form, name);
  const common = {
    id: form.fieldId(name),
    name,
    label: <LabelText label={label} optional={optional} />,
    description,
    error,
    value: form.values[name],
    className: `field field-${size}`,
    autoComplete: autoComplete ?? 'off',
  };
  return multiline ? (
    <Textfield {...common} multiline rows={rows ?? 4} onChange={(e) => form.set(name, e.target.value)} />
  ) : (
    <Textfield {...common} type={type ?? 'text'} inputMode={inputMode} onChange={(e) => form.set(name, e.target.value)} />
  );
}

/** Dates are typed the Norwegian way (05.06.2014): a browser date picker would show the machine's format. */
export function DateInput<V extends Values>(props: FieldProps<V>) {
  const { t } = useI18n();
  return (
    <TextInput
      {...props}
      size="short"
      inputMode="numeric"
      description={props.description ? (<>{props.description} {t.dateHint}</>) : t.dateHint}
    />
  );
}

export function SelectInput<V extends Values>(
  props: FieldProps<V> & { options: { value: string; label: string }[]; placeholder: string },
) {
  const { form, name, label, description, optional, options, placeholder } = props;
  const error = useFieldError(form, name);
  return (
    <Field className="field field-medium">
      <Label>
        <LabelText label={label} optional={optional} />
      </Label>
      {description ? <Field.Description>{description}</Field.Description> : null}
      <Select
        id={form.fieldId(name)}
        name={name}
        value={form.values[name]}
        aria-invalid={error ? true : undefined}
        onChange={(e) => form.set(name, e.target.value)}
      >
        <Select.Option value="">{placeholder}</Select.Option>
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}

/** The frame every group of choices shares: legend, description, the choices, and the field's error. */
function ChoiceFieldset(props: { label: string; optional?: boolean; description?: ReactNode; error?: string; children: ReactNode }) {
  return (
    <Fieldset className="field">
      <Fieldset.Legend>
        <LabelText label={props.label} optional={props.optional} />
      </Fieldset.Legend>
      {props.description ? <Fieldset.Description>{props.description}</Fieldset.Description> : null}
      {props.children}
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Fieldset>
  );
}

/** The first choice carries the field's id, so an error summary link lands on the group. */
function choiceId<V extends Values>(form: Form<V>, name: keyof V & string, value: string, index: number): string {
  return index === 0 ? form.fieldId(name) : `${form.fieldId(name)}-${value}`;
}

export function RadioGroup<V extends Values>(
  props: FieldProps<V> & { options: { value: string; label: string; description?: string }[] },
) {
  const { form, name, label, description, optional, options } = props;
  const error = useFieldError(form, name);
  return (
    <ChoiceFieldset label={label} optional={optional} description={description} error={error}>
      {options.map((option, index) => (
        <Radio
          key={option.value}
          id={choiceId(form, name, option.value, index)}
          name={`${form.id}-${name}`}
          value={option.value}
          label={option.label}
          description={option.description}
          checked={form.values[name] === option.value}
          onChange={() => form.set(name, option.value)}
        />
      ))}
    </ChoiceFieldset>
  );
}

/** Any number of options, each a checkbox; the value is the list of those checked, in the order shown. */
export function CheckboxGroup<V extends Values>(props: FieldProps<V> & { options: { value: string; label: ReactNode }[] }) {
  const { form, name, label, description, optional, options } = props;
  const error = useFieldError(form, name);
  const current: string | string[] | undefined = form.values[name];
  const checked: string[] = Array.isArray(current) ? current : [];
  const toggle = (value: string, on: boolean) =>
    form.set(name, options.map((o) => o.value).filter((v) => (v === value ? on : checked.includes(v))));
  return (
    <ChoiceFieldset label={label} optional={optional} description={description} error={error}>
      {options.map((option, index) => (
        <Checkbox
          key={option.value}
          id={choiceId(form, name, option.value, index)}
          name={`${form.id}-${name}`}
          value={option.value}
          label={option.label}
          checked={checked.includes(option.value)}
          onChange={(e) => toggle(option.value, e.target.checked)}
        />
      ))}
    </ChoiceFieldset>
  );
}
