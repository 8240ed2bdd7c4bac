import type { Messages } from './en';

export { en, type Messages } from './en';
export { th } from './th';

/** Any part of the catalog, down to single messages. */
export type MessageOverrides = {
  [Section in keyof Messages]?: Partial<Messages[Section]>;
};

/**
 * Types a set of message overrides, so a typo or a wrong signature fails to
 * compile. Not generic on purpose: a fresh object literal checked against the
 * catalog type gets excess-property checks at every depth, so a misspelt key
 * beside a correct one is refused too.
 */
export function defineMessages(messages: MessageOverrides): MessageOverrides {
  return messages;
}

/** The base catalog with overrides applied, section by section. */
export function mergeMessages(base: Messages, overrides?: MessageOverrides): Messages {
  if (!overrides) return base;
  const merged = { ...base } as Record<string, unknown>;
  for (const [section, values] of Object.entries(overrides)) {
    if (!values) continue;
    merged[section] = { ...(base[section as keyof Messages] as object), ...values };
  }
  return merged as unknown as Messages;
}
