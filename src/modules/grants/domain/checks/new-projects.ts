/**
 * 注3 (seed 002 L431–432): at most 10 new projects per application in the normal count, and 2 more
 * outside it for projects that meet 「一定の条件」 — which the seeds do not state, so the applicant
 * writes why (outside_cap_reason, `d2g.new_projects.special_needs_reason`) and review confirms it.
 */
import type { CheckContext } from './check-context.ts';
import { type CheckIssue, issue, projectText } from './check-issue.ts';

const ids = (ps: readonly { id: string }[]) => ps.map((p) => p.id).join('、');

export function newProjectCount(ctx: CheckContext): CheckIssue[] {
  const normalMax = ctx.rules.get('d2g.new_projects.normal_max');
  const specialMax = ctx.rules.get('d2g.new_projects.special_max');
  const needsReason = ctx.rules.get('d2g.new_projects.special_needs_reason');
  const fresh = ctx.content.projects.filter((p) => p.is_new);
  const special = fresh.filter((p) => p.outside_cap_reason !== null);
  const normal = fresh.filter((p) => p.outside_cap_reason === null);
  const issues: CheckIssue[] = [];
  if (needsReason.value === true)
    for (const p of special)
      if (p.outside_cap_reason?.trim() === '')
        issues.push(
          issue(needsReason, 'error', `${projectText(p)}は通常の申請上限件数の枠外として申請されていますが、枠外とする理由（一定の条件を満たすこと）が記入されていません`, {
            project: p.id,
          }),
        );
  const nMax = normalMax.value as number;
  if (normal.length > nMax)
    issues.push(issue(normalMax, 'error', `新規事業（枠外を除く）が${normal.length}件あり、通常の申請上限件数${nMax}件を${normal.length - nMax}件超えています: ${ids(normal)}`));
  const sMax = specialMax.value as number;
  if (special.length > sMax)
    issues.push(
      issue(specialMax, 'error', `通常の申請上限件数の枠外とする新規事業が${special.length}件あり、枠外の${sMax}件を${special.length - sMax}件超えています: ${ids(special)}`),
    );
  return issues;
}
