/** Queries of the plans tables (no permissions here: use cases decide, then call these). */
import { and, asc, eq, max } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { fiscalYearOfDay, parseDay } from '../../shared/periods.ts';
import type { PlanContent } from './domain/plan-content.ts';
import type { PlanAccess } from './permissions.ts';
import type { PlanStatus } from './domain/workflow.ts';
import type { PlanType } from './domain/plan-types.ts';
import { planActionItems, planComments, planEvents, planInvestments, planReports, planRequirementVerdicts, planRounds, plans, planVersions, type PlanRow } from './schema.ts';

export type Tx = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

export const accessOf = (r: PlanRow): PlanAccess => ({
  type: r.type as PlanType,
  status: r.status as PlanStatus,
  ownerOrgId: r.ownerOrgId,
  coOwnerOrgIds: r.coOwnerOrgIds,
  reviewerOrgIds: r.reviewerOrgIds,
});

export async function findPlan(db: Tx, id: string): Promise<PlanRow | null> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id));
  return row ?? null;
}

export async function planOrNotFound(db: Tx, id: string): Promise<PlanRow> {
  const row = await findPlan(db, id);
  if (!row) throw new NotFoundError(`計画「${id}」はありません`);
  return row;
}

/** The plan's header under a row lock (writes take it first: the lock order is plan, then the audit chain). */
export async function lockPlan(tx: Tx, id: string): Promise<PlanRow> {
  const [row] = await tx.select().from(plans).where(eq(plans.id, id)).for('update');
  if (!row) throw new NotFoundError(`計画「${id}」はありません`);
  return row;
}

export async function versionContent(db: Tx, row: Pick<PlanRow, 'ownerCode' | 'id'>, version: number): Promise<PlanContent> {
  const [v] = await db
    .select({ content: planVersions.content })
    .from(planVersions)
    .where(and(eq(planVersions.ownerCode, row.ownerCode), eq(planVersions.planId, row.id), eq(planVersions.version, version)));
  if (!v) throw new NotFoundError(`計画「${row.id}」の版 ${version} はありません`);
  return v.content as PlanContent;
}

export async function listVersions(db: Tx, row: Pick<PlanRow, 'ownerCode' | 'id'>) {
  return db
    .select({ version: planVersions.version, createdAt: planVersions.createdAt, createdBy: planVersions.createdBy, note: planVersions.note })
    .from(planVersions)
    .where(and(eq(planVersions.ownerCode, row.ownerCode), eq(planVersions.planId, row.id)))
    .orderBy(asc(planVersions.version));
}

export async function insertVersion(tx: Tx, row: Pick<PlanRow, 'ownerCode' | 'id'>, version: number, content: PlanContent, by: string, note: string | null): Promise<void> {
  await tx.insert(planVersions).values({ ownerCode: row.ownerCode, planId: row.id, version, content, createdBy: by, note });
}

async function nextSeq(tx: Tx, table: typeof planEvents | typeof planComments, row: Pick<PlanRow, 'ownerCode' | 'id'>): Promise<number> {
  const [r] = await tx
    .select({ n: max(table.seq) })
    .from(table)
    .where(and(eq(table.ownerCode, row.ownerCode), eq(table.planId, row.id)));
  return (r?.n ?? 0) + 1;
}

export interface PlanEventInput {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  version: number;
  comment?: string;
  details?: Record<string, unknown>;
  actor: string;
}

export async function insertEvent(tx: Tx, row: Pick<PlanRow, 'ownerCode' | 'id'>, e: PlanEventInput): Promise<void> {
  await tx
    .insert(planEvents)
    .values({ ownerCode: row.ownerCode, planId: row.id, seq: await nextSeq(tx, planEvents, row), ...e, comment: e.comment ?? '', details: e.details ?? null });
}

export async function listEvents(db: Tx, row: Pick<PlanRow, 'ownerCode' | 'id'>) {
  return db
    .select()
    .from(planEvents)
    .where(and(eq(planEvents.ownerCode, row.ownerCode), eq(planEvents.planId, row.id)))
    .orderBy(asc(planEvents.seq));
}

export async function insertComment(
  tx: Tx,
  row: Pick<PlanRow, 'ownerCode' | 'id'>,
  c: { version: number; path: string | null; body: string; author: string; authorOrgId: string },
): Promise<number> {
  const seq = await nextSeq(tx, planComments, row);
  await tx.insert(planComments).values({ ownerCode: row.ownerCode, planId: row.id, seq, ...c });
  return seq;
}

export async function listComments(db: Tx, row: Pick<PlanRow, 'ownerCode' | 'id'>) {
  return db
    .select()
    .from(planComments)
    .where(and(eq(planComments.ownerCode, row.ownerCode), eq(planComments.planId, row.id)))
    .orderBy(asc(planComments.seq));
}

export async function listVerdicts(db: Tx, row: Pick<PlanRow, 'ownerCode' | 'id'>, version: number) {
  return db
    .select()
    .from(planRequirementVerdicts)
    .where(and(eq(planRequirementVerdicts.ownerCode, row.ownerCode), eq(planRequirementVerdicts.planId, row.id), eq(planRequirementVerdicts.version, version)))
    .orderBy(asc(planRequirementVerdicts.requirementNo));
}

export async function upsertVerdict(
  tx: Tx,
  row: Pick<PlanRow, 'ownerCode' | 'id'>,
  v: { version: number; requirementNo: number; verdict: 'met' | 'not_met'; evidence: string; comment: string; judgedBy: string },
): Promise<void> {
  await tx
    .insert(planRequirementVerdicts)
    .values({ ownerCode: row.ownerCode, planId: row.id, ...v })
    .onConflictDoUpdate({
      target: [planRequirementVerdicts.ownerCode, planRequirementVerdicts.planId, planRequirementVerdicts.version, planRequirementVerdicts.requirementNo],
      set: { verdict: v.verdict, evidence: v.evidence, comment: v.comment, judgedBy: v.judgedBy, judgedAt: new Date() },
    });
}

const fyOf = (d: string | null): number | null => (d ? fiscalYearOfDay(parseDay(d.length === 7 ? `${d}-01` : d)) : null);

/**
 * Replaces the plan's rows of its published version that other queries read: the investment
 * projects (the map) and the 5W1H items (progress reports). `status` is the plan's status after
 * the write, which the map filters by.
 */
export async function writePublishedRows(tx: Tx, row: Pick<PlanRow, 'ownerCode' | 'id' | 'type' | 'field'>, status: string, content: PlanContent): Promise<void> {
  const key = and(eq(planInvestments.ownerCode, row.ownerCode), eq(planInvestments.planId, row.id));
  await tx.delete(planInvestments).where(key);
  await tx.delete(planActionItems).where(and(eq(planActionItems.ownerCode, row.ownerCode), eq(planActionItems.planId, row.id)));
  if (content.investments.length > 0) {
    await tx.insert(planInvestments).values(
      content.investments.map((i) => ({
        ownerCode: row.ownerCode,
        planId: row.id,
        projectId: i.id,
        planType: row.type,
        planStatus: status,
        field: row.field,
        title: i.title,
        investorName: i.investor_name,
        ministry: i.ministry,
        amountYen: i.amount_yen,
        investDate: i.invest_date,
        investFy: fyOf(i.invest_date),
        operationDate: i.operation_date,
        muniCode: i.muni_code,
        prefCode: i.muni_code.slice(0, 2),
        lat: i.point?.lat ?? null,
        lon: i.point?.lon ?? null,
      })),
    );
  }
  const items = content.measures.flatMap((m) =>
    m.actions.map((a) => ({ ownerCode: row.ownerCode, planId: row.id, itemId: a.id, measureId: m.id, content: a.content, department: a.department, deadline: a.deadline })),
  );
  if (items.length > 0) await tx.insert(planActionItems).values(items);
}

/** Keeps the map's status column in step with the plan's (withdrawal, execution). */
export async function setInvestmentStatus(tx: Tx, row: Pick<PlanRow, 'ownerCode' | 'id'>, status: string): Promise<void> {
  await tx
    .update(planInvestments)
    .set({ planStatus: status })
    .where(and(eq(planInvestments.ownerCode, row.ownerCode), eq(planInvestments.planId, row.id)));
}

export async function updateHeader(tx: Tx, row: Pick<PlanRow, 'ownerCode' | 'id'>, set: Partial<PlanRow>): Promise<void> {
  await tx
    .update(plans)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(plans.ownerCode, row.ownerCode), eq(plans.id, row.id)));
}

/**
 * KPI actuals reported in accepted reports (kpi_values: [{kpi_id, period, value}]); for the
 * public only those of published rounds.
 */
export async function reportedActuals(db: Tx, row: Pick<PlanRow, 'ownerCode' | 'id'>, publishedRoundsOnly: boolean): Promise<{ kpi_id: string; period: string; value: number }[]> {
  const rows = await db
    .select({ values: planReports.kpiValues, published: planRounds.publishedAt })
    .from(planReports)
    .innerJoin(planRounds, and(eq(planRounds.ownerCode, '000000'), eq(planRounds.id, planReports.roundId)))
    .where(and(eq(planReports.ownerCode, row.ownerCode), eq(planReports.planId, row.id), eq(planReports.status, 'accepted')));
  return rows.filter((r) => !publishedRoundsOnly || r.published !== null).flatMap((r) => r.values as { kpi_id: string; period: string; value: number }[]);
}
