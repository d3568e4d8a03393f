/**
 * Plan period per project (seed 002 L392–393, 402–403, 420–421): longer than the principle
 * (原則) is an exception examined in review (warning); longer than the maximum (最長) is refused.
 * A project may not start before the application's 年度 (Sousei's decision, a rule-book parameter).
 */
import type { CheckContext } from './check-context.ts';
import { type CheckIssue, fiscalYearText, issue, projectText } from './check-issue.ts';

export function planPeriod(ctx: CheckContext): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const starts = ctx.rules.get('d2g.project.starts_in_application_year');
  for (const p of ctx.content.projects) {
    if (starts.value === true && p.start_fy < ctx.content.fiscal_year)
      issues.push(
        issue(
          starts,
          'error',
          `${projectText(p)}の開始年度 ${fiscalYearText(p.start_fy)}は申請の年度 ${fiscalYearText(ctx.content.fiscal_year)}より前です。開始年度を申請の年度以降にしてください`,
          {
            project: p.id,
          },
        ),
      );
    const years = p.end_fy - p.start_fy + 1;
    const principle = ctx.rules.get(`d2g.${p.kind}.period.principle`);
    const max = ctx.rules.get(`d2g.${p.kind}.period.max`);
    const period = `${fiscalYearText(p.start_fy)}〜${fiscalYearText(p.end_fy)}（${years}か年度）`;
    const rule = `原則${principle.value}か年度以内（最長${max.value}か年度）`;
    if (years > (max.value as number))
      issues.push(issue(max, 'error', `${projectText(p)}の事業計画期間 ${period}は最長${max.value}か年度を超えています。${rule}`, { project: p.id }));
    else if (years > (principle.value as number)) issues.push(issue(principle, 'warning', `${projectText(p)}の事業計画期間 ${period}: ${rule}: 例外として審査`, { project: p.id }));
  }
  return issues;
}
