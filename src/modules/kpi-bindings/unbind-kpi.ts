/** Stops feeding a KPI from statistics; the observations it already got stay. */
import type { Database } from '../../db/client.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { appendAudit } from '../audit/index.ts';
import { findStrategyOwner, lockStrategies } from '../kpi/index.ts';
import { deleteBinding } from './repository.ts';

export async function unbindKpi(db: Database, strategy: string, kpi: string, actor: string): Promise<void> {
  const owner = await findStrategyOwner(db, strategy);
  if (!owner) throw new NotFoundError(`戦略「${strategy}」はありません`);
  await db.transaction(async (tx) => {
    await lockStrategies(tx, [{ owner, id: strategy }]);
    if ((await deleteBinding(tx, owner, strategy, kpi)) === 0) throw new NotFoundError(`KPI「${kpi}」は統計に連動していません`);
    await appendAudit(tx, { ownerCode: owner, actor, action: 'kpi.unbind', entityType: 'strategy', entityId: strategy, summary: `KPI「${kpi}」の統計連動を解除`, details: { kpi } });
  });
}
