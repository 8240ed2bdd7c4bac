import type { Person } from './backend/consoleBackend';

export const ROLE_LABELS: Record<Person['role'], string> = {
  admin: 'Admin',
  cs: 'CS',
  viewer: 'Viewer',
};

/** "Super admin", "Admin", "CS" or "Viewer": how the console names someone's access. */
export function accessLabel(person: Pick<Person, 'role' | 'superAdmin'>): string {
  return person.superAdmin ? 'Super admin' : ROLE_LABELS[person.role];
}
