/** Binds a KPI to a statistics series (indicator × area) and copies the series' values into it now. */
import type { Database } from '../../db/client.ts';
import { InputError } from '../../shared/errors.ts';
import { appendAudit } from '../audit/index.ts';
import { auditNameOf, type Principal } from '../auth/index.ts';
import { kpiIdsOf, lockStrategies } from '../kpi/index.ts';
import { assertCanBindKpi, strategyOwnerOrNotFound } from './permissions.ts';
import { getArea } from '../local-gov/index.ts';
import { findIndicator, upsertBinding, type Binding } from './repository.ts';
import { syncKpiBindings } from './sync-kpi-bindings.ts';

export async function bindKpi(db: Database, b: Binding, by: Principal): Promise<{ written: number }> {
  const owner = await strategyOwnerOrNotFound(db, b.strategy);
  assertCanBindKpi(by, owner);
  const actor = auditNameOf(by);
  if (!(await kpiIdsOf(db, b.strategy)).has(b.kpi)) throw InputError.single({ column: 'kpi', code: 'unknown_kpi', reason: `KPI「${b.kpi}」はこの戦略にありません` });
  const ind = await findIndicator(db, b.indicator);
  if (!ind) throw InputError.single({ column: 'indicator', code: 'unknown_indicator', reason: `指標「${b.indicator}」はありません` });
  if (!(await getArea(db, b.area))) throw InputError.single({ column: 'area', code: 'unknown_area', reason: `団体コード「${b.area}」の地域はありません` });
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    await lockStrategies(tx, [{ owner, id: b.strategy }]);
    await upsertBinding(tx, owner, b, actor);
    await appendAudit(tx, {
      ownerCode: owner,
      actor,
      action: 'kpi.bind',
      entityType: 'strategy',
      entityId: b.strategy,
      summary: `KPI「${b.kpi}」を統計「${ind.nameJa}」（${b.area}）に連動`,
      details: { ...b },
    });
    const r = await syncKpiBindings(t, [b.indicator], { strategy: b.strategy, kpi: b.kpi });
    return { written: r.written };
  });
}
