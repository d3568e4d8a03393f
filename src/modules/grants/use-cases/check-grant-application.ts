/**
 * The rule checks of an application against the store: the applicant's own strategies give the
 * KPIs its projects may link (`knownKpis`) and the local-government master says what its code is
 * (指定都市, 特別区, 行政区, or none). Reads only; used by `sousei grants check`, POST
 * /api/v1/grants/check, and by every use case that saves, submits or decides (today's rules
 * unless a day is given).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { formatDay, todayDay } from '../../../shared/periods.ts';
import { kpis } from '../../kpi/index.ts';
import { getArea } from '../../local-gov/index.ts';
import { rulesAt } from '../../rulebook/index.ts';
import type { ApplicationContent } from '../domain/application-content.ts';
import type { ApplicantArea } from '../domain/applicant-kind.ts';
import { type CheckResult, checkApplication } from '../domain/check-application.ts';

export interface ApplicantFacts {
  knownKpis: Set<string>;
  area: ApplicantArea | null;
}

/** "strategy_id/kpi_id" of every top-level KPI of the strategies the applicant owns (one query), and its entry in the master. */
export async function applicantFacts(db: Pick<Database, 'select'>, applicantCode: string): Promise<ApplicantFacts> {
  const [rows, a] = await Promise.all([
    db
      .select({ strategyId: kpis.strategyId, id: kpis.id })
      .from(kpis)
      .where(and(eq(kpis.ownerCode, applicantCode), isNull(kpis.parentKpiId))),
    getArea(db, applicantCode),
  ]);
  return { knownKpis: new Set(rows.map((r) => `${r.strategyId}/${r.id}`)), area: a ? { name: a.name, level: a.level, type: a.type } : null };
}

/** Checks well-formed content on `asOf` (YYYY-MM-DD, default today in Japan) with the facts of the store. */
export async function checkStoredApplication(db: Pick<Database, 'select'>, content: ApplicationContent, asOf: string = formatDay(todayDay())): Promise<CheckResult> {
  return checkApplication(content, rulesAt(asOf), await applicantFacts(db, content.applicant_code));
}

/** The figures an application's header keeps from its checks. */
export function checkSummary(c: CheckResult) {
  return { applicantKind: c.applicant_kind, requestedTotal: c.national_share_total.total, checkErrors: c.errors, checkWarnings: c.warnings };
}
