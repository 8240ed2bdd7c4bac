import type { MouseEvent } from 'react';

/**
 * Props of a button that cannot be pressed right now (a change on its way,
 * facts still loading, a rule refusing). It stays focusable: a `disabled`
 * button that holds focus drops it to `<body>` in Chrome, and a screen
 * reader user then hears nothing of what follows. A press is ignored, and a
 * submit button's press does not submit its form.
 */
export function unavailableProps(unavailable: boolean, onPress?: () => void) {
  return {
    'aria-disabled': unavailable || undefined,
    onClick: unavailable ? ignorePress : onPress,
  };
}

function ignorePress(event: MouseEvent<HTMLButtonElement>) {
  event.preventDefault();
  event.stopPropagation();
}
