/** Any two versions of a plan compared field by field (for those who may see it unpublished). */
import type { Database } from '../../../db/client.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import type { Principal } from '../../auth/index.ts';
import { diffContents } from '../domain/version-diff.ts';
import { canViewUnpublished } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf, planOrNotFound, versionContent } from '../repository.ts';

export async function compareVersions(db: Database, id: string, from: number, to: number, by: Principal | null) {
  const row = await planOrNotFound(db, id);
  const actor = by ? await planActorOf(db, by) : null;
  const privileged = canViewUnpublished(by, actor, accessOf(row));
  if (!privileged) throw new NotFoundError(`計画「${id}」の版の比較はできません`);
  const [a, b] = [await versionContent(db, row, from), await versionContent(db, row, to)];
  return { from, to, changes: diffContents(a, b) };
}
