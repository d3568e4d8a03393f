/**
 * An application's workflow as an explicit state machine (issue 11 item 4): 作成中 → 提出済み →
 * 審査中 → 交付決定 → 事業実施中 → 効果検証公表. The secretariat may return a submitted application
 * or one under review to its applicant with a comment. `decide` says, for a state and an action,
 * the next state or why not, naming every missing condition; use cases call it before any effect.
 */

export const GRANT_STATUSES = ['draft', 'submitted', 'under_review', 'decided', 'in_execution', 'verified'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

export const GRANT_STATUS_LABELS: Readonly<Record<GrantStatus, string>> = {
  draft: '作成中',
  submitted: '提出済み',
  under_review: '審査中',
  decided: '交付決定',
  in_execution: '事業実施中',
  verified: '効果検証公表',
};

export const GRANT_ACTIONS = ['submit', 'return', 'start_review', 'decide', 'start_execution', 'publish_verification'] as const;
export type GrantAction = (typeof GRANT_ACTIONS)[number];

export const GRANT_ACTION_LABELS: Readonly<Record<GrantAction, string>> = {
  submit: '提出する',
  return: '差し戻す',
  start_review: '審査を開始する',
  decide: '交付を決定する',
  start_execution: '事業の実施を開始する',
  publish_verification: '効果検証の結果を公表する',
};

/** The history's entries in words (an event is a workflow action or one of the other recorded steps). */
const EVENT_LABELS: Readonly<Record<string, string>> = {
  create: '作成',
  edit: '内容の保存',
  submit: '提出',
  return: '差戻し',
  start_review: '審査開始',
  decide: '交付決定',
  start_execution: '事業の実施開始',
  publish_verification: '効果検証の結果の公表',
  assign_reviewers: '審査員の割当て',
  unassign_reviewer: '審査員の割当て解除',
};

/** The label of a history event; an unknown one (from a later version) shows as it is stored. */
export const grantEventLabel = (action: string): string => EVENT_LABELS[action] ?? action;

/** The label of a stored status; an unknown one shows as it is stored. */
export const grantStatusLabel = (status: string | null): string | null => (status === null ? null : ((GRANT_STATUS_LABELS as Readonly<Record<string, string>>)[status] ?? status));

/** What the machine needs to know besides the state. */
export interface TransitionFacts {
  /** errors of the rule checks on the current version (warnings do not block) */
  checkErrors: number;
  /** reviewers assigned */
  reviewers: number;
  /** reviewers who scored every criterion */
  completeReviews: number;
  /** amounts decided for every project and year (decide) */
  decisionComplete: boolean;
  /** a verification recorded with its participants and a result per funded project */
  verificationComplete: boolean;
  /** a comment given (return: the reason is required) */
  comment: string;
}

export type Decision = { ok: true; to: GrantStatus } | { ok: false; reasons: string[] };

const FROM: Readonly<Record<GrantAction, readonly GrantStatus[]>> = {
  submit: ['draft'],
  return: ['submitted', 'under_review'],
  start_review: ['submitted'],
  decide: ['under_review'],
  start_execution: ['decided'],
  publish_verification: ['in_execution'],
};

const TO: Readonly<Record<GrantAction, GrantStatus>> = {
  submit: 'submitted',
  return: 'draft',
  start_review: 'under_review',
  decide: 'decided',
  start_execution: 'in_execution',
  publish_verification: 'verified',
};

function missing(action: GrantAction, f: TransitionFacts): string[] {
  switch (action) {
    case 'submit':
      return f.checkErrors > 0 ? [`交付要件の確認で${f.checkErrors}件の誤りがあります（警告は提出を妨げません）`] : [];
    case 'return':
      return f.comment.trim() === '' ? ['差し戻す理由を入力してください'] : [];
    case 'start_review':
      return f.reviewers === 0 ? ['審査員が割り当てられていません'] : [];
    case 'decide': {
      const r: string[] = [];
      if (f.completeReviews === 0) r.push('評価基準のすべてを採点した審査員がいません');
      if (!f.decisionComplete) r.push('すべての事業・年度の交付額（不採択は0円）を入力してください');
      return r;
    }
    case 'publish_verification':
      return f.verificationComplete ? [] : ['効果検証（参画者と、交付対象の各事業の結果）が記録されていません'];
    default:
      return [];
  }
}

export function decide(status: GrantStatus, action: GrantAction, facts: TransitionFacts): Decision {
  if (!FROM[action].includes(status)) {
    return { ok: false, reasons: [`「${GRANT_STATUS_LABELS[status]}」の申請は「${GRANT_ACTION_LABELS[action]}」ことができません`] };
  }
  const reasons = missing(action, facts);
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, to: TO[action] };
}

/** Statuses in which the applicant may edit the content. */
export const EDITABLE: readonly GrantStatus[] = ['draft'];

/** Statuses the public sees: decided applications and their results are published (L449–453). */
export const PUBLIC_STATUSES: readonly GrantStatus[] = ['decided', 'in_execution', 'verified'];
