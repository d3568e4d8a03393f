/**
 * A signed-in person and their role on their organisation (団体コード). What each role may do
 * is decided by each module's permissions.ts (e.g. kpi/permissions.ts for strategies).
 */
export type Role = 'admin' | 'editor' | 'viewer' | 'reviewer';
export const ROLES: readonly Role[] = ['admin', 'editor', 'viewer', 'reviewer'];

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  orgCode: string;
}
