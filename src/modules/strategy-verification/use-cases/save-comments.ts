/**
 * A member writes their comments: per KPI (kpi_id) and overall (kpi_id null), while the round is
 * open. An empty text removes that comment. A KPI the member is excluded from for a declared
 * interest is refused, naming the row. The audit entry counts; the text stays out of the log.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../db/client.ts';
import { InputError, type InputIssue } from '../../../shared/errors.ts';
import { zodInputIssues } from '../../../shared/zod-issues.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { assertCanOnRound } from '../permissions.ts';
import { lockRound } from '../repository.ts';
import { verificationComments } from '../schema.ts';
import { evaluationOf, roundAndRelations } from './load-round.ts';

export const CommentsInput = z
  .object({
    comments: z
      .array(z.object({ kpi_id: z.string().max(200).nullable(), body: z.string().max(4000, { error: '意見は4000文字以内です' }) }).strict())
      .min(1, { error: '意見を1件以上指定してください' })
      .max(500),
  })
  .strict();

export async function saveComments(db: Database, roundId: string, raw: unknown, by: Principal) {
  const { row, members, relations } = await roundAndRelations(db, roundId, by);
  assertCanOnRound('comment', relations, row.status, roundId, '意見を書く');
  const parsed = CommentsInput.safeParse(raw);
  if (!parsed.success) throw new InputError(zodInputIssues(parsed.error));
  const userId = by.kind === 'user' ? by.user.id : '';
  const me = members.find((m) => m.userId === userId)!;
  const kpiIds = new Set((await evaluationOf(db, row)).kpis.map((k) => k.id));
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  parsed.data.comments.forEach((c, i) => {
    const column = `comments[${i}].kpi_id`;
    const k = c.kpi_id ?? '';
    if (k && !kpiIds.has(k)) issues.push({ column, code: 'unknown_kpi', reason: `KPI「${k}」はこの戦略にありません` });
    else if (me.excludedKpis.includes(k)) issues.push({ column, code: 'conflict_of_interest', reason: `KPI「${k}」は利益相反の申告により意見の対象外です` });
    else if (seen.has(k)) issues.push({ column, code: 'duplicate', reason: `${k ? `KPI「${k}」` : '総評'}の意見が2回あります` });
    seen.add(k);
  });
  if (issues.length > 0) throw new InputError(issues);
  let written = 0;
  let removed = 0;
  await db.transaction(async (tx) => {
    const locked = await lockRound(tx, row);
    assertCanOnRound('comment', relations, locked.status, roundId, '意見を書く');
    for (const c of parsed.data.comments) {
      const kpiId = c.kpi_id ?? '';
      const body = c.body.trim();
      const t = verificationComments;
      if (!body) {
        await tx.delete(t).where(and(eq(t.ownerCode, locked.ownerCode), eq(t.roundId, locked.id), eq(t.userId, userId), eq(t.kpiId, kpiId)));
        removed++;
        continue;
      }
      const set = { body, updatedAt: new Date() };
      await tx
        .insert(t)
        .values({ ownerCode: locked.ownerCode, roundId: locked.id, userId, kpiId, ...set })
        .onConflictDoUpdate({ target: [t.ownerCode, t.roundId, t.userId, t.kpiId], set });
      written++;
    }
    await appendAudit(tx, {
      ownerCode: locked.ownerCode,
      actor: auditNameOf(by),
      action: 'verification.comment',
      entityType: 'verification_round',
      entityId: locked.id,
      summary: `検証委員の意見を保存（${written}件、削除${removed}件）`,
      // counts and ids only: the text is the member's, and the log is append-only
      details: { written, removed, kpi_ids: parsed.data.comments.map((c) => c.kpi_id ?? '') },
    });
  });
  return { written, removed };
}
