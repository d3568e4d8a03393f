/**
 * A plan's own history: its audit entries (who, when, before/after), newest first, with users'
 * names joined at read time. Only for those who may see the plan unpublished — the entries hold
 * draft content; the public page shows the workflow events after publication instead.
 */
import type { Database } from '../../../db/client.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import { listAudit } from '../../audit/index.ts';
import { labelAuditEntries, type Principal } from '../../auth/index.ts';
import { canViewUnpublished } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf, planOrNotFound } from '../repository.ts';

export async function planHistory(db: Database, id: string, by: Principal | null, limit = 500) {
  const row = await planOrNotFound(db, id);
  const actor = by ? await planActorOf(db, by) : null;
  if (!canViewUnpublished(by, actor, accessOf(row))) throw new NotFoundError(`計画「${id}」の履歴はありません`);
  const entries = await listAudit(db, { ownerCode: row.ownerCode, entityType: 'plan', entityId: id, limit });
  return labelAuditEntries(db, entries);
}
