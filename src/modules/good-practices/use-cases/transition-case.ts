/**
 * Moving a case along its workflow — submit (the owner's editors), return with the reason or
 * validate (the secretariat) — after the permission check and the state machine's decision,
 * which names what is missing. Header, event and audit entry in one transaction.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import { CaseContent, missingForSubmission } from '../domain/case-content.ts';
import { CASE_ACTION_LABELS, CASE_ACTIONS, CASE_STATUS_LABELS, decideCase, type CaseAction, type CaseStatus } from '../domain/workflow.ts';
import { assertCanOnCase } from '../permissions.ts';
import { insertEvent, lockCase } from '../repository.ts';
import { goodPracticeCases } from '../schema.ts';

export async function transitionCase(db: Database, t: { id: string; action: CaseAction; comment?: string }, by: Principal): Promise<{ status: CaseStatus }> {
  if (!CASE_ACTIONS.includes(t.action))
    throw InputError.single({ column: 'action', code: 'unknown_action', reason: `操作「${String(t.action)}」はありません（${CASE_ACTIONS.join('、')}）` });
  const actor = await organisationActorOf(db, by);
  const name = auditNameOf(by);
  const comment = t.comment ?? '';
  return db.transaction(async (tx) => {
    const row = await lockCase(tx, t.id);
    assertCanOnCase(by, actor, row.ownerCode, t.action, `「${CASE_ACTION_LABELS[t.action]}」`);
    const from = row.status as CaseStatus;
    const missing = missingForSubmission(CaseContent.parse(row.content));
    const d = decideCase(from, t.action, { missing: missing.map((m) => m.reason), comment });
    if (!d.ok) {
      const located = t.action === 'submit' && missing.length > 0 && from !== 'submitted' && from !== 'validated';
      throw new InputError(
        located
          ? missing.map((m) => ({ column: `content.${m.column}`, code: 'incomplete', reason: m.reason }))
          : d.reasons.map((reason) => ({ column: 'action', code: 'transition_refused', reason })),
      );
    }
    await tx
      .update(goodPracticeCases)
      .set({ status: d.to, updatedAt: new Date(), ...(d.to === 'validated' ? { validatedAt: new Date() } : {}) })
      .where(and(eq(goodPracticeCases.ownerCode, row.ownerCode), eq(goodPracticeCases.id, row.id)));
    await insertEvent(tx, row, { action: t.action, fromStatus: from, toStatus: d.to, comment, actor: name });
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: `good_practice.${t.action}`,
      entityType: 'good_practice',
      entityId: row.id,
      summary: `好事例「${row.title}」: ${CASE_STATUS_LABELS[from]} → ${CASE_STATUS_LABELS[d.to]}`,
      details: { comment },
    });
    return { status: d.to };
  });
}
