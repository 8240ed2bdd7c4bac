import { type RefObject, useCallback, useEffect, useState } from 'react';

/**
 * Moves focus to an element once the render under way is committed: an error
 * shown with it is then in the document (and in the field's description), so
 * a screen reader reads it as focus lands.
 */
export function useFocusAfterRender() {
  const [target, setTarget] = useState<{ ref: RefObject<HTMLElement | null> }>();

  useEffect(() => {
    target?.ref.current?.focus();
  }, [target]);

  return useCallback((ref: RefObject<HTMLElement | null>) => setTarget({ ref }), []);
}
