/**
 * The national roll-up (public): applications of a fiscal year (申請年度; all years without one),
 * their decided national share by prefecture, kind and the fiscal year the money is for, counts
 * by status, and the KPI achievement of funded projects from published verifications.
 */
import { and, eq, gt, inArray, isNotNull, type SQL } from 'drizzle-orm';
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

export async function getNationalRollup(db: Database, fiscalYear?: number): Promise<NationalRollup> {
  const fy = checkRollupYear(fiscalYear);
  const where: SQL[] = fy === null ? [] : [eq(grantApplications.fiscalYear, fy)];
  const apps = await db
    .select({ ownerCode: grantApplications.ownerCode, id: grantApplications.id, fiscalYear: grantApplications.fiscalYear, status: grantApplications.status })
    .from(grantApplications)
    .where(and(...where));
  // the decided applications as a subquery, not a list of ids: thousands of bound parameters cost more than the join
  const decidedApps = db
    .select({ id: grantApplications.id })
    .from(grantApplications)
    .where(and(...where, inArray(grantApplications.status, [...PUBLIC_STATUSES])));
  const [decisions, verifications] = await Promise.all([
    db
      .select({
        ownerCode: grantDecisions.ownerCode,
        applicationId: grantDecisions.applicationId,
        projectId: grantDecisions.projectId,
        fiscalYear: grantDecisions.fiscalYear,
        amount: grantDecisions.amount,
        kind: grantDecisions.kind,
      })
      .from(grantDecisions)
      .where(and(inArray(grantDecisions.applicationId, decidedApps), gt(grantDecisions.amount, 0))),
    db
      .select({ ownerCode: grantVerifications.ownerCode, applicationId: grantVerifications.applicationId, results: grantVerifications.results })
      .from(grantVerifications)
      .where(and(inArray(grantVerifications.applicationId, decidedApps), isNotNull(grantVerifications.publishedAt))),
  ]);
  const prefs = await db.select({ code: areas.code, name: areas.name }).from(areas).where(eq(areas.level, 'prefecture'));
  const prefNames = new Map(prefs.map((p) => [p.code.slice(0, 2), p.name]));
  return nationalRollup(
    fy,
    apps,
    decisions,
    verifications.map((v) => ({ ...v, results: v.results as ProjectResult[] })),
    prefNames,
    PUBLIC_STATUSES,
  );
}
