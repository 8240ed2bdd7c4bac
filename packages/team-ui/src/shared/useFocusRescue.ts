import { createContext, useCallback, useEffect, useRef } from 'react';

export interface FocusRescue<Place> {
  /** Where an element stands, read while it is in the document. */
  placeOf: (element: HTMLElement) => Place;
  /** What takes focus when the element at `place` is gone. */
  fallback: (place: Place) => HTMLElement | null | undefined;
}

/**
 * Keeps focus inside a part when the element holding it is removed (a deleted
 * row, a row scrolled out of the rendered window, a button that goes with the
 * state it belonged to): browsers drop focus to `<body>`, and keyboard and
 * screen reader users lose their place. The part remembers where focus was
 * while it was there, and after each render, if that element is gone and
 * nothing else has focus, focuses the fallback for that place instead.
 *
 * Returns a ref for the part's root and `rescue`, which gives the fallback
 * for a place (for a dialog whose return target is gone).
 */
export function useFocusRescue<Place>(options: FocusRescue<Place>) {
  const held = useRef<{ element: HTMLElement; place: Place }>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const cleanup = useRef<() => void>(null);

  const ref = useCallback((root: HTMLElement | null) => {
    cleanup.current?.();
    cleanup.current = null;
    if (!root) return;
    const onFocusIn = (event: FocusEvent) => {
      const element = event.target;
      if (!(element instanceof HTMLElement) || element === root) return;
      held.current = { element, place: optionsRef.current.placeOf(element) };
    };
    const onFocusOut = (event: FocusEvent) => {
      const element = event.target;
      // Focus that moved on while the element stays is no longer ours to keep.
      setTimeout(() => {
        if (held.current?.element === element && (element as Node).isConnected) {
          held.current = null;
        }
      });
    };
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    cleanup.current = () => {
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
    };
  }, []);

  // Runs after every render: a removal is always a render of this part.
  useEffect(() => {
    const current = held.current;
    if (!current || current.element.isConnected || !focusIsLost()) return;
    held.current = null;
    // Not scrolled to: a row scrolled out of the window must not pull it back.
    optionsRef.current.fallback(current.place)?.focus({ preventScroll: true });
  });

  const rescue = useCallback(
    (place: Place) => optionsRef.current.fallback(place) ?? undefined,
    [],
  );

  return { ref, rescue };
}

function focusIsLost() {
  const active = document.activeElement;
  return active === null || active === document.body;
}

/**
 * Where a dialog of a part returns focus when the element that opened it is
 * gone by the time it closes (the row it came from was deleted, or scrolled
 * out of the rendered window). Provided by the part, read by `DialogFrame`.
 */
export const FocusFallbackContext = createContext<
  (() => HTMLElement | undefined) | undefined
>(undefined);
