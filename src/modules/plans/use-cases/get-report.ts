/**
 * One plan's report in one round, with what the form needs: the round, the plan's published 5W1H
 * items and KPIs/KGIs, the report (null until first saved), what the reader may do, and any
 * withdrawal finding awaiting a decision. Those who may view the plan only (permissions.ts).
 */
import type { Database } from '../../../db/client.ts';
import { ForbiddenError } from '../../../shared/errors.ts';
import type { Principal } from '../../auth/index.ts';
import { canUser } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf } from '../repository.ts';
import { decisionsOf, findReport } from '../rounds-repository.ts';
import { isAskedBy, reportJson, reportTarget } from './report-context.ts';
import { roundJson } from './round-summary.ts';

export async function getReport(db: Database, planId: string, roundId: string, by: Principal) {
  const actor = await planActorOf(db, by);
  const t = await reportTarget(db, planId, roundId, false);
  const access = accessOf(t.plan);
  const can = (op: 'view' | 'report' | 'review_report' | 'decide_withdrawal') => actor === null || canUser(actor, access, op);
  if (!can('view')) throw new ForbiddenError('この計画の進捗報告を見る権限がありません');
  const report = await findReport(db, t.plan, roundId);
  const measures = new Map(t.content.measures.map((m, i) => [m.id, { index: i + 1, goal: m.goal || m.issue }]));
  return {
    round: roundJson(t.round),
    plan: { id: t.plan.id, title: t.plan.title, type: t.plan.type, status: t.plan.status, withdrawal_flag: t.plan.withdrawalFlag, asked: isAskedBy(t.round, t.plan) },
    actions: t.content.measures.flatMap((m) =>
      m.actions.map((a) => ({
        id: a.id,
        measure_id: m.id,
        measure: `施策${measures.get(m.id)?.index}: ${measures.get(m.id)?.goal ?? ''}`,
        content: a.content,
        deadline: a.deadline,
        department: a.department,
      })),
    ),
    kpis: [
      ...t.content.kgis.map((k) => ({
        id: k.id,
        kind: 'kgi' as const,
        name: k.name,
        unit: k.unit,
        baseline_value: k.baseline_value,
        target_value: k.target_value,
        target_fy: k.target_fy,
      })),
      ...t.content.kpis.map((k) => ({
        id: k.id,
        kind: 'kpi' as const,
        name: k.name,
        unit: k.unit,
        baseline_value: k.baseline_value,
        target_value: k.target_value,
        target_fy: k.target_fy,
      })),
    ],
    report: report ? reportJson(report) : null,
    can_report: can('report'),
    can_review: can('review_report'),
    can_decide: can('decide_withdrawal'),
    withdrawal_decisions: (await decisionsOf(db, t.plan)).map((d) => ({
      round_id: d.roundId,
      criteria: d.criteria,
      decision: d.decision,
      reason: d.reason,
      decided_by: d.decidedBy,
      decided_at: d.decidedAt?.toISOString() ?? null,
    })),
  };
}
