/** 注4 (seed 002 L434): an インフラ整備事業 is funded only together with a ソフト事業 or 拠点整備事業 of the same application. */
import type { CheckContext } from './check-context.ts';
import { type CheckIssue, issue, projectText } from './check-issue.ts';

export function infraCombination(ctx: CheckContext): CheckIssue[] {
  const rule = ctx.rules.get('d2g.infra.requires_combination');
  if (rule.value !== true) return [];
  const { projects } = ctx.content;
  if (projects.some((p) => p.kind === 'soft' || p.kind === 'kyoten')) return [];
  return projects
    .filter((p) => p.kind === 'infra')
    .map((p) =>
      issue(rule, 'error', `${projectText(p)}: インフラ整備事業はソフト事業又は拠点整備事業との組み合わせが要件です。この申請にソフト事業・拠点整備事業がありません`, {
        project: p.id,
      }),
    );
}
