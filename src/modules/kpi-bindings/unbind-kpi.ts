/** Stops feeding a KPI from statistics; the observations it already got stay. */
import type { Database } from '../../db/client.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { appendAudit } from '../audit/index.ts';
import { auditNameOf, type Principal } from '../auth/index.ts';
import { lockStrategies } from '../kpi/index.ts';
import { assertCanBindKpi, strategyOwnerOrNotFound } from './permissions.ts';
import { deleteBinding } from './repository.ts';

export async function unbindKpi(db: Database, strategy: string, kpi: string, by: Principal): Promise<void> {
  const owner = await strategyOwnerOrNotFound(db, strategy);
  assertCanBindKpi(by, owner);
  const actor = auditNameOf(by);
  await db.transaction(async (tx) => {
    await lockStrategies(tx, [{ owner, id: strategy }]);
    if ((await deleteBinding(tx, owner, strategy, kpi)) === 0) throw new NotFoundError(`KPI「${kpi}」は統計に連動していません`);
    await appendAudit(tx, {
      ownerCode: owner,
      actor,
      action: 'kpi.unbind',
      entityType: 'strategy',
      entityId: strategy,
      summary: `KPI「${kpi}」の統計連動を解除`,
      details: { kpi },
    });
  });
}
