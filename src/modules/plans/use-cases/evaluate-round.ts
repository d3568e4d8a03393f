/**
 * 撤退基準 evaluated automatically each round: once a plan's report is accepted (or corrected),
 * each of its published version's withdrawal criteria is judged over the plan's accepted reports
 * up to this round (domain/withdrawal.ts). A met criterion leaves a row awaiting the owner's
 * decision (plan_withdrawal_decisions) and sets 「撤退基準に該当」 (plans.withdrawal_flag) until
 * every such row is decided; a correction that undoes the finding removes its undecided row.
 */
import type { Database } from '../../../db/client.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import type { PlanContent } from '../domain/plan-content.ts';
import { evaluateWithdrawal, type ProgressRound, type WithdrawalEvaluation } from '../domain/withdrawal.ts';
import { updateHeader, versionContent, type Tx } from '../repository.ts';
import {
  acceptedReportsOf,
  dropPendingDecision,
  pendingDecisions,
  plansInRound,
  reportsOfRound,
  roundOrNotFound,
  upsertPendingDecision,
  type KpiValue,
} from '../rounds-repository.ts';
import type { PlanRoundRow, PlanRow } from '../schema.ts';

export interface RoundHistory {
  round_id: string;
  period_end: string;
  kpi_values: readonly KpiValue[];
  published: boolean;
}

/** Each criterion over the rounds up to `upTo` (period end); the KPI's last value in a round is its actual there. */
export function evaluateCriteria(content: PlanContent, history: readonly RoundHistory[], upTo: string): WithdrawalEvaluation[] {
  const kpis = [...content.kpis, ...content.kgis];
  const rounds = history.filter((h) => h.period_end <= upTo);
  return content.withdrawal_criteria.flatMap((c) => {
    const kpi = kpis.find((k) => k.id === c.kpi_id);
    if (!kpi) return [];
    const series: ProgressRound[] = rounds.map((r) => ({
      round_id: r.round_id,
      period_end: r.period_end,
      actual: r.kpi_values.filter((v) => v.kpi_id === c.kpi_id).at(-1)?.value ?? null,
    }));
    return [evaluateWithdrawal(c, kpi, series)];
  });
}

export async function historyOf(db: Tx, plan: Pick<PlanRow, 'ownerCode' | 'id'>): Promise<RoundHistory[]> {
  return (await acceptedReportsOf(db, plan)).map((r) => ({
    round_id: r.roundId,
    period_end: r.periodEnd,
    kpi_values: r.kpiValues as KpiValue[],
    published: r.publishedAt !== null,
  }));
}

/** Evaluates one plan after its report in `round` was accepted or corrected; returns the met evaluations. */
export async function evaluatePlanInRound(tx: Tx, plan: PlanRow, round: Pick<PlanRoundRow, 'id' | 'title' | 'periodEnd'>, actorName: string): Promise<WithdrawalEvaluation[]> {
  if (plan.publishedVersion === null) return [];
  const content = await versionContent(tx, plan, plan.publishedVersion);
  const met = evaluateCriteria(content, await historyOf(tx, plan), round.periodEnd).filter((e) => e.met);
  if (met.length > 0) await upsertPendingDecision(tx, plan, round.id, met);
  else await dropPendingDecision(tx, plan, round.id);
  const flag = (await pendingDecisions(tx, plan)).length > 0;
  if (flag === plan.withdrawalFlag) return met;
  await updateHeader(tx, plan, { withdrawalFlag: flag });
  await appendAudit(tx, {
    ownerCode: plan.ownerCode,
    actor: actorName,
    action: flag ? 'plan.withdrawal_met' : 'plan.withdrawal_cleared',
    entityType: 'plan',
    entityId: plan.id,
    summary: flag
      ? `撤退基準に該当: ${plan.title}（${round.title}）${met.map((e) => e.explanation).join('／')}`
      : `撤退基準への該当を取り消し（報告の訂正）: ${plan.title}（${round.title}）`,
    details: { before: { withdrawal_flag: plan.withdrawalFlag }, after: { withdrawal_flag: flag }, round_id: round.id, evaluations: met },
  });
  return met;
}

/** Every plan of the round with an accepted report, evaluated again (idempotent; publication runs it). */
export async function evaluateRound(db: Database, roundId: string, by: Principal): Promise<{ plan_id: string; met: string[] }[]> {
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const round = await roundOrNotFound(tx, roundId);
    const accepted = new Set((await reportsOfRound(tx, roundId)).filter((r) => r.status === 'accepted').map((r) => r.planId));
    const out: { plan_id: string; met: string[] }[] = [];
    for (const plan of await plansInRound(tx, round)) {
      if (!accepted.has(plan.id)) continue;
      const met = await evaluatePlanInRound(tx, plan, round, name);
      out.push({ plan_id: plan.id, met: met.map((e) => e.criterion_id) });
    }
    return out;
  });
}
