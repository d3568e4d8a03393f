/** What every rule check reads: the application, the rules in force, the applicant's kind, the national shares, and the trace the caps add to. */
import type { RulesInForce, Trace } from '../../../rulebook/index.ts';
import type { ApplicationContent } from '../application-content.ts';
import type { KindTotals, ProjectShare } from '../national-share.ts';
import type { ApplicantKind } from '../project-kinds.ts';
import type { CheckIssue } from './check-issue.ts';

export interface CheckContext {
  content: ApplicationContent;
  rules: RulesInForce;
  kind: ApplicantKind;
  /** in the order of content.projects */
  shares: readonly ProjectShare[];
  byYear: Readonly<Record<string, KindTotals>>;
  trace: Trace;
  /** "strategy_id/kpi_id" of the applicant's own strategies; absent: links are not checked against the store */
  knownKpis?: ReadonlySet<string>;
}

export type RuleCheck = (ctx: CheckContext) => CheckIssue[];
