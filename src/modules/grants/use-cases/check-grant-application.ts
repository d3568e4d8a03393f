/**
 * The rule checks of an application against the store: the applicant's own strategies give the
 * KPIs its projects may link (`knownKpis`) and the local-government master says what its code is
 * (指定都市, 特別区, 行政区, or none). Reads only; used by `sousei grants check`, POST
 * /api/v1/grants/check, and before submission.
 */
import type { Database } from '../../../db/client.ts';
import { kpiIdsOf, listStrategies } from '../../kpi/index.ts';
import { getArea } from '../../local-gov/index.ts';
import { rulesAt } from '../../rulebook/index.ts';
import type { ApplicationContent } from '../domain/application-content.ts';
import type { ApplicantArea } from '../domain/applicant-kind.ts';
import { type CheckResult, checkApplication } from '../domain/check-application.ts';

export interface ApplicantFacts {
  knownKpis: Set<string>;
  area: ApplicantArea | null;
}

/** "strategy_id/kpi_id" of every KPI of the strategies the applicant owns, and its entry in the master. */
export async function applicantFacts(db: Database, applicantCode: string): Promise<ApplicantFacts> {
  const own = (await listStrategies(db)).filter((s) => s.owner_code === applicantCode);
  const knownKpis = new Set<string>();
  for (const s of own) for (const k of await kpiIdsOf(db, s.id)) knownKpis.add(`${s.id}/${k}`);
  const a = await getArea(db, applicantCode);
  return { knownKpis, area: a ? { name: a.name, level: a.level, type: a.type } : null };
}

/** Checks well-formed content on `asOf` (YYYY-MM-DD) with the facts of the store. */
export async function checkStoredApplication(db: Database, content: ApplicationContent, asOf: string): Promise<CheckResult> {
  const rules = rulesAt(asOf);
  return checkApplication(content, rules, await applicantFacts(db, content.applicant_code));
}
