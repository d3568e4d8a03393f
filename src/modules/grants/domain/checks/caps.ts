/**
 * The caps on the national share (seed 002 L385–429): ソフト事業 per government and year (hard),
 * 拠点整備事業 per government and year and per project over its plan period (目安, 注1・注2),
 * インフラ整備事業 per government over the plan period (hard) and per year (目安, 注1). Each cap
 * adds a trace step whose value is the share after the cap and whose `cap.binding` says whether
 * it bound; exceeding a hard cap is an error, a guideline a warning. Equal to the cap is within it.
 */
import type { RuleParameter } from '../../../rulebook/index.ts';
import { APPLICANT_KIND_LABELS } from '../project-kinds.ts';
import type { ProjectShare } from '../national-share.ts';
import type { CheckContext } from './check-context.ts';
import { type CheckIssue, fiscalYearText, issue, projectText, severityOf, yen } from './check-issue.ts';

interface CapStep {
  step: string;
  label: string;
  formula: string;
  amount: number;
  parameters: RuleParameter[];
}

/** Adds the cap's trace step; true when the amount is over the cap. */
function applyCap(ctx: CheckContext, cap: RuleParameter, s: CapStep): boolean {
  const limit = cap.value as number;
  const over = s.amount > limit;
  ctx.trace.add({
    step: s.step,
    label: s.label,
    formula: s.formula,
    inputs: { national_share: s.amount },
    parameters: [cap, ...s.parameters],
    value: Math.min(s.amount, limit),
    cap: { id: cap.id, label: cap.label, limit, binding: over, kind: cap.binding ?? 'hard' },
  });
  return over;
}

/** 「S1「観光DX」 6億円、S2「…」 9億円」: who contributes to a sum. */
function contributors(ctx: CheckContext, pick: (s: ProjectShare) => number, kinds: readonly string[]): string {
  return ctx.shares
    .filter((s) => kinds.includes(s.kind) && pick(s) > 0)
    .map((s) => `${s.id}「${s.name}」 ${yen(pick(s))}`)
    .join('、');
}

const over = (amount: number, cap: RuleParameter) => `${yen(amount - (cap.value as number))}超えています`;
const capText = (ctx: CheckContext, cap: RuleParameter, what: string) => `${what} ${yen(cap.value as number)}（${APPLICANT_KIND_LABELS[ctx.kind]}）`;

/** ソフト事業: Σ national share in a fiscal year ≤ the applicant's cap; pooled with 拠点 when `d2g.soft_kyoten_caps_shared`. */
export function softAnnualCap(ctx: CheckContext): CheckIssue[] {
  const cap = ctx.rules.get(`d2g.soft.annual_cap.${ctx.kind}`);
  const sharedParam = ctx.rules.get('d2g.soft_kyoten_caps_shared');
  const shared = sharedParam.value === true;
  const kinds = shared ? ['soft', 'kyoten'] : ['soft'];
  const what = shared ? 'ソフト事業と拠点整備事業の国費の合計' : 'ソフト事業の国費';
  const issues: CheckIssue[] = [];
  for (const [y, t] of Object.entries(ctx.byYear)) {
    const amount = shared ? t.soft + t.kyoten : t.soft;
    if (amount === 0) continue;
    const bound = applyCap(ctx, cap, {
      step: `cap.soft_annual.${y}`,
      label: `${y}年度 ${what}（年度上限の適用後）`,
      formula: `min(${what}, 1自治体当たりの年度上限)`,
      amount,
      parameters: [sharedParam],
    });
    if (bound)
      issues.push(
        issue(
          cap,
          severityOf(cap),
          `${fiscalYearText(Number(y))}の${what} ${yen(amount)}（${contributors(ctx, (s) => s.by_year[y] ?? 0, kinds)}）が${capText(ctx, cap, '年度上限')}を${over(amount, cap)}`,
          { year: Number(y) },
        ),
      );
  }
  return issues;
}

/** 拠点整備事業: Σ national share in a fiscal year against the annual 目安 (not checked apart when pooled with ソフト事業). */
export function kyotenAnnualCap(ctx: CheckContext): CheckIssue[] {
  if (ctx.rules.flag('d2g.soft_kyoten_caps_shared')) return [];
  const cap = ctx.rules.get(`d2g.kyoten.annual_cap.${ctx.kind}`);
  const issues: CheckIssue[] = [];
  for (const [y, t] of Object.entries(ctx.byYear)) {
    if (t.kyoten === 0) continue;
    const bound = applyCap(ctx, cap, {
      step: `cap.kyoten_annual.${y}`,
      label: `${y}年度 拠点整備事業の国費（年度上限の目安）`,
      formula: 'min(拠点整備事業の国費, 1自治体当たりの年度上限の目安)',
      amount: t.kyoten,
      parameters: [],
    });
    if (bound)
      issues.push(
        issue(
          cap,
          severityOf(cap),
          `${fiscalYearText(Number(y))}の拠点整備事業の国費 ${yen(t.kyoten)}（${contributors(ctx, (s) => s.by_year[y] ?? 0, ['kyoten'])}）が${capText(ctx, cap, '年度上限の目安')}を${over(t.kyoten, cap)}。目安を超える分は審査で確認します`,
          { year: Number(y) },
        ),
      );
  }
  return issues;
}

/** 拠点整備事業: one project's national share over its plan period against the per-project 目安 (注2). */
export function kyotenProjectCap(ctx: CheckContext): CheckIssue[] {
  const cap = ctx.rules.get(`d2g.kyoten.project_cap.${ctx.kind}`);
  const issues: CheckIssue[] = [];
  ctx.content.projects.forEach((p, i) => {
    const s = ctx.shares[i]!;
    if (p.kind !== 'kyoten' || s.total === 0) return;
    const bound = applyCap(ctx, cap, {
      step: `cap.kyoten_project.${p.id}`,
      label: `${p.id} 事業計画期間の国費（1事業当たりの目安）`,
      formula: 'min(事業計画期間の国費, 1事業当たりの上限の目安)',
      amount: s.total,
      parameters: [],
    });
    if (bound)
      issues.push(
        issue(
          cap,
          severityOf(cap),
          `${projectText(p)}の事業計画期間（${p.start_fy}〜${p.end_fy}年度）の国費 ${yen(s.total)}が${capText(ctx, cap, '1事業当たりの上限の目安')}を${over(s.total, cap)}。目安を超える分は審査で確認します`,
          { project: p.id },
        ),
      );
  });
  return issues;
}

/** インフラ整備事業: Σ national share of every infra project over all years ≤ the plan-period cap (hard). */
export function infraPlanCap(ctx: CheckContext): CheckIssue[] {
  const amount = ctx.shares.filter((s) => s.kind === 'infra').reduce((a, s) => a + s.total, 0);
  if (amount === 0) return [];
  const cap = ctx.rules.get(`d2g.infra.plan_cap.${ctx.kind}`);
  const bound = applyCap(ctx, cap, {
    step: 'cap.infra_plan',
    label: 'インフラ整備事業 事業計画期間中の総国費（上限の適用後）',
    formula: 'min(Σ インフラ整備事業の国費, 1自治体当たりの事業計画期間中の上限)',
    amount,
    parameters: [],
  });
  if (!bound) return [];
  return [
    issue(
      cap,
      severityOf(cap),
      `インフラ整備事業の事業計画期間中の総国費 ${yen(amount)}（${contributors(ctx, (s) => s.total, ['infra'])}）が${capText(ctx, cap, '上限')}を${over(amount, cap)}`,
    ),
  ];
}

/** インフラ整備事業: Σ national share in a fiscal year against the single-year 目安 (注1). */
export function infraAnnualGuide(ctx: CheckContext): CheckIssue[] {
  const cap = ctx.rules.get(`d2g.infra.annual_guide.${ctx.kind}`);
  const issues: CheckIssue[] = [];
  for (const [y, t] of Object.entries(ctx.byYear)) {
    if (t.infra === 0) continue;
    const bound = applyCap(ctx, cap, {
      step: `cap.infra_annual.${y}`,
      label: `${y}年度 インフラ整備事業の国費（単年度目安）`,
      formula: 'min(インフラ整備事業の国費, 単年度目安)',
      amount: t.infra,
      parameters: [],
    });
    if (bound)
      issues.push(
        issue(
          cap,
          severityOf(cap),
          `${fiscalYearText(Number(y))}のインフラ整備事業の国費 ${yen(t.infra)}（${contributors(ctx, (s) => s.by_year[y] ?? 0, ['infra'])}）が${capText(ctx, cap, '単年度目安')}を${over(t.infra, cap)}。目安を超える分は審査で確認します`,
          { year: Number(y) },
        ),
      );
  }
  return issues;
}
