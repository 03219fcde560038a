import { Chip, Fieldset } from '@digdir/designsystemet-react';
import { ENTRY_KINDS, type EntryKind } from '../../src-shared/domain/vocabulary';
import { useI18n } from '../i18n/I18n';

/** Toggle chips for the kinds of entry to show; none chosen shows all. */
export function KindFilter({ kinds, onChange }: { kinds: readonly EntryKind[]; onChange: (kinds: EntryKind[]) => void }) {
  const { t } = useI18n();
  const toggle = (kind: EntryKind) =>
    onChange(kinds.includes(kind) ? kinds.filter((k) => k !== kind) : ENTRY_KINDS.filter((k) => k === kind || kinds.includes(k)));
  return (
    <Fieldset className="kind-filter" data-size="sm">
      <Fieldset.Legend>{t.log.filterLegend}</Fieldset.Legend>
      <Fieldset.Description>{t.log.filterHint}</Fieldset.Description>
      <div className="chips">
        {ENTRY_KINDS.map((kind) => (
          <Chip.Checkbox key={kind} checked={kinds.includes(kind)} onChange={() => toggle(kind)} value={kind} name="kind-filter">
            {t.kinds[kind]}
          </Chip.Checkbox>
        ))}
      </div>
    </Fieldset>
  );
}
