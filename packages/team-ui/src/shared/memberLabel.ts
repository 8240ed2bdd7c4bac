import type { Member } from '@fiko/team-sdk';
import { createContext, useContext } from 'react';

type Named = Pick<Member, 'name' | 'email'>;

/** How a member is named in labels and dialog titles. */
export type MemberLabel = (member: Named) => string;

/** A member by name alone: right wherever only one person carries it. */
export const nameOnly: MemberLabel = (member) => member.name;

/** The names (compared trimmed, ignoring case) that more than one of `members` carries. */
export function sharedNames(members: readonly Named[]): string[] {
  const seen = new Map<string, number>();
  for (const member of members) {
    const key = nameKey(member.name);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen]
    .filter(([, count]) => count > 1)
    .map(([key]) => key)
    .sort();
}

/**
 * Names members, adding the email address to a name in `shared`: two
 * "Actions for Diego Novak" buttons, or two dialogs titled the same, cannot
 * be told apart by ear.
 */
export function memberLabelFor(shared: readonly string[]): MemberLabel {
  if (shared.length === 0) return nameOnly;
  const names = new Set(shared);
  return (member) =>
    names.has(nameKey(member.name)) ? `${member.name} (${member.email})` : member.name;
}

function nameKey(name: string) {
  return name.trim().toLocaleLowerCase();
}

/** Provided by the agents table from the rows it has loaded. */
export const MemberLabelContext = createContext<MemberLabel>(nameOnly);

export function useMemberLabel(): MemberLabel {
  return useContext(MemberLabelContext);
}
