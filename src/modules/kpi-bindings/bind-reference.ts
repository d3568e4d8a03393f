/**
 * Binds the series a KPI's relative target is compared with (「全国平均以上」 → the indicator for
 * 全国 00000) and copies its values at once, so the target is judged instead of 比較対象未登録.
 */
import type { Database } from '../../db/client.ts';
import { InputError } from '../../shared/errors.ts';
import { appendAudit } from '../audit/index.ts';
import { auditNameOf, type Principal } from '../auth/index.ts';
import { kpiIdsOf, lockStrategies, writeReferenceSeries } from '../kpi/index.ts';
import { getArea } from '../local-gov/index.ts';
import { assertCanBindKpi, strategyOwnerOrNotFound } from './permissions.ts';
import { findIndicator, upsertReferenceBinding, type Binding } from './repository.ts';
import { referenceSeriesOf } from './sync-reference-bindings.ts';

export async function bindReference(db: Database, b: Binding, by: Principal): Promise<{ values: number }> {
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
    await upsertReferenceBinding(tx, owner, b, actor);
    await appendAudit(tx, {
      ownerCode: owner,
      actor,
      action: 'kpi.bind_reference',
      entityType: 'strategy',
      entityId: b.strategy,
      summary: `KPI「${b.kpi}」の比較対象を統計「${ind.nameJa}」（${b.area}）に設定`,
      details: { ...b },
    });
    const series = await referenceSeriesOf(t, b.indicator, b.area);
    await writeReferenceSeries(t, { owner, strategy: b.strategy, kpi: b.kpi }, series);
    return { values: series?.values.length ?? 0 };
  });
}
