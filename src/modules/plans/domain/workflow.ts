/**
 * The plans' workflow as an explicit state machine (seed 001: B L281–301, C L370–377, A
 * L187–200; research/seed001.md §2.5). `decide` says, for a state and an action, the next state
 * or why not — naming the state, the action and every missing condition — and nothing else
 * decides it: use cases call it before any effect.
 */
import type { PlanType } from './plan-types.ts';

export type PlanStatus =
  // B and C
  | 'draft'
  | 'precheck'
  | 'precheck_done'
  | 'published_local'
  | 'submitted'
  // A
  | 'soan'
  | 'proposals'
  | 'formulated'
  // all
  | 'published'
  | 'in_execution'
  | 'evaluated'
  | 'withdrawn';

export const STATUS_LABELS: Record<PlanStatus, string> = {
  draft: '作成中',
  precheck: '事前確認中',
  precheck_done: '事前確認済み',
  published_local: '地方公共団体が公表',
  submitted: '正式提出（要件確認中）',
  soan: '素案',
  proposals: '候補プロジェクト提案受付中',
  formulated: '策定済み',
  published: '国が公表',
  in_execution: '実行中',
  evaluated: '最終年度評価済み',
  withdrawn: '撤退（終了）',
};

export type PlanAction =
  | 'submit_precheck'
  | 'advise'
  | 'complete_precheck'
  | 'publish_local'
  | 'submit_formal'
  | 'return_formal'
  | 'open_proposals'
  | 'formulate'
  | 'publish_national'
  | 'start_execution'
  | 'evaluate_final'
  | 'withdraw';

export const ACTION_LABELS: Record<PlanAction, string> = {
  submit_precheck: '事前確認に提出',
  advise: '助言して差し戻す',
  complete_precheck: '事前確認を完了',
  publish_local: '地方公共団体として公表',
  submit_formal: '正式に提出',
  return_formal: '要件確認で差し戻す',
  open_proposals: '候補プロジェクトの提案受付を開始',
  formulate: '計画を策定',
  publish_national: '国として公表',
  start_execution: '実行を開始',
  evaluate_final: '最終年度のKGIを評価',
  withdraw: '撤退（計画を終了）',
};

export const INITIAL_STATUS: Record<PlanType, PlanStatus> = { A: 'soan', B: 'draft', C: 'draft' };

/** Where each action leads from where, per type. */
const EDGES: Record<'A' | 'BC', Partial<Record<PlanAction, { from: readonly PlanStatus[]; to: PlanStatus }>>> = {
  BC: {
    submit_precheck: { from: ['draft'], to: 'precheck' },
    advise: { from: ['precheck'], to: 'draft' },
    complete_precheck: { from: ['precheck'], to: 'precheck_done' },
    publish_local: { from: ['precheck_done'], to: 'published_local' },
    submit_formal: { from: ['published_local'], to: 'submitted' },
    return_formal: { from: ['submitted'], to: 'draft' },
    publish_national: { from: ['submitted'], to: 'published' },
    start_execution: { from: ['published'], to: 'in_execution' },
    evaluate_final: { from: ['in_execution'], to: 'evaluated' },
    withdraw: { from: ['draft', 'precheck', 'precheck_done', 'published_local', 'submitted', 'published', 'in_execution'], to: 'withdrawn' },
  },
  A: {
    open_proposals: { from: ['soan'], to: 'proposals' },
    formulate: { from: ['proposals'], to: 'formulated' },
    publish_national: { from: ['formulated'], to: 'published' },
    start_execution: { from: ['published'], to: 'in_execution' },
    evaluate_final: { from: ['in_execution'], to: 'evaluated' },
    withdraw: { from: ['soan', 'proposals', 'formulated', 'published', 'in_execution'], to: 'withdrawn' },
  },
};

/** What the transition needs besides the state, gathered by the use case (all pure facts). */
export interface TransitionFacts {
  /** mechanical requirement checks that fail (requirements.ts), by label */
  failingChecks: readonly string[];
  /** requirements without a reviewer's 'met' verdict on the current version, by label */
  unmetRequirements: readonly string[];
  comment: string;
  localPublication: { date: string | null; url: string | null };
  /** the plan's final fiscal year has ended (for the final-year KGI evaluation) */
  finalYearOver: boolean;
}

export type Decision = { ok: true; to: PlanStatus } | { ok: false; reason: string; missing: string[] };

const edgesOf = (type: PlanType) => EDGES[type === 'A' ? 'A' : 'BC'];

/** The actions that exist from a state (before conditions), for the UI's buttons. */
export function actionsFrom(type: PlanType, status: PlanStatus): PlanAction[] {
  return (Object.entries(edgesOf(type)) as [PlanAction, { from: readonly PlanStatus[] }][]).filter(([, e]) => e.from.includes(status)).map(([a]) => a);
}

function missingFor(action: PlanAction, f: TransitionFacts): string[] {
  const missing: string[] = [];
  const needComment = action === 'advise' || action === 'return_formal' || action === 'withdraw';
  if (needComment && f.comment.trim() === '') missing.push(action === 'withdraw' ? '撤退の理由' : '助言・差し戻しの内容（コメント）');
  if (action === 'publish_local') {
    if (!f.localPublication.date) missing.push('公表日');
    if (!f.localPublication.url || !/^https?:\/\/[^\s]+$/.test(f.localPublication.url)) missing.push('公表先のURL（http:// または https://）');
  }
  if (action === 'submit_formal' || action === 'formulate') missing.push(...f.failingChecks.map((c) => `要件・記載項目: ${c}`));
  if (action === 'publish_national') missing.push(...f.unmetRequirements.map((r) => `要件確認で「適合」の判定: ${r}`));
  if (action === 'evaluate_final' && !f.finalYearOver) missing.push('計画の最終年度の終了');
  return missing;
}

export function decide(type: PlanType, status: PlanStatus, action: PlanAction, facts: TransitionFacts): Decision {
  const edge = edgesOf(type)[action];
  const label = `「${ACTION_LABELS[action]}」`;
  if (!edge) return { ok: false, reason: `${label}は${type === 'A' ? '戦略産業クラスター計画' : '地域産業クラスター計画・地場産業成長プラン'}にはない操作です`, missing: [] };
  if (!edge.from.includes(status)) {
    const from = edge.from.map((s) => `「${STATUS_LABELS[s]}」`).join('・');
    return { ok: false, reason: `計画は「${STATUS_LABELS[status]}」のため${label}はできません（${from}のときにできます）`, missing: [] };
  }
  const missing = missingFor(action, facts);
  if (missing.length > 0) return { ok: false, reason: `「${STATUS_LABELS[status]}」の計画を${label}には、次が必要です: ${missing.join('、')}`, missing };
  return { ok: true, to: edge.to };
}

/** Entry items can be changed in these states (after publication, edits make a revision that the secretariat publishes). */
export function isEditableStatus(status: PlanStatus): boolean {
  return status !== 'withdrawn' && status !== 'evaluated' && status !== 'precheck' && status !== 'submitted';
}

/** States the public may see (the nationally published version). */
export function isPublicStatus(status: PlanStatus): boolean {
  return status === 'published' || status === 'in_execution' || status === 'evaluated' || status === 'withdrawn';
}
