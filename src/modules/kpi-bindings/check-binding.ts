/**
 * What binding a series (a KPI's own or its reference) checks before any effect: the caller may
 * bind KPIs of this strategy, and the KPI, the indicator and the area exist.
 */
import type { Database } from '../../db/client.ts';
import { InputError } from '../../shared/errors.ts';
import { auditNameOf, type Principal } from '../auth/index.ts';
import { kpiIdsOf } from '../kpi/index.ts';
import { getArea } from '../local-gov/index.ts';
import { assertCanBindKpi, strategyOwnerOrNotFound } from './permissions.ts';
import { findIndicator, type Binding } from './repository.ts';

export async function checkBinding(db: Database, b: Binding, by: Principal): Promise<{ owner: string; actor: string; indicatorName: string }> {
  const owner = await strategyOwnerOrNotFound(db, b.strategy);
  assertCanBindKpi(by, owner);
  if (!(await kpiIdsOf(db, b.strategy)).has(b.kpi)) throw InputError.single({ column: 'kpi', code: 'unknown_kpi', reason: `KPI「${b.kpi}」はこの戦略にありません` });
  const ind = await findIndicator(db, b.indicator);
  if (!ind) throw InputError.single({ column: 'indicator', code: 'unknown_indicator', reason: `指標「${b.indicator}」はありません` });
  if (!(await getArea(db, b.area))) throw InputError.single({ column: 'area', code: 'unknown_area', reason: `団体コード「${b.area}」の地域はありません` });
  return { owner, actor: auditNameOf(by), indicatorName: ind.nameJa };
}
