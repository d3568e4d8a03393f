/**
 * The owner's editors replace a case's content while it is 作成中 or 差戻し, against the version
 * they read (409 naming the current one otherwise). Content, index, event and audit in one transaction.
 */
import type { Database } from '../../../db/client.ts';
import { ConflictError, InputError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import { parseCase } from '../domain/parse-case.ts';
import { CASE_STATUS_LABELS, EDITABLE_STATUSES, type CaseStatus } from '../domain/workflow.ts';
import { assertCanOnCase } from '../permissions.ts';
import { insertEvent, lockCase, writeIndex } from '../repository.ts';
import { goodPracticeCases } from '../schema.ts';
import { and, eq } from 'drizzle-orm';
import { checkLinks } from './check-links.ts';

export async function updateCase(db: Database, input: { id: string; baseVersion: number; content: unknown }, by: Principal): Promise<{ version: number }> {
  const actor = await organisationActorOf(db, by);
  const content = parseCase(input.content, { prefix: 'content' });
  await checkLinks(db, content, 'content');
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const row = await lockCase(tx, input.id);
    assertCanOnCase(by, actor, row.ownerCode, 'edit', '編集する');
    const status = row.status as CaseStatus;
    if (!EDITABLE_STATUSES.includes(status))
      throw InputError.single({ column: 'status', code: 'not_editable', reason: `「${CASE_STATUS_LABELS[status]}」の事例は編集できません（作成中・差戻しのみ）` });
    if (row.version !== input.baseVersion)
      throw new ConflictError(`事例は他の人が更新しました（現在の版 ${row.version}、編集元の版 ${input.baseVersion}）。読み込み直してください`, { version: String(row.version) });
    const version = row.version + 1;
    await tx
      .update(goodPracticeCases)
      .set({ content, title: content.title, field: content.field, startedYear: content.started_year ?? null, version, updatedAt: new Date() })
      .where(and(eq(goodPracticeCases.ownerCode, row.ownerCode), eq(goodPracticeCases.id, row.id)));
    await writeIndex(tx, row.ownerCode, row.id, content);
    await insertEvent(tx, row, { action: 'edit', fromStatus: status, toStatus: status, comment: '', actor: name });
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: 'good_practice.edit',
      entityType: 'good_practice',
      entityId: row.id,
      summary: `好事例「${content.title}」を保存（版 ${version}）`,
      details: { version },
    });
    return { version };
  });
}
