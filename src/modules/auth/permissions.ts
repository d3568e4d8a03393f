/**
 * Who may manage users (pure): admins (the national secretariat, who onboard governments and
 * their staff) and operators at the CLI. Editors and viewers may not, not even for their own
 * organisation — a user could otherwise make themselves a colleague with more rights.
 */
import type { Principal } from './principal.ts';

export function canCreateUser(p: Principal): boolean {
  return p.kind !== 'user' || p.user.role === 'admin';
}
