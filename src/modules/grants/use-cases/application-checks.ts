/**
 * The rule checks of an application as the use cases run them: the rules in force on the day
 * (today in Japan unless given) and the applicant's own strategy KPIs from the store, so a KPI
 * link to another government's strategy or to a KPI that does not exist is an error.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { formatDay, todayDay } from '../../../shared/periods.ts';
import { kpis } from '../../kpi/index.ts';
import { getArea } from '../../local-gov/index.ts';
import { rulesAt } from '../../rulebook/index.ts';
import type { ApplicationContent } from '../domain/application-content.ts';
import { checkApplication, type CheckResult } from '../domain/check-application.ts';

/** "strategy_id/kpi_id" of every KPI in the applicant's strategies. */
export async function applicantKpis(db: Pick<Database, 'select'>, applicantCode: string): Promise<Set<string>> {
  const rows = await db
    .select({ strategyId: kpis.strategyId, id: kpis.id })
    .from(kpis)
    .where(and(eq(kpis.ownerCode, applicantCode), isNull(kpis.parentKpiId)));
  return new Set(rows.map((r) => `${r.strategyId}/${r.id}`));
}

export async function checksFor(db: Pick<Database, 'select'>, content: ApplicationContent, asOf: string = formatDay(todayDay())): Promise<CheckResult> {
  const [knownKpis, area] = await Promise.all([applicantKpis(db, content.applicant_code), getArea(db, content.applicant_code)]);
  return checkApplication(content, rulesAt(asOf), { knownKpis, area: area ? { name: area.name, level: area.level, type: area.type } : null });
}

/** The figures the header keeps from a check: totals and counts. */
export function checkSummary(c: CheckResult) {
  return { applicantKind: c.applicant_kind, requestedTotal: c.national_share_total.total, checkErrors: c.errors, checkWarnings: c.warnings };
}
