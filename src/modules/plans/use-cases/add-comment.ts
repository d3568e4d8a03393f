/**
 * A comment on a plan (advice from the secretariat, a reviewer's remark, a colleague's note),
 * optionally on one entry item (its JSON path). Reviewers comment but cannot edit
 * (permissions.ts). Audited; the author is named by user id, the text is kept in the plan.
 */
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { assertCan } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf, insertComment, lockPlan } from '../repository.ts';

export async function addComment(db: Database, input: { id: string; body: string; path?: string | null }, by: Principal): Promise<{ seq: number }> {
  const body = input.body.trim();
  if (body === '') throw InputError.single({ column: 'body', code: 'required', reason: 'コメントを入力してください' });
  if (body.length > 5000) throw InputError.single({ column: 'body', code: 'too_long', reason: 'コメントは5,000文字以内にしてください' });
  const actor = await planActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const row = await lockPlan(tx, input.id);
    assertCan(by, actor, accessOf(row), 'comment', 'コメントする');
    const seq = await insertComment(tx, row, { version: row.currentVersion, path: input.path?.trim() || null, body, author: name, authorOrgId: actor?.org.id ?? name });
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: 'plan.comment',
      entityType: 'plan',
      entityId: row.id,
      summary: `コメント（版 ${row.currentVersion}${input.path ? `、${input.path}` : ''}）`,
      details: { seq, path: input.path ?? null, body },
    });
    return { seq };
  });
}
