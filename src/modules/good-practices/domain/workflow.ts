/**
 * A case's workflow: 作成中 → 提出済み → 確認済み（公開）, or 差戻し back to its editors with a
 * reason and then 提出 again. Only 確認済み cases are public. `decideCase` says the next state or
 * why not; use cases call it before any effect.
 */

export const CASE_STATUSES = ['draft', 'submitted', 'returned', 'validated'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  draft: '作成中',
  submitted: '提出済み（事務局確認待ち）',
  returned: '差戻し',
  validated: '確認済み（公開）',
};

export const CASE_ACTIONS = ['submit', 'return', 'validate'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const CASE_ACTION_LABELS: Readonly<Record<CaseAction, string>> = {
  submit: '事務局に提出する',
  return: '差し戻す',
  validate: '確認して公開する',
};

/** States in which the editors may change the content. */
export const EDITABLE_STATUSES: readonly CaseStatus[] = ['draft', 'returned'];

const NEXT: Readonly<Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus }>> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  return: { from: ['submitted'], to: 'returned' },
  validate: { from: ['submitted'], to: 'validated' },
};

export type CaseDecision = { ok: true; to: CaseStatus } | { ok: false; reasons: string[] };

/** `missing`: what the content lacks for submission (case-content.ts); `comment`: the reason given. */
export function decideCase(from: CaseStatus, action: CaseAction, facts: { missing: readonly string[]; comment: string }): CaseDecision {
  const rule = NEXT[action];
  if (!rule.from.includes(from)) {
    return { ok: false, reasons: [`「${CASE_STATUS_LABELS[from]}」の事例は「${CASE_ACTION_LABELS[action]}」ことができません`] };
  }
  if (action === 'submit' && facts.missing.length > 0) return { ok: false, reasons: [...facts.missing] };
  if (action === 'return' && facts.comment.trim() === '') return { ok: false, reasons: ['差し戻す理由を書いてください'] };
  return { ok: true, to: rule.to };
}
