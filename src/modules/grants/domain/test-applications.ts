/** Applications for the checks' tests: a 市 (高岡市 162027) applying for FY2026, projects by kind with costs per year. */
import { listRuleParameters, type ParameterValue, type RulesInForce, rulesAt, Trace } from '../../rulebook/index.ts';
import type { ApplicationContent, ApplicationInput } from './application-content.ts';
import { parseApplication } from './parse-application.ts';
import type { CheckContext } from './checks/check-context.ts';
import { nationalShareByYear, projectShares } from './national-share.ts';
import type { ApplicantKind, ProjectKind } from './project-kinds.ts';

export const OKU = 100_000_000;
export const AS_OF = '2026-12-01';
export const TAKAOKA = '162027';
export const TOYAMA_PREF = '160008';
export const TOYAMA_CITY = '162019';

type ProjectInput = NonNullable<ApplicationInput['projects']>[number];

/** A project of `kind` with eligible cost per fiscal year; its period spans the years given unless set. */
export function project(kind: ProjectKind, id: string, costs: Record<number, number>, over: Partial<ProjectInput> = {}): ProjectInput {
  const years = Object.keys(costs).map(Number);
  return {
    id,
    kind,
    name: `${id}の事業`,
    start_fy: years.length ? Math.min(...years) : 2026,
    end_fy: years.length ? Math.max(...years) : 2026,
    costs: Object.entries(costs).map(([y, c]) => ({ fiscal_year: Number(y), eligible_cost: c })),
    kpis: [{ strategy_id: 'takaoka-2026', kpi_id: 'k1' }],
    ...over,
  };
}

export function application(projects: ProjectInput[], over: Partial<ApplicationInput> = {}): ApplicationContent {
  return parseApplication({ applicant_code: TAKAOKA, fiscal_year: 2026, title: '高岡市 令和8年度 第2世代交付金', projects, ...over });
}

/** The rules in force on AS_OF with some values replaced (e.g. a core-city list). */
export function rulesWith(values: Record<string, ParameterValue> = {}): RulesInForce {
  const ps = listRuleParameters().map((p) => (p.id in values ? { ...p, value: values[p.id]! } : p));
  return rulesAt(AS_OF, ps);
}

/** The context one check runs in, as checkApplication builds it. */
export function contextOf(c: ApplicationContent, rules: RulesInForce = rulesWith(), kind: ApplicantKind = 'municipality', knownKpis?: ReadonlySet<string>): CheckContext {
  const shares = projectShares(c, rules);
  return { content: c, rules, kind, shares, byYear: nationalShareByYear(shares), trace: new Trace(), ...(knownKpis ? { knownKpis } : {}) };
}
