import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The h1 of a screen. It takes focus when the screen appears, so a screen-reader or keyboard user starts
 * at the top of what changed instead of somewhere in the old page.
 */
export function ScreenHeading({ children, focus = true }: { children: ReactNode; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus({ preventScroll: false });
  }, [focus]);
  return (
    <Heading level={1} data-size="lg" ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </Heading>
  );
}
