import { Dialog, Heading } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';

interface Props {
  title: string;
  /** Read out when the dialog opens, e.g. the warning on the concern form. */
  describedBy?: string;
  onClose: () => void;
  children: ReactNode;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside the dialog. A native modal dialog makes the page inert but lets Tab leave for the
 * browser's own controls (or nowhere, in Electron); a keyboard user should go round the dialog instead.
 */
function trapTab(event: KeyboardEvent<HTMLDialogElement>) {
  if (event.key !== 'Tab') return;
  const focusables = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
  const first = focusables[0];
  const last = focusables[focusables.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A modal dialog for one form. Focus stays inside while it is open; when the dialog goes away, focus goes
 * back to the button that opened it (what was saved may then take it, see the timeline).
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
      onKeyDown={trapTab}
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
