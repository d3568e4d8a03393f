/**
 * Who may bind a KPI to statistics (pure). A binding writes the strategy's actual values, so the
 * rule is the strategy's: kpi's canWriteStrategy (admins, the owner's editors, operators, the
 * platform). Reading bindings is public, like the strategy.
 */
import { ForbiddenError } from '../../shared/errors.ts';
import type { Principal } from '../auth/index.ts';
import { canWriteStrategy } from '../kpi/index.ts';

export const canBindKpi = (p: Principal, ownerCode: string): boolean => canWriteStrategy(p, ownerCode);

export function assertCanBindKpi(p: Principal, ownerCode: string): void {
  if (!canBindKpi(p, ownerCode)) throw new ForbiddenError(`この戦略（団体コード ${ownerCode}）を編集する権限がありません`);
}

/** The one loader of the owner these checks need (the strategy's; 404 when there is none). */
export { strategyOwnerOrNotFound } from '../kpi/index.ts';
