/**
 * The round's states and transitions (pure). draft: the government prepares the panel; open:
 * members read the evaluation, comment and sign off; closed: comments are closed, the government
 * writes its responses, members may still renew a stale sign-off; published: the report is public
 * and final. closed → open (reopen) lets the panel comment again.
 */
export const ROUND_STATUSES = ['draft', 'open', 'closed', 'published'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const ROUND_STATUS_LABELS: Readonly<Record<RoundStatus, string>> = {
  draft: '準備中',
  open: '検証中',
  closed: '意見締切',
  published: '公表済み',
};

export const ROUND_ACTIONS = ['open', 'close', 'reopen', 'publish'] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

export const ROUND_ACTION_LABELS: Readonly<Record<RoundAction, string>> = {
  open: '検証を開始',
  close: '意見を締め切る',
  reopen: '意見の受付を再開',
  publish: '報告を公表',
};

const MOVES: Readonly<Record<RoundAction, { from: RoundStatus; to: RoundStatus }>> = {
  open: { from: 'draft', to: 'open' },
  close: { from: 'open', to: 'closed' },
  reopen: { from: 'closed', to: 'open' },
  publish: { from: 'closed', to: 'published' },
};

/** The state after `action`, or null when the action is not allowed from `status`. */
export function nextStatus(status: RoundStatus, action: RoundAction): RoundStatus | null {
  const m = MOVES[action];
  return m.from === status ? m.to : null;
}

export const canEditPanel = (s: RoundStatus): boolean => s === 'draft' || s === 'open';
export const canComment = (s: RoundStatus): boolean => s === 'open';
export const canSignOff = (s: RoundStatus): boolean => s === 'open' || s === 'closed';
export const canRespond = (s: RoundStatus): boolean => s === 'open' || s === 'closed';
