/**
 * The rule checks of a 第2世代交付金 application (issue 11 item 4): the applicant's kind, the
 * national share per project and year, and every rule of seed 002 L378–441 as its own check, each
 * reporting issues named by the rule-book parameter they apply. `ok` is true when no check found
 * an error: warnings (目安, 原則) are examined in review and do not block submission.
 */
import { Trace, type RulesInForce, type TraceStep } from '../../rulebook/index.ts';
import type { ApplicationContent } from './application-content.ts';
import { type ApplicantArea, applicantKind } from './applicant-kind.ts';
import { infraAnnualGuide, infraPlanCap, kyotenAnnualCap, kyotenProjectCap, softAnnualCap } from './checks/caps.ts';
import type { CheckContext, RuleCheck } from './checks/check-context.ts';
import type { CheckIssue } from './checks/check-issue.ts';
import { infraCombination } from './checks/infra-combination.ts';
import { newProjectCount } from './checks/new-projects.ts';
import { planPeriod } from './checks/plan-period.ts';
import { applicationHasProjects, projectHasCosts, projectRate } from './checks/project-form.ts';
import { strategyBasis } from './checks/strategy-basis.ts';
import { type KindTotals, nationalShareByYear, nationalShareTotal, type ProjectShare, projectShares } from './national-share.ts';
import type { ApplicantKind } from './project-kinds.ts';

/** Every check, in the order its issues are listed. */
export const RULE_CHECKS: readonly RuleCheck[] = [
  applicationHasProjects,
  projectHasCosts,
  projectRate,
  softAnnualCap,
  kyotenAnnualCap,
  kyotenProjectCap,
  infraPlanCap,
  infraAnnualGuide,
  planPeriod,
  infraCombination,
  newProjectCount,
  strategyBasis,
];

export interface CheckOptions {
  /** "strategy_id/kpi_id" of the applicant's own strategies; without it KPI links are not checked against the store */
  knownKpis?: ReadonlySet<string>;
  /** the local-government master's entry for the applicant (null: no such code; absent: not looked up) */
  area?: ApplicantArea | null;
}

export interface CheckResult {
  ok: boolean;
  as_of: string;
  applicant_code: string;
  /** the kind whose caps were applied */
  applicant_kind: ApplicantKind;
  /** the kind the 団体コード gives (differs when a declared kind was used) */
  applicant_kind_by_code: ApplicantKind;
  national_share_by_year: Record<string, KindTotals>;
  national_share_total: KindTotals;
  projects: ProjectShare[];
  errors: number;
  warnings: number;
  issues: CheckIssue[];
  /** the caps that bound, in the order met (trace step ids are in `trace`) */
  binding_caps: string[];
  /** the caps' steps; each project's own steps are in projects[].trace */
  trace: TraceStep[];
}

export function checkApplication(content: ApplicationContent, rules: RulesInForce, context: CheckOptions = {}): CheckResult {
  const applicant = applicantKind(content.applicant_code, content.applicant_kind, rules, context.area);
  const shares = projectShares(content, rules);
  const trace = new Trace();
  const ctx: CheckContext = {
    content,
    rules,
    kind: applicant.kind,
    shares,
    byYear: nationalShareByYear(shares),
    trace,
    ...(context.knownKpis ? { knownKpis: context.knownKpis } : {}),
  };
  const issues = [...applicant.issues, ...RULE_CHECKS.flatMap((check) => check(ctx))];
  const errors = issues.filter((i) => i.severity === 'error').length;
  return {
    ok: errors === 0,
    as_of: rules.asOf,
    applicant_code: content.applicant_code,
    applicant_kind: applicant.kind,
    applicant_kind_by_code: applicant.derived,
    national_share_by_year: ctx.byYear as Record<string, KindTotals>,
    national_share_total: nationalShareTotal(shares),
    projects: shares,
    errors,
    warnings: issues.length - errors,
    issues,
    binding_caps: [...new Set(trace.bindingCaps())],
    trace: trace.steps(),
  };
}
