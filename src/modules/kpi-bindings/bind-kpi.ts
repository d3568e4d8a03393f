/** Binds a KPI to a statistics series (indicator × area) and copies the series' values into it now. */
import type { Database } from '../../db/client.ts';
import { InputError, NotFoundError } from '../../shared/errors.ts';
import { appendAudit } from '../audit/index.ts';
import { findStrategyOwner, kpiIdsOf, lockStrategies } from '../kpi/index.ts';
import { getArea } from '../local-gov/index.ts';
import { findIndicator, upsertBinding, type Binding } from './repository.ts';
import { syncKpiBindings } from './sync-kpi-bindings.ts';

export async function bindKpi(db: Database, b: Binding, actor: string): Promise<{ written: number }> {
  const owner = await findStrategyOwner(db, b.strategy);
  if (!owner) throw new NotFoundError(`戦略「${b.strategy}」はありません`);
  if (!(await kpiIdsOf(db, b.strategy)).has(b.kpi)) throw InputError.single({ column: 'kpi', code: 'unknown_kpi', reason: `KPI「${b.kpi}」はこの戦略にありません` });
  const ind = await findIndicator(db, b.indicator);
  if (!ind) throw InputError.single({ column: 'indicator', code: 'unknown_indicator', reason: `指標「${b.indicator}」はありません` });
  if (!(await getArea(db, b.area))) throw InputError.single({ column: 'area', code: 'unknown_area', reason: `団体コード「${b.area}」の地域はありません` });
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    await lockStrategies(tx, [{ owner, id: b.strategy }]);
    await upsertBinding(tx, owner, b, actor);
    await appendAudit(tx, {
      ownerCode: owner, actor, action: 'kpi.bind', entityType: 'strategy', entityId: b.strategy,
      summary: `KPI「${b.kpi}」を統計「${ind.nameJa}」（${b.area}）に連動`, details: { ...b },
    });
    const r = await syncKpiBindings(t, [b.indicator], { strategy: b.strategy, kpi: b.kpi });
    return { written: r.written };
  });
}
