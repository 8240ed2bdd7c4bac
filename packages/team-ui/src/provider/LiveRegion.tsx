import { useCallback, useState } from 'react';

/**
 * Holds the last announcement. A repeated sentence gets a trailing no-break
 * space, so the region changes and screen readers read it again.
 */
export function useAnnouncer() {
  const [text, setText] = useState('');
  const announce = useCallback((next: string) => {
    setText((previous) => (previous === next ? `${next}\u00a0` : next));
  }, []);
  return { text, announce };
}

/** The polite live region where the components report what they did. */
export function LiveRegion(props: { text: string; dir: 'ltr' | 'rtl' }) {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      dir={props.dir}
      data-slot="live-region"
      className="fiko-visually-hidden"
      style={VISUALLY_HIDDEN}
    >
      {props.text}
    </div>
  );
}

/** Inline so the region stays hidden in the unstyled mode too. */
export const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
