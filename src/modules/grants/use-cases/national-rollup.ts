/**
 * The national roll-up (public): applications of a fiscal year (申請年度; all years without one),
 * their decided national share by prefecture, kind and the fiscal year the money is for, counts
 * by status, and the KPI achievement of funded projects from published verifications.
 */
import { and, countDistinct, count, eq, gt, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { areas } from '../../local-gov/index.ts';
import { nationalRollup, type NationalRollup } from '../domain/rollup.ts';
import type { ProjectResult } from '../domain/verification.ts';
import { PUBLIC_STATUSES } from '../domain/workflow.ts';
import { grantApplications, grantDecisions, grantVerifications } from '../schema.ts';

export function checkRollupYear(fiscalYear: number | undefined): number | null {
  if (fiscalYear === undefined) return null;
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2025 || fiscalYear > 2100)
    throw InputError.single({ column: 'fiscal_year', code: 'out_of_range', reason: `年度は2025〜2100の整数（西暦の年度）で指定してください（${fiscalYear}）` });
  return fiscalYear;
}

/**
 * The sums are made in SQL: every decision row of a national year would otherwise travel to the
 * process (bench/grants.ts measures the route beside the raw GROUP BY). Decisions and
 * verifications join their application on (owner_code, id) — the distribution key and the row —
 * so the query stays co-located on a distributed PostgreSQL.
 */
export async function getNationalRollup(db: Database, fiscalYear?: number): Promise<NationalRollup> {
  const fy = checkRollupYear(fiscalYear);
  const ofYear: SQL[] = fy === null ? [] : [eq(grantApplications.fiscalYear, fy)];
  const decidedApp = and(...ofYear, inArray(grantApplications.status, [...PUBLIC_STATUSES]));
  const decisionOfApp = and(eq(grantDecisions.ownerCode, grantApplications.ownerCode), eq(grantDecisions.applicationId, grantApplications.id));
  const funded = and(decidedApp, gt(grantDecisions.amount, 0));
  const pref = sql<string>`substr(${grantDecisions.ownerCode}, 1, 2)`;
  const [statusCounts, sums, verifications, fundedRows, prefs] = await Promise.all([
    db
      .select({ status: grantApplications.status, count: count() })
      .from(grantApplications)
      .where(and(...ofYear))
      .groupBy(grantApplications.status),
    // one scan for both: the sums per (prefecture, kind, year) and the applications per prefecture
    db
      .select({
        pref,
        // null in the (prefecture) grouping set
        kind: sql<string | null>`${grantDecisions.kind}`,
        fiscalYear: sql<number | null>`${grantDecisions.fiscalYear}`,
        amount: sql<number>`sum(${grantDecisions.amount})`.mapWith(Number),
        applications: countDistinct(grantDecisions.applicationId),
      })
      .from(grantDecisions)
      .innerJoin(grantApplications, decisionOfApp)
      .where(funded)
      .groupBy(sql`grouping sets ((${pref}, ${grantDecisions.kind}, ${grantDecisions.fiscalYear}), (${pref}))`),
    db
      .select({ ownerCode: grantVerifications.ownerCode, applicationId: grantVerifications.applicationId, results: grantVerifications.results })
      .from(grantVerifications)
      .innerJoin(grantApplications, and(eq(grantVerifications.ownerCode, grantApplications.ownerCode), eq(grantVerifications.applicationId, grantApplications.id)))
      .where(and(decidedApp, isNotNull(grantVerifications.publishedAt))),
    // only the funded projects of applications with a published verification are needed
    db
      .selectDistinct({ ownerCode: grantDecisions.ownerCode, applicationId: grantDecisions.applicationId, projectId: grantDecisions.projectId })
      .from(grantDecisions)
      .innerJoin(grantApplications, decisionOfApp)
      .innerJoin(
        grantVerifications,
        and(
          eq(grantVerifications.ownerCode, grantDecisions.ownerCode),
          eq(grantVerifications.applicationId, grantDecisions.applicationId),
          isNotNull(grantVerifications.publishedAt),
        ),
      )
      .where(funded),
    db.select({ code: areas.code, name: areas.name }).from(areas).where(eq(areas.level, 'prefecture')),
  ]);
  return nationalRollup(
    fy,
    {
      statusCounts,
      // the (prefecture) grouping set has no kind
      funds: sums.flatMap((r) => (r.kind === null ? [] : [{ pref: r.pref, kind: r.kind, fiscalYear: Number(r.fiscalYear), amount: r.amount }])),
      prefApplications: sums.flatMap((r) => (r.kind === null ? [{ pref: r.pref, applications: r.applications }] : [])),
      verifications: verifications.map((v) => ({ ...v, results: v.results as ProjectResult[] })),
      fundedProjects: new Set(fundedRows.map((r) => `${r.ownerCode}/${r.applicationId}/${r.projectId}`)),
    },
    new Map(prefs.map((p) => [p.code.slice(0, 2), p.name])),
  );
}
