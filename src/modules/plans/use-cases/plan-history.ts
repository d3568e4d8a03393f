/**
 * A plan's own history: its audit entries (who, when, before/after), newest first, with users'
 * names joined at read time. Only for those who may see the plan unpublished — the entries hold
 * draft content; the public page shows the workflow events after publication instead.
 */
import type { Database } from '../../../db/client.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import { actionLabel, actorLabel, listAudit } from '../../audit/index.ts';
import { auditActorNames, type Principal } from '../../auth/index.ts';
import { canUser } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf, planOrNotFound } from '../repository.ts';

export async function planHistory(db: Database, id: string, by: Principal | null, limit = 500) {
  const row = await planOrNotFound(db, id);
  const actor = by ? await planActorOf(db, by) : null;
  if (!by || (by.kind === 'user' && !(actor && canUser(actor, accessOf(row), 'view')))) throw new NotFoundError(`計画「${id}」の履歴はありません`);
  const entries = await listAudit(db, { ownerCode: row.ownerCode, entityType: 'plan', entityId: id, limit });
  const names = await auditActorNames(
    db,
    entries.map((e) => e.actor),
  );
  return entries.map((e) => {
    const who = names.get(e.actor) ?? { actor: e.actor, name: null };
    return { ...e, actor: who.actor, actor_label: actorLabel(who.actor === 'user' ? 'user:' : who.actor, who.name), action_label: actionLabel(e.action) };
  });
}
