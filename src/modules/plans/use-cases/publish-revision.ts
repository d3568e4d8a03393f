/**
 * Publishing a revision of a nationally published plan (the secretariat): the current version
 * becomes the public one — its investments on the map, its 5W1H items in the rounds — with an
 * event and an audit entry naming both versions. Mechanical checks must pass, as at submission.
 */
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import type { PlanType } from '../domain/plan-types.ts';
import { failingChecks } from '../domain/requirements.ts';
import { assertCan } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf, insertEvent, lockPlan, updateHeader, versionContent } from '../repository.ts';
import { publicationColumns } from './publication.ts';

export async function publishRevision(db: Database, id: string, comment: string, by: Principal): Promise<{ published_version: number }> {
  const actor = await planActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const row = await lockPlan(tx, id);
    assertCan(by, actor, accessOf(row), 'check', '改訂を公表する');
    if (row.publishedVersion === null || row.publishedVersion === row.currentVersion || row.status === 'withdrawn') {
      throw InputError.single({ column: 'action', code: 'transition_refused', reason: '公表済みの計画に、公表されていない改訂版があるときにだけ改訂を公表できます' });
    }
    const content = await versionContent(tx, row, row.currentVersion);
    const failing = failingChecks(row.type as PlanType, content);
    if (failing.length > 0) throw InputError.single({ column: 'action', code: 'transition_refused', reason: `改訂版を公表するには次が必要です: ${failing.join('、')}` });
    await updateHeader(tx, row, await publicationColumns(tx, row, content, row.status));
    await insertEvent(tx, row, {
      action: 'publish_revision',
      fromStatus: row.status,
      toStatus: row.status,
      version: row.currentVersion,
      comment,
      details: { from_version: row.publishedVersion },
      actor: name,
    });
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: 'plan.publish_revision',
      entityType: 'plan',
      entityId: row.id,
      summary: `改訂版を公表: ${content.title}（版 ${row.publishedVersion} → ${row.currentVersion}）`,
      details: { before: { published_version: row.publishedVersion }, after: { published_version: row.currentVersion }, comment },
    });
    return { published_version: row.currentVersion };
  });
}
