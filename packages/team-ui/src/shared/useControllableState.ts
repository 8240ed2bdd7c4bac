import { useCallback, useRef, useState } from 'react';

/**
 * State that a host may control (`value` + `onChange`) or leave to the
 * component (`defaultValue`). Switching between the two is reported in development.
 */
export function useControllableState<T>(options: {
  value: T | undefined;
  defaultValue: T;
  onChange?: (value: T) => void;
  name: string;
}) {
  const [own, setOwn] = useState(options.defaultValue);
  const controlled = options.value !== undefined;
  const wasControlled = useRef(controlled);

  if (process.env.NODE_ENV !== 'production' && wasControlled.current !== controlled) {
    console.warn(
      `[@fiko/team-ui] ${options.name} switched between controlled and uncontrolled. ` +
        'Pass `open` always or never.',
    );
    wasControlled.current = controlled;
  }

  const value = controlled ? (options.value as T) : own;
  const { onChange } = options;
  const setValue = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );

  return [value, setValue] as const;
}
