/** Binds a KPI to a statistics series (indicator × area) and copies the series' values into it now. */
import type { Database } from '../../db/client.ts';
import { appendAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import { lockStrategies } from '../kpi/index.ts';
import { checkBinding } from './check-binding.ts';
import { upsertBinding, type Binding } from './repository.ts';
import { syncKpiBindings } from './sync-kpi-bindings.ts';

export async function bindKpi(db: Database, b: Binding, by: Principal): Promise<{ written: number }> {
  const { owner, actor, indicatorName } = await checkBinding(db, b, by);
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
      summary: `KPI「${b.kpi}」を統計「${indicatorName}」（${b.area}）に連動`,
      details: { ...b },
    });
    const r = await syncKpiBindings(t, [b.indicator], { strategy: b.strategy, kpi: b.kpi });
    return { written: r.written };
  });
}
