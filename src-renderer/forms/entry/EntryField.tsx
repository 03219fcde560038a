import { EVALUATION_DECISIONS, GOAL_REACHED, NOTE_CONTACTS, SERVICES, type EntryKind } from '../../../src-shared/domain/vocabulary';
import { fieldLabel } from '../../log/entryFields';
import { useI18n } from '../../i18n/I18n';
import { DateInput, RadioGroup, SelectInput, TextInput } from '../fields';
import type { Form, Values } from '../useForm';

export const DATE_FIELDS = new Set(['birthDate', 'observedOn', 'occurredOn', 'startDate', 'evaluationDate', 'nextEvaluationDate']);
const MULTILINE = new Set(['observation', 'childVoice', 'guardianView', 'text', 'description', 'whatHappened', 'reason']);
const OPTIONAL = new Set(['childVoice', 'guardianView', 'developmentAreas', 'nationalId']);

/**
 * One field of an entry, with the control its kind of value needs. Used both to write a new entry and to
 * amend one, so a field looks and reads the same in both.
 */
export function EntryField<V extends Values>({ form, kind, field }: { form: Form<V>; kind: EntryKind; field: keyof V & string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const questions = t.entryForm as unknown as Record<string, string | undefined>;
  const label =
    field === 'text'
      ? fieldLabel(i18n, kind, field)
      : kind === 'logOpened'
        ? ((t.newLog as unknown as Record<string, string | undefined>)[field] ?? fieldLabel(i18n, kind, field))
        : (questions[field] ?? fieldLabel(i18n, kind, field));
  const description = kind === 'logOpened' ? undefined : questions[`${field}Hint`];
  const common = { form, name: field, label, description, optional: OPTIONAL.has(field) };

  if (DATE_FIELDS.has(field)) return <DateInput {...common} />;
  switch (field) {
    case 'contact':
      return <RadioGroup {...common} options={NOTE_CONTACTS.map((value) => ({ value, label: t.contacts[value] }))} />;
    case 'goalReached':
      return <RadioGroup {...common} options={GOAL_REACHED.map((value) => ({ value, label: t.goalReached[value] }))} />;
    case 'decision':
      return <RadioGroup {...common} options={EVALUATION_DECISIONS.map((value) => ({ value, label: t.decisions[value] }))} />;
    case 'responsibleService':
      return (
        <SelectInput {...common} placeholder={t.firstRun.chooseService} options={SERVICES.map((value) => ({ value, label: t.services[value] }))} />
      );
    case 'nationalId':
      return <TextInput {...common} inputMode="numeric" size="short" />;
    default:
      return <TextInput {...common} multiline={MULTILINE.has(field)} rows={field === 'reason' ? 3 : 4} />;
  }
}
