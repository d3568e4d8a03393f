/**
 * Reads an application (an API body, a file for `sousei grants check`) into ApplicationContent,
 * or refuses it with every problem located by its JSON path (`projects[1].costs[0].fiscal_year`)
 * and explained in Japanese. Form problems only: whether the grant's rules are met is
 * check-application.ts's, which reports them as issues of a well-formed application.
 */
import { InputError, type InputIssue } from '../../../shared/errors.ts';
import { zodInputIssues } from '../../../shared/zod-issues.ts';
import { ApplicationContent } from './application-content.ts';

export function structureIssues(c: ApplicationContent): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  c.projects.forEach((p, i) => {
    if (seen.has(p.id)) issues.push({ column: `projects[${i}].id`, code: 'duplicate_id', reason: `事業ID「${p.id}」が重複しています` });
    seen.add(p.id);
    if (p.end_fy < p.start_fy)
      issues.push({ column: `projects[${i}].end_fy`, code: 'period_order', reason: `終了年度（${p.end_fy}年度）が開始年度（${p.start_fy}年度）より前です` });
    const years = new Set<number>();
    p.costs.forEach((line, j) => {
      if (years.has(line.fiscal_year))
        issues.push({ column: `projects[${i}].costs[${j}].fiscal_year`, code: 'duplicate_year', reason: `${line.fiscal_year}年度の事業費が重複しています` });
      years.add(line.fiscal_year);
      if (p.end_fy >= p.start_fy && (line.fiscal_year < p.start_fy || line.fiscal_year > p.end_fy))
        issues.push({
          column: `projects[${i}].costs[${j}].fiscal_year`,
          code: 'outside_period',
          reason: `${line.fiscal_year}年度は事業計画期間（${p.start_fy}〜${p.end_fy}年度）の外です`,
        });
    });
  });
  return issues;
}

export function parseApplication(input: unknown, where: { file?: string } = {}): ApplicationContent {
  const r = ApplicationContent.safeParse(input);
  if (!r.success) throw new InputError(zodInputIssues(r.error, where));
  const issues = structureIssues(r.data);
  if (issues.length > 0) throw new InputError(issues.map((i) => ({ ...where, ...i })));
  return r.data;
}
