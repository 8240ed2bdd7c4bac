import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The page's `h1`. It takes focus when the page opens, so a screen reader
 * announces where a link led, as a full page load would.
 */
export function PageHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement && document.activeElement !== document.body) {
      ref.current?.focus();
    }
  }, []);
  return (
    <h1 id={id} ref={ref} tabIndex={-1} className="console-heading">
      {children}
    </h1>
  );
}
