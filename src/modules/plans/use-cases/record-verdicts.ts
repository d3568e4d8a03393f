/**
 * The secretariat's requirement check (要件確認, B L299 / C L377; A at formulation): a verdict per
 * requirement — met or not — with its evidence and comment, on the plan's current version. A
 * new version needs new verdicts (they are kept per version). Publication nationally needs every
 * requirement met (workflow.ts).
 */
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { REQUIREMENTS, requirementLabel } from '../domain/requirements.ts';
import type { PlanType } from '../domain/plan-types.ts';
import { STATUS_LABELS, type PlanStatus } from '../domain/workflow.ts';
import { assertCan } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf, insertEvent, lockPlan, upsertVerdict } from '../repository.ts';

export interface VerdictInput {
  requirement_no: number;
  verdict: 'met' | 'not_met';
  evidence?: string;
  comment?: string;
}

/** States in which requirements are judged: formally submitted (B, C); proposals or formulated (A). */
const JUDGED_IN: readonly PlanStatus[] = ['submitted', 'precheck', 'proposals', 'formulated'];

export async function recordVerdicts(db: Database, input: { id: string; verdicts: VerdictInput[] }, by: Principal): Promise<{ version: number; recorded: number }> {
  const actor = await planActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const row = await lockPlan(tx, input.id);
    assertCan(by, actor, accessOf(row), 'check', '要件確認する');
    if (!JUDGED_IN.includes(row.status as PlanStatus)) {
      throw InputError.single({
        column: 'verdicts',
        code: 'transition_refused',
        reason: `計画は「${STATUS_LABELS[row.status as PlanStatus]}」のため要件確認はできません（正式提出の後にできます）`,
      });
    }
    const known = new Map(REQUIREMENTS[row.type as PlanType].filter((r) => r.no !== null).map((r) => [r.no!, r]));
    const issues = input.verdicts.flatMap((v, i) =>
      known.has(v.requirement_no)
        ? []
        : [{ row: i + 1, column: 'requirement_no', code: 'unknown_requirement', reason: `要件 ${v.requirement_no} はこの計画の種類にはありません（1〜${known.size}）` }],
    );
    if (issues.length > 0) throw new InputError(issues);
    for (const v of input.verdicts) {
      await upsertVerdict(tx, row, {
        version: row.currentVersion,
        requirementNo: v.requirement_no,
        verdict: v.verdict,
        evidence: v.evidence?.trim() ?? '',
        comment: v.comment?.trim() ?? '',
        judgedBy: name,
      });
    }
    const summary = input.verdicts.map((v) => `${requirementLabel(known.get(v.requirement_no)!)}: ${v.verdict === 'met' ? '適合' : '不適合'}`).join('、');
    await insertEvent(tx, row, {
      action: 'judge',
      fromStatus: row.status,
      toStatus: row.status,
      version: row.currentVersion,
      comment: summary,
      details: { verdicts: input.verdicts },
      actor: name,
    });
    await appendAudit(tx, {
      ownerCode: row.ownerCode,
      actor: name,
      action: 'plan.judge',
      entityType: 'plan',
      entityId: row.id,
      summary: `要件確認（版 ${row.currentVersion}）: ${summary}`,
      details: { version: row.currentVersion, verdicts: input.verdicts },
    });
    return { version: row.currentVersion, recorded: input.verdicts.length };
  });
}
