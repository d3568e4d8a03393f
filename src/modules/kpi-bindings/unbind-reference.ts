/** Removes a KPI's reference series: its relative target is 比較対象未登録 (③) again. */
import type { Database } from '../../db/client.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { appendAudit } from '../audit/index.ts';
import { auditNameOf, type Principal } from '../auth/index.ts';
import { lockStrategies, writeReferenceSeries } from '../kpi/index.ts';
import { assertCanBindKpi, strategyOwnerOrNotFound } from './permissions.ts';
import { deleteReferenceBinding } from './repository.ts';

export async function unbindReference(db: Database, strategy: string, kpi: string, by: Principal): Promise<void> {
  const owner = await strategyOwnerOrNotFound(db, strategy);
  assertCanBindKpi(by, owner);
  const actor = auditNameOf(by);
  await db.transaction(async (tx) => {
    await lockStrategies(tx, [{ owner, id: strategy }]);
    if ((await deleteReferenceBinding(tx, owner, strategy, kpi)) === 0) throw new NotFoundError(`KPI「${kpi}」には比較対象の系列が設定されていません`);
    // Unlike a KPI's own observations, the copied reference values go with the binding.
    await writeReferenceSeries(tx, { owner, strategy, kpi }, null);
    await appendAudit(tx, {
      ownerCode: owner,
      actor,
      action: 'kpi.unbind_reference',
      entityType: 'strategy',
      entityId: strategy,
      summary: `KPI「${kpi}」の比較対象の設定を解除`,
      details: { kpi },
    });
  });
}
