import { Button } from '@digdir/designsystemet-react';
import { useI18n } from '../../i18n/I18n';

export function FormActions({ submitting, onCancel, submitLabel }: { submitting: boolean; onCancel: () => void; submitLabel?: string }) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <Button type="submit" loading={submitting} data-testid="submit-entry">
        {submitLabel ?? t.save}
      </Button>
      <Button type="button" variant="tertiary" onClick={onCancel}>
        {t.cancel}
      </Button>
    </div>
  );
}
