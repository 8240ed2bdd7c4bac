import { createContext, useContext } from 'react';

/**
 * The element menus render into: the root of the component that owns them,
 * so they stay inside the host's landmarks and inherit its theme tokens.
 */
export const PortalContainerContext = createContext<HTMLElement | null>(null);

export function usePortalContainer(): HTMLElement | undefined {
  return useContext(PortalContainerContext) ?? undefined;
}
