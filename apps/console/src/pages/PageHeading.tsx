import { type ReactNode, useEffect, useRef } from 'react';

/** Whether a page has been shown since the console loaded. */
let shownBefore = false;

/**
 * The page's `h1`. It takes focus whenever a page opens after the first, so a
 * screen reader announces where a link or a button led, as a full page load
 * would, and focus never stays on `<body>` when the control pressed went with
 * the page it was on. The first page of a load leaves focus where the browser
 * put it.
 */
export function PageHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shownBefore) ref.current?.focus();
    shownBefore = true;
  }, []);
  return (
    <h1 id={id} ref={ref} tabIndex={-1} className="console-heading">
      {children}
    </h1>
  );
}
