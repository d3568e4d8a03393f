/**
 * Binds the series a KPI's relative target is compared with (「全国平均以上」 → the indicator for
 * 全国 00000) and copies its values at once, so the target is judged instead of 比較対象未登録.
 */
import type { Database } from '../../db/client.ts';
import { appendAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import { lockStrategies, writeReferenceSeries } from '../kpi/index.ts';
import { checkBinding } from './check-binding.ts';
import { upsertReferenceBinding, type Binding } from './repository.ts';
import { referenceSeriesOf } from './sync-reference-bindings.ts';

export async function bindReference(db: Database, b: Binding, by: Principal): Promise<{ values: number }> {
  const { owner, actor, indicatorName } = await checkBinding(db, b, by);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    await lockStrategies(tx, [{ owner, id: b.strategy }]);
    await upsertReferenceBinding(tx, owner, b, actor);
    await appendAudit(tx, {
      ownerCode: owner,
      actor,
      action: 'kpi.bind_reference',
      entityType: 'strategy',
      entityId: b.strategy,
      summary: `KPI「${b.kpi}」の比較対象を統計「${indicatorName}」（${b.area}）に設定`,
      details: { ...b },
    });
    const series = await referenceSeriesOf(t, b.indicator, b.area);
    await writeReferenceSeries(t, { owner, strategy: b.strategy, kpi: b.kpi }, series);
    return { values: series?.values.length ?? 0 };
  });
}
