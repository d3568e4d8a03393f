/**
 * The owner records its response and 改善策 per KPI (kpi_id) and overall (kpi_id null), while
 * the round is open or closed. The audit entry counts; the texts are in the report, not the log.
 */
import { z } from 'zod';
import type { Database } from '../../../db/client.ts';
import { InputError, type InputIssue } from '../../../shared/errors.ts';
import { zodInputIssues } from '../../../shared/zod-issues.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { assertCanOnRound } from '../permissions.ts';
import { lockRound } from '../repository.ts';
import { verificationResponses } from '../schema.ts';
import { evaluationOf, roundAndRelations } from './load-round.ts';

const text = (what: string) => z.string().max(4000, { error: `${what}は4000文字以内です` });
export const ResponsesInput = z
  .object({
    responses: z
      .array(z.object({ kpi_id: z.string().max(200).nullable(), response: text('対応').optional(), improvement: text('改善策').optional() }).strict())
      .min(1, { error: '対応を1件以上指定してください' })
      .max(500),
  })
  .strict();

export async function saveResponses(db: Database, roundId: string, raw: unknown, by: Principal) {
  const { row, relations } = await roundAndRelations(db, roundId, by);
  assertCanOnRound('respond', relations, row.status, roundId, '対応・改善策を書く');
  const parsed = ResponsesInput.safeParse(raw);
  if (!parsed.success) throw new InputError(zodInputIssues(parsed.error));
  const kpiIds = new Set((await evaluationOf(db, row)).kpis.map((k) => k.id));
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  parsed.data.responses.forEach((r, i) => {
    const k = r.kpi_id ?? '';
    if (k && !kpiIds.has(k)) issues.push({ column: `responses[${i}].kpi_id`, code: 'unknown_kpi', reason: `KPI「${k}」はこの戦略にありません` });
    else if (seen.has(k)) issues.push({ column: `responses[${i}].kpi_id`, code: 'duplicate', reason: `${k ? `KPI「${k}」` : '全体'}の対応が2回あります` });
    seen.add(k);
  });
  if (issues.length > 0) throw new InputError(issues);
  const actor = auditNameOf(by);
  await db.transaction(async (tx) => {
    const locked = await lockRound(tx, row);
    assertCanOnRound('respond', relations, locked.status, roundId, '対応・改善策を書く');
    const t = verificationResponses;
    for (const r of parsed.data.responses) {
      const set = { response: (r.response ?? '').trim(), improvement: (r.improvement ?? '').trim(), updatedBy: actor, updatedAt: new Date() };
      await tx
        .insert(t)
        .values({ ownerCode: locked.ownerCode, roundId: locked.id, kpiId: r.kpi_id ?? '', ...set })
        .onConflictDoUpdate({ target: [t.ownerCode, t.roundId, t.kpiId], set });
    }
    await appendAudit(tx, {
      ownerCode: locked.ownerCode,
      actor,
      action: 'verification.respond',
      entityType: 'verification_round',
      entityId: locked.id,
      summary: `団体の対応・改善策を保存（${parsed.data.responses.length}件）`,
      details: { kpi_ids: parsed.data.responses.map((r) => r.kpi_id ?? '') },
    });
  });
  return { saved: parsed.data.responses.length };
}
