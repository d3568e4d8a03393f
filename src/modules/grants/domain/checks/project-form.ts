/**
 * What a project needs for the rules to apply: an application has projects (error), a project
 * has cost lines (warning: a draft may be unfinished), an インフラ rate other than the default
 * names its 交付要綱 (error), and ソフト・拠点 use their fixed rate (a rate given is ignored: warning).
 */
import { formatValueText } from '../../../../shared/display-format.ts';
import type { CheckContext } from './check-context.ts';
import { type CheckIssue, issue, projectText } from './check-issue.ts';

const pct = (r: number) => formatValueText(r * 100, '%');

export function applicationHasProjects(ctx: CheckContext): CheckIssue[] {
  if (ctx.content.projects.length > 0) return [];
  const rule = ctx.rules.get('d2g.application.needs_projects');
  return [issue(rule, 'error', '申請に事業がありません。ソフト事業・拠点整備事業・インフラ整備事業を1件以上追加してください')];
}

export function projectHasCosts(ctx: CheckContext): CheckIssue[] {
  const rule = ctx.rules.get('d2g.project.needs_costs');
  return ctx.content.projects
    .filter((p) => p.costs.length === 0)
    .map((p) => issue(rule, rule.binding === 'hard' ? 'error' : 'warning', `${projectText(p)}に年度ごとの対象事業費がありません。国費を計算できません`, { project: p.id }));
}

export function projectRate(ctx: CheckContext): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const p of ctx.content.projects) {
    if (p.rate === null) continue;
    if (p.kind === 'infra') {
      const def = ctx.rules.get('d2g.infra.rate_default');
      if (p.rate !== def.value && !p.rate_basis?.trim())
        issues.push(
          issue(
            def,
            'error',
            `${projectText(p)}の補助率 ${pct(p.rate)} は既定の${pct(def.value as number)}と異なります。根拠となる各省庁の交付要綱を rate_basis に記入してください`,
            {
              project: p.id,
            },
          ),
        );
      continue;
    }
    const fixed = ctx.rules.get(`d2g.${p.kind}.rate`);
    if (p.rate !== fixed.value)
      issues.push(issue(fixed, 'warning', `${projectText(p)}の補助率は${pct(fixed.value as number)}です。入力された補助率 ${pct(p.rate)} は使いません`, { project: p.id }));
  }
  return issues;
}
