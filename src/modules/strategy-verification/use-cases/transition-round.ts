/**
 * The owner moves the round: open (members may read and comment), close (comments closed),
 * reopen, publish. Publishing is refused (409, naming the members) while a member's sign-off is
 * missing or stale, or the panel is empty; the report is then kept as published, so later
 * observations do not change it. Fewer than three sectors is a warning, never a refusal.
 */
import { eq, and } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { ConflictError, InputError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { reportOf, type RoundView } from '../domain/round-view.ts';
import { ROUND_ACTIONS, ROUND_ACTION_LABELS, ROUND_STATUS_LABELS, nextStatus, type RoundAction } from '../domain/workflow.ts';
import { assertCanOnRound } from '../permissions.ts';
import { lockRound } from '../repository.ts';
import { verificationRounds } from '../schema.ts';
import { buildView, roundAndRelations } from './load-round.ts';

function blockersMessage(v: RoundView): string | null {
  const b = v.blockers;
  if (b.no_members) return '委員がいないため公表できません';
  const parts = [];
  if (b.missing.length > 0) parts.push(`未確認: ${b.missing.join('、')}`);
  if (b.stale.length > 0) parts.push(`データ更新後の再確認待ち: ${b.stale.join('、')}`);
  return parts.length > 0 ? `全委員の確認（サインオフ）が揃うまで公表できません（${parts.join('／')}）` : null;
}

export async function transitionRound(db: Database, roundId: string, raw: unknown, by: Principal) {
  const { row, relations } = await roundAndRelations(db, roundId, by);
  assertCanOnRound('manage', relations, row.status, roundId, '状態を変える');
  const action = (raw as { action?: unknown } | null)?.action;
  if (typeof action !== 'string' || !ROUND_ACTIONS.includes(action as RoundAction))
    throw InputError.single({ column: 'action', code: 'invalid_action', reason: `action は ${ROUND_ACTIONS.join(', ')} のいずれかです` });
  const a = action as RoundAction;
  return db.transaction(async (tx) => {
    const locked = await lockRound(tx, row);
    const to = nextStatus(locked.status, a);
    if (!to) throw new ConflictError(`「${ROUND_STATUS_LABELS[locked.status]}」の検証ラウンドは「${ROUND_ACTION_LABELS[a]}」できません`);
    const view = await buildView(tx, locked);
    if (a === 'publish') {
      const blocked = blockersMessage(view);
      if (blocked) throw new ConflictError(blocked);
    }
    const now = new Date();
    const published =
      a === 'publish' ? reportOf({ ...view, round: { ...view.round, status: 'published', status_label: ROUND_STATUS_LABELS.published, published_at: now.toISOString() } }) : null;
    await tx
      .update(verificationRounds)
      .set({ status: to, updatedAt: now, ...(published ? { report: published, publishedAt: now } : {}) })
      .where(and(eq(verificationRounds.ownerCode, locked.ownerCode), eq(verificationRounds.id, locked.id)));
    await appendAudit(tx, {
      ownerCode: locked.ownerCode,
      actor: auditNameOf(by),
      action: `verification.${a}`,
      entityType: 'verification_round',
      entityId: locked.id,
      summary: `検証ラウンド: ${ROUND_ACTION_LABELS[a]}（${locked.title}、${ROUND_STATUS_LABELS[locked.status]} → ${ROUND_STATUS_LABELS[to]}）`,
      details: { from: locked.status, to, members: view.members.length, ...(a === 'publish' ? { fingerprint: view.fingerprint, kpis: view.kpis.length } : {}) },
    });
    return { id: locked.id, status: to, status_label: ROUND_STATUS_LABELS[to], warnings: view.warnings };
  });
}
