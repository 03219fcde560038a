import { Dialog, Heading } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';

interface Props {
  title: string;
  /** Read out when the dialog opens, e.g. the warning on the concern form. */
  describedBy?: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal dialog for one form. The native modal dialog keeps focus inside; when the dialog goes away,
 * focus goes back to the button that opened it (what was saved may then take it, see the timeline).
 */
export function EntryDialog({ title, describedBy, onClose, children }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const frame = requestAnimationFrame(() => headingRef.current?.focus());
    return () => {
      cancelAnimationFrame(frame);
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <Dialog
      open
      onClose={onClose}
      closeButton={t.close}
      aria-labelledby={headingId}
      aria-describedby={describedBy}
      className="entry-dialog"
      data-testid="entry-dialog"
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId} ref={headingRef} tabIndex={-1}>
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>{children}</Dialog.Block>
    </Dialog>
  );
}
