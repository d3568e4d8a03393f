/**
 * Queries of the 国内投資マップ and the public export (no permissions here: everything read is
 * public, because plan_investments only ever holds nationally published versions — and every
 * query still requires plans.published_version so a stray row of an unpublished plan never shows).
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { areas } from '../local-gov/index.ts';
import { indicatorValues } from '../statistics/index.ts';
import type { PlanType } from './domain/plan-types.ts';
import { investmentMapSnapshots, planInvestments, plans, planVersions } from './schema.ts';

export type Reader = Pick<Database, 'select' | 'selectDistinctOn' | 'execute'>;

/** The plan statuses whose projects the map shows when no status is asked for (a withdrawn plan's only on request). */
export const MAP_DEFAULT_STATUSES = ['published', 'in_execution', 'evaluated'] as const;
export const MAP_STATUSES = [...MAP_DEFAULT_STATUSES, 'withdrawn'] as const;
export type MapStatus = (typeof MAP_STATUSES)[number];

export interface ProjectQuery {
  types?: readonly PlanType[];
  statuses?: readonly MapStatus[];
  /** A's strategic field (plans.field) */
  field?: string;
  fyFrom?: number;
  fyTo?: number;
  /** one plan's projects (its page's small map) */
  planId?: string;
}

function conditions(q: ProjectQuery): SQL {
  const conds: (SQL | undefined)[] = [isNotNull(plans.publishedVersion), inArray(planInvestments.planStatus, [...(q.statuses?.length ? q.statuses : MAP_DEFAULT_STATUSES)])];
  if (q.types?.length) conds.push(inArray(planInvestments.planType, [...q.types]));
  if (q.field) conds.push(and(eq(planInvestments.planType, 'A'), eq(planInvestments.field, q.field)));
  if (q.fyFrom !== undefined) conds.push(gte(planInvestments.investFy, q.fyFrom));
  if (q.fyTo !== undefined) conds.push(lte(planInvestments.investFy, q.fyTo));
  if (q.planId !== undefined) conds.push(eq(planInvestments.planId, q.planId));
  return and(...conds)!;
}

/** Projects of published plans with their plan's title and the municipality's name and point. */
export function projectRows(db: Reader, q: ProjectQuery) {
  return db
    .select({
      planId: planInvestments.planId,
      planTitle: plans.title,
      planType: planInvestments.planType,
      planStatus: planInvestments.planStatus,
      field: planInvestments.field,
      projectId: planInvestments.projectId,
      title: planInvestments.title,
      investorName: planInvestments.investorName,
      ministry: planInvestments.ministry,
      amountYen: planInvestments.amountYen,
      investDate: planInvestments.investDate,
      investFy: planInvestments.investFy,
      operationDate: planInvestments.operationDate,
      muniCode: planInvestments.muniCode,
      prefCode: planInvestments.prefCode,
      muniName: areas.name,
      lat: planInvestments.lat,
      lon: planInvestments.lon,
      muniLat: areas.lat,
      muniLon: areas.lng,
    })
    .from(planInvestments)
    .innerJoin(plans, and(eq(plans.ownerCode, planInvestments.ownerCode), eq(plans.id, planInvestments.planId)))
    .leftJoin(areas, eq(areas.code, planInvestments.muniCode))
    .where(conditions(q))
    .orderBy(asc(planInvestments.prefCode), asc(planInvestments.planId), asc(planInvestments.projectId));
}
export type ProjectRow = Awaited<ReturnType<typeof projectRows>>[number];

/** Names of areas by 団体コード, and the 47 prefectures (code, 2-digit pref_code, name). */
export async function areaNames(db: Reader, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: areas.code, name: areas.name })
    .from(areas)
    .where(inArray(areas.code, [...codes]));
  return new Map(rows.map((r) => [r.code, r.name]));
}

export function prefectures(db: Reader) {
  return db.select({ code: areas.code, prefCode: areas.prefCode, name: areas.name }).from(areas).where(eq(areas.level, 'prefecture')).orderBy(asc(areas.code));
}

/** 総人口 (住民基本台帳) of every area at its latest period with a value. */
export async function latestPopulation(db: Reader): Promise<Map<string, { value: number; period: string }>> {
  const rows = await db
    .selectDistinctOn([indicatorValues.areaCode], { code: indicatorValues.areaCode, value: indicatorValues.value, period: indicatorValues.period })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.indicatorCode, 'population'), isNotNull(indicatorValues.value)))
    .orderBy(asc(indicatorValues.areaCode), desc(indicatorValues.periodEnd));
  return new Map(rows.map((r) => [r.code, { value: r.value as number, period: r.period }]));
}

/** Every published plan's header and its published version's content (the export). */
export function publishedPlans(db: Reader, type?: PlanType) {
  return db
    .select({ plan: plans, content: planVersions.content })
    .from(plans)
    .innerJoin(planVersions, and(eq(planVersions.ownerCode, plans.ownerCode), eq(planVersions.planId, plans.id), eq(planVersions.version, plans.publishedVersion)))
    .where(and(isNotNull(plans.publishedVersion), type ? eq(plans.type, type) : undefined))
    .orderBy(asc(plans.type), asc(plans.id));
}

const NATION = '000000';

export async function insertSnapshot(
  tx: Pick<Database, 'insert'>,
  s: { id: string; title: string; asOf: string; data: unknown; publishedBy: string; sample?: boolean },
): Promise<void> {
  await tx.insert(investmentMapSnapshots).values({ ownerCode: NATION, ...s });
}

/** Snapshots newest first, without their data; the counts come from the stored JSON. */
export function listSnapshotRows(db: Reader) {
  return db
    .select({
      id: investmentMapSnapshots.id,
      title: investmentMapSnapshots.title,
      asOf: investmentMapSnapshots.asOf,
      publishedAt: investmentMapSnapshots.publishedAt,
      publishedBy: investmentMapSnapshots.publishedBy,
      projects: sql<number>`jsonb_array_length(${investmentMapSnapshots.data}->'projects')`,
      amountYen: sql<string>`${investmentMapSnapshots.data}->'total'->>'amount_yen_exact'`,
    })
    .from(investmentMapSnapshots)
    .where(eq(investmentMapSnapshots.ownerCode, NATION))
    .orderBy(desc(investmentMapSnapshots.asOf), desc(investmentMapSnapshots.publishedAt), desc(investmentMapSnapshots.id));
}

export async function snapshotRow(db: Reader, id: string) {
  const [row] = await db
    .select()
    .from(investmentMapSnapshots)
    .where(and(eq(investmentMapSnapshots.ownerCode, NATION), eq(investmentMapSnapshots.id, id)));
  return row ?? null;
}
export type SnapshotRow = NonNullable<Awaited<ReturnType<typeof snapshotRow>>>;
