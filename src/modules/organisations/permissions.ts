/**
 * Who may register organisations (pure): the secretariat's administrators and operators at the
 * CLI. A planner names a company in a plan by its 法人番号 without registering it; registering
 * gives it a record others can pick (and, later, users).
 */
import type { Principal } from '../auth/index.ts';

export function canRegisterOrganisation(p: Principal): boolean {
  return p.kind !== 'user' || (p.user.role === 'admin' && p.user.orgCode === '000000');
}
