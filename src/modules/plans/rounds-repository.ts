/** Queries of progress rounds, reports and withdrawal decisions (no permissions: use cases decide, then call these). */
import { and, asc, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { NotFoundError } from '../../shared/errors.ts';
import type { Tx } from './repository.ts';
import { planActionItems, planReports, planRounds, plans, planVersions, planWithdrawalDecisions, type PlanReportRow, type PlanRoundRow, type PlanRow } from './schema.ts';

/** Rounds are the secretariat's: kept under the nation's 団体コード. */
export const ROUND_OWNER = '000000';

/** Statuses of the plans a round asks to report: nationally published and not withdrawn or finished. */
export const REPORTING_STATUSES = ['published', 'in_execution'] as const;

export interface ReportItem {
  action_id: string;
  status: 'not_started' | 'in_progress' | 'done' | 'delayed';
  done: string;
  delay_cause: string;
}

export interface KpiValue {
  kpi_id: string;
  period: string;
  value: number;
}

export async function insertRound(tx: Tx, r: Omit<PlanRoundRow, 'ownerCode' | 'status' | 'publishedAt' | 'openedAt' | 'sample'> & { sample?: boolean }): Promise<void> {
  await tx.insert(planRounds).values({ ownerCode: ROUND_OWNER, ...r });
}

/** lock: 'update' for publication; 'share' for report writes, so that none slips in while a round is being published. */
export async function roundOrNotFound(db: Tx, id: string, lock: false | 'update' | 'share' = false): Promise<PlanRoundRow> {
  const q = db
    .select()
    .from(planRounds)
    .where(and(eq(planRounds.ownerCode, ROUND_OWNER), eq(planRounds.id, id)));
  const [row] = lock ? await q.for(lock) : await q;
  if (!row) throw new NotFoundError(`進捗確認のラウンド「${id}」はありません`);
  return row;
}

export async function listRoundRows(db: Tx, publishedOnly: boolean): Promise<PlanRoundRow[]> {
  const conds = [eq(planRounds.ownerCode, ROUND_OWNER), ...(publishedOnly ? [isNotNull(planRounds.publishedAt)] : [])];
  return db
    .select()
    .from(planRounds)
    .where(and(...conds))
    .orderBy(desc(planRounds.periodEnd), asc(planRounds.id));
}

export async function setRound(tx: Tx, id: string, set: Partial<PlanRoundRow>): Promise<void> {
  await tx
    .update(planRounds)
    .set(set)
    .where(and(eq(planRounds.ownerCode, ROUND_OWNER), eq(planRounds.id, id)));
}

/** The plans a round asks to report (its types, nationally published, still running), by type and id. */
export async function plansInRound(db: Tx, round: Pick<PlanRoundRow, 'planTypes'>): Promise<PlanRow[]> {
  return db
    .select()
    .from(plans)
    .where(and(inArray(plans.type, round.planTypes as ('A' | 'B' | 'C')[]), inArray(plans.status, [...REPORTING_STATUSES]), isNotNull(plans.publishedVersion)))
    .orderBy(asc(plans.type), asc(plans.id));
}

const reportKey = (plan: Pick<PlanRow, 'ownerCode' | 'id'>, roundId: string) =>
  and(eq(planReports.ownerCode, plan.ownerCode), eq(planReports.planId, plan.id), eq(planReports.roundId, roundId));

export async function findReport(db: Tx, plan: Pick<PlanRow, 'ownerCode' | 'id'>, roundId: string, lock = false): Promise<PlanReportRow | null> {
  const q = db.select().from(planReports).where(reportKey(plan, roundId));
  const [row] = lock ? await q.for('update') : await q;
  return row ?? null;
}

export async function insertReport(
  tx: Tx,
  plan: Pick<PlanRow, 'ownerCode' | 'id'>,
  roundId: string,
  r: { items: ReportItem[]; kpiValues: KpiValue[]; updatedBy: string },
): Promise<void> {
  await tx.insert(planReports).values({ ownerCode: plan.ownerCode, planId: plan.id, roundId, ...r });
}

/** Writes a report and bumps its lock version (every write does). */
export async function updateReport(tx: Tx, report: PlanReportRow, set: Partial<PlanReportRow>): Promise<void> {
  await tx
    .update(planReports)
    .set({ ...set, lockVersion: report.lockVersion + 1, updatedAt: new Date() })
    .where(and(eq(planReports.ownerCode, report.ownerCode), eq(planReports.planId, report.planId), eq(planReports.roundId, report.roundId)));
}

export async function reportsOfRound(db: Tx, roundId: string): Promise<PlanReportRow[]> {
  return db.select().from(planReports).where(eq(planReports.roundId, roundId));
}

/** A plan's accepted reports with their rounds' period ends (the withdrawal criteria's history). */
export async function acceptedReportsOf(db: Tx, plan: Pick<PlanRow, 'ownerCode' | 'id'>) {
  return db
    .select({ roundId: planReports.roundId, periodEnd: planRounds.periodEnd, kpiValues: planReports.kpiValues, publishedAt: planRounds.publishedAt })
    .from(planReports)
    .innerJoin(planRounds, and(eq(planRounds.ownerCode, ROUND_OWNER), eq(planRounds.id, planReports.roundId)))
    .where(and(eq(planReports.ownerCode, plan.ownerCode), eq(planReports.planId, plan.id), eq(planReports.status, 'accepted')))
    .orderBy(asc(planRounds.periodEnd));
}

/** The 5W1H items of the plan's published version (what reports are made against). */
export async function actionItemsOf(db: Tx, plan: Pick<PlanRow, 'ownerCode' | 'id'>) {
  return db
    .select()
    .from(planActionItems)
    .where(and(eq(planActionItems.ownerCode, plan.ownerCode), eq(planActionItems.planId, plan.id)))
    .orderBy(asc(planActionItems.measureId), asc(planActionItems.itemId));
}

const decisionKey = (plan: Pick<PlanRow, 'ownerCode' | 'id'>) => and(eq(planWithdrawalDecisions.ownerCode, plan.ownerCode), eq(planWithdrawalDecisions.planId, plan.id));

export async function decisionsOf(db: Tx, plan: Pick<PlanRow, 'ownerCode' | 'id'>) {
  return db.select().from(planWithdrawalDecisions).where(decisionKey(plan)).orderBy(asc(planWithdrawalDecisions.roundId));
}

export async function pendingDecisions(db: Tx, plan: Pick<PlanRow, 'ownerCode' | 'id'>) {
  return db
    .select()
    .from(planWithdrawalDecisions)
    .where(and(decisionKey(plan), isNull(planWithdrawalDecisions.decision)));
}

/** Records that criteria were met in a round (awaiting the owner's decision); a decided row stays as decided. */
export async function upsertPendingDecision(tx: Tx, plan: Pick<PlanRow, 'ownerCode' | 'id'>, roundId: string, criteria: unknown): Promise<void> {
  const [row] = await tx
    .select()
    .from(planWithdrawalDecisions)
    .where(and(decisionKey(plan), eq(planWithdrawalDecisions.roundId, roundId)));
  if (!row) await tx.insert(planWithdrawalDecisions).values({ ownerCode: plan.ownerCode, planId: plan.id, roundId, criteria });
  else if (row.decision === null)
    await tx
      .update(planWithdrawalDecisions)
      .set({ criteria })
      .where(and(decisionKey(plan), eq(planWithdrawalDecisions.roundId, roundId)));
}

/** A correction can undo a round's finding: its undecided row goes. */
export async function dropPendingDecision(tx: Tx, plan: Pick<PlanRow, 'ownerCode' | 'id'>, roundId: string): Promise<void> {
  await tx.delete(planWithdrawalDecisions).where(and(decisionKey(plan), eq(planWithdrawalDecisions.roundId, roundId), isNull(planWithdrawalDecisions.decision)));
}

export async function recordDecision(
  tx: Tx,
  plan: Pick<PlanRow, 'ownerCode' | 'id'>,
  roundId: string,
  d: { decision: 'continue' | 'revise' | 'withdraw'; reason: string; decidedBy: string },
): Promise<void> {
  await tx
    .update(planWithdrawalDecisions)
    .set({ ...d, decidedAt: new Date() })
    .where(and(decisionKey(plan), eq(planWithdrawalDecisions.roundId, roundId)));
}

/** For a round's summary, in one query each: the published versions, 5W1H items and accepted reports of many plans. */
export async function publishedContentsOf(db: Tx, planIds: readonly string[]): Promise<Map<string, unknown>> {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .select({ planId: plans.id, content: planVersions.content })
    .from(plans)
    .innerJoin(planVersions, and(eq(planVersions.ownerCode, plans.ownerCode), eq(planVersions.planId, plans.id), eq(planVersions.version, plans.publishedVersion)))
    .where(inArray(plans.id, [...planIds]));
  return new Map(rows.map((r) => [r.planId, r.content]));
}

export async function actionItemsOfPlans(db: Tx, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(planActionItems)
    .where(inArray(planActionItems.planId, [...planIds]))
    .orderBy(asc(planActionItems.planId), asc(planActionItems.measureId), asc(planActionItems.itemId));
}

export async function acceptedReportsOfPlans(db: Tx, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .select({ planId: planReports.planId, roundId: planReports.roundId, periodEnd: planRounds.periodEnd, kpiValues: planReports.kpiValues, publishedAt: planRounds.publishedAt })
    .from(planReports)
    .innerJoin(planRounds, and(eq(planRounds.ownerCode, ROUND_OWNER), eq(planRounds.id, planReports.roundId)))
    .where(and(inArray(planReports.planId, [...planIds]), eq(planReports.status, 'accepted')))
    .orderBy(asc(planRounds.periodEnd));
}
