/**
 * Seed 002 L439–441: every project is based on the applicant's 地方版総合戦略 and has KPIs. Each
 * project links at least one KPI; where the applicant's strategies are known (`knownKpis`), every
 * link must be one of their KPIs.
 */
import type { CheckContext } from './check-context.ts';
import { type CheckIssue, issue, projectText } from './check-issue.ts';

export function strategyBasis(ctx: CheckContext): CheckIssue[] {
  const rule = ctx.rules.get('d2g.strategy_basis');
  if (rule.value !== true) return [];
  const issues: CheckIssue[] = [];
  for (const p of ctx.content.projects) {
    if (p.kpis.length === 0) {
      issues.push(issue(rule, 'error', `${projectText(p)}に地方版総合戦略のKPIが設定されていません。申請団体の総合戦略のKPIを1つ以上選んでください`, { project: p.id }));
      continue;
    }
    if (!ctx.knownKpis) continue;
    for (const k of p.kpis) {
      const key = `${k.strategy_id}/${k.kpi_id}`;
      if (!ctx.knownKpis.has(key))
        issues.push(
          issue(rule, 'error', `${projectText(p)}のKPI「${key}」は申請団体の地方版総合戦略のKPIではありません（戦略「${k.strategy_id}」のKPI「${k.kpi_id}」が見つかりません）`, {
            project: p.id,
          }),
        );
    }
  }
  return issues;
}
