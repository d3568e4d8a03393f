/**
 * Who may accept a reviewed draft into a new strategy (pure). A planner of a local government —
 * an editor, or an admin who belongs to a local government — founds the strategy of their own
 * 団体コード only: the owner is never taken from the request. The national secretariat (000000)
 * has its strategy shipped and creates governments' strategies on the administrator's page.
 */
import { NATIONAL_CODE } from '../../shared/local-gov-code.ts';
import type { Principal } from '../auth/index.ts';

/** The 団体コード a principal may found a strategy for from a document, or null. */
export function acceptingOwner(p: Principal): string | null {
  if (p.kind !== 'user') return null;
  if (p.user.role !== 'editor' && p.user.role !== 'admin') return null;
  return p.user.orgCode && p.user.orgCode !== NATIONAL_CODE ? p.user.orgCode : null;
}

export const canAcceptDraft = (p: Principal): boolean => acceptingOwner(p) !== null;
