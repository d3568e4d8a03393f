/**
 * Saving a plan's entry items as a new version, against the version the editor started from
 * (optimistic locking): when someone saved in between, nothing is written and the 409 says what
 * they changed and which of the editor's own changes touch the same items — never a silent
 * overwrite. Only the owner and co-owners' writers (A: also the secretariat) edit, and only in
 * states where the plan is on their desk. After national publication an edit makes a revision:
 * the public keeps seeing the published version until the secretariat publishes the new one.
 */
import type { Database } from '../../../db/client.ts';
import { ConflictError, ForbiddenError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { organisationOf, type Organisation } from '../../organisations/index.ts';
import { parsePlanContent } from '../domain/parse-plan-content.ts';
import { changedPaths, diffContents } from '../domain/version-diff.ts';
import { STATUS_LABELS, isEditableStatus, type PlanStatus } from '../domain/workflow.ts';
import { assertCan } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf, insertEvent, insertVersion, lockPlan, updateHeader, versionContent } from '../repository.ts';
import { headerOf } from './plan-header.ts';
import type { PlanType } from '../domain/plan-types.ts';

export interface PlanEdit {
  id: string;
  /** the version the edit was made on */
  baseVersion: number;
  content: unknown;
  note?: string;
}

export async function updatePlan(db: Database, edit: PlanEdit, by: Principal): Promise<{ version: number; changes: number }> {
  const content = parsePlanContent(edit.content);
  const actor = await planActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const row = await lockPlan(tx, edit.id);
    assertCan(by, actor, accessOf(row), 'edit', '編集する');
    const status = row.status as PlanStatus;
    if (!isEditableStatus(status)) throw new ForbiddenError(`計画は「${STATUS_LABELS[status]}」のため編集できません`);
    const current = await versionContent(tx, row, row.currentVersion);
    if (edit.baseVersion !== row.currentVersion) {
      const base = await versionContent(tx, row, edit.baseVersion);
      const theirs = diffContents(base, current);
      throw new ConflictError(`計画はほかの人が更新しました（あなたが開いた版 ${edit.baseVersion} → 現在の版 ${row.currentVersion}）。読み込み直して、変更を反映してください`, {
        version: String(row.currentVersion),
        changes: theirs,
        conflicts: changedPaths(base, content, current),
      });
    }
    const changes = diffContents(current, content);
    if (changes.length === 0) return { version: row.currentVersion, changes: 0 };
    const owners = (await Promise.all([row.ownerOrgId, ...row.coOwnerOrgIds].map((id) => organisationOf(tx, id)))).filter((o): o is Organisation => o !== null);
    const header = headerOf(row.type as PlanType, owners[0]!, owners.slice(1), content);
    const version = row.currentVersion + 1;
    await insertVersion(tx, row, version, content, name, edit.note?.trim() || null);
    await updateHeader(tx, row, {
      currentVersion: version,
      ...(row.publishedVersion === null ? { title: header.title, field: header.field, finalFy: header.finalFy, prefCodes: header.prefCodes } : {}),
    });
    await insertEvent(tx, row, { action: 'edit', fromStatus: status, toStatus: status, version, comment: edit.note ?? '', details: { changes: changes.length }, actor: name });
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: 'plan.update',
      entityType: 'plan',
      entityId: row.id,
      summary: `計画を更新（版 ${version}、${changes.length}項目）: ${content.title}`,
      details: { version, changes },
    });
    return { version, changes: changes.length };
  });
}
