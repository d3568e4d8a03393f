/**
 * Who may do what with a verification round (pure): one decision per operation × the reader's
 * relation to the round × its state. Relations: `owner` (the strategy owner's editors, and admins —
 * kpi's canWriteStrategy), `owner_reader` (a viewer of the owning government), `member` (a user on
 * this round's panel), `public` (anyone else, signed in or not). Operators (CLI) and the platform
 * act for everyone. A relation that may not view a round gets 404, so a round's existence does not
 * leak; one that may view but not act gets 403.
 */
import { ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors.ts';
import type { Principal } from '../auth/index.ts';
import { canWriteStrategy } from '../kpi/index.ts';
import { ROUND_STATUS_LABELS, canComment, canRespond, canSignOff, type RoundStatus } from './domain/workflow.ts';

export type RoundRelation = 'operator' | 'owner' | 'owner_reader' | 'member' | 'public';
export const ROUND_RELATIONS: readonly RoundRelation[] = ['operator', 'owner', 'owner_reader', 'member', 'public'];

export type RoundOp =
  | 'view' // the round as it stands: evaluation, members, comments, sign-offs, responses
  | 'view_report' // the published report
  | 'manage' // the panel, the round's dates, its transitions
  | 'respond' // the government's response and 改善策
  | 'comment'
  | 'sign_off';
export const ROUND_OPS: readonly RoundOp[] = ['view', 'view_report', 'manage', 'respond', 'comment', 'sign_off'];

/** The relations of a principal to a round: a member who is also the owner's editor is both. */
export function relationsOf(p: Principal | null, ownerCode: string, memberIds: readonly string[]): Set<RoundRelation> {
  const out = new Set<RoundRelation>(['public']);
  if (!p) return out;
  if (p.kind !== 'user') return out.add('operator');
  if (canWriteStrategy(p, ownerCode)) out.add('owner');
  else if (p.user.orgCode === ownerCode) out.add('owner_reader');
  if (memberIds.includes(p.user.id)) out.add('member');
  return out;
}

const WRITERS: ReadonlySet<RoundRelation> = new Set(['operator', 'owner']);

/** Who may, whatever the state (view alone depends on it: members see a round once opened). */
function relationAllows(op: RoundOp, r: RoundRelation, s: RoundStatus): boolean {
  switch (op) {
    case 'view':
      return WRITERS.has(r) || r === 'owner_reader' || (r === 'member' && s !== 'draft');
    case 'view_report':
      return s === 'published' || relationAllows('view', r, s);
    case 'manage':
    case 'respond':
      return WRITERS.has(r);
    case 'comment':
    case 'sign_off':
      return r === 'member';
  }
}

/** Whether the round's state allows the operation at all. */
export function stateAllows(op: RoundOp, s: RoundStatus): boolean {
  if (op === 'manage') return s !== 'published';
  if (op === 'respond') return canRespond(s);
  if (op === 'comment') return canComment(s);
  if (op === 'sign_off') return canSignOff(s);
  return true;
}

export function canOnRound(op: RoundOp, relations: ReadonlySet<RoundRelation>, status: RoundStatus): boolean {
  if (!stateAllows(op, status)) return false;
  for (const r of relations) if (relationAllows(op, r, status)) return true;
  return false;
}

/** canManage for a round not yet created: the strategy's writers. */
export const canCreateRound = (p: Principal, ownerCode: string): boolean => canWriteStrategy(p, ownerCode);

const any = (op: RoundOp, relations: ReadonlySet<RoundRelation>, s: RoundStatus) => [...relations].some((r) => relationAllows(op, r, s));

/**
 * 404 when the relations may not even see the round (or its report), 403 when they see it but
 * may not act, 409 when they may act but not in the round's state.
 */
export function assertCanOnRound(op: RoundOp, relations: ReadonlySet<RoundRelation>, status: RoundStatus, roundId: string, what: string): void {
  if (canOnRound(op, relations, status)) return;
  if (!any(op === 'view_report' ? 'view_report' : 'view', relations, status)) throw new NotFoundError(`検証ラウンド「${roundId}」はありません`);
  if (!any(op, relations, status)) throw new ForbiddenError(`この検証ラウンドで${what}ことはできません`);
  throw new ConflictError(`「${ROUND_STATUS_LABELS[status]}」の検証ラウンドでは${what}ことはできません`);
}
