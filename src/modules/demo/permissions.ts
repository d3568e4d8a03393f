/**
 * Who may add or remove the demo (pure): operators at the CLI only. It writes sample values into
 * the national strategy and creates a strategy and a user — nothing a signed-in user may do at once.
 */
import type { Principal } from '../auth/index.ts';

export function canManageDemo(p: Principal): boolean {
  return p.kind !== 'user';
}
