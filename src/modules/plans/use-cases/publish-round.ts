/**
 * Publishing a round (the secretariat): from then on the public sees its summary and its
 * accepted reports' KPI actuals (in each plan's evaluation too: repository.reportedActuals reads
 * published rounds only for the public). A report still awaiting review must be accepted or
 * returned first; drafts and returned reports stay unpublished, and the round closes (no more
 * saves or submissions; accepted reports can still be corrected, audited). Withdrawal criteria
 * of every plan with an accepted report are evaluated once more. Audited.
 */
import type { Database } from '../../../db/client.ts';
import { ConflictError, ForbiddenError, InputError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { canRunRounds } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { findPlan } from '../repository.ts';
import { reportsOfRound, ROUND_OWNER, roundOrNotFound, setRound } from '../rounds-repository.ts';
import { evaluateRound } from './evaluate-round.ts';
import { roundJson } from './round-summary.ts';

export async function publishRound(db: Database, roundId: string, by: Principal) {
  const actor = await planActorOf(db, by);
  if (actor !== null && !canRunRounds(actor)) throw new ForbiddenError('進捗確認のラウンドを公表できるのは事務局（内閣官房・経済産業省）の担当者です');
  const name = auditNameOf(by);
  const round = await db.transaction(async (tx) => {
    const r = await roundOrNotFound(tx, roundId, 'update');
    if (r.publishedAt !== null) throw new ConflictError(`ラウンド「${r.title}」は公表済みです`, { version: r.publishedAt.toISOString() });
    const reports = await reportsOfRound(tx, roundId);
    const waiting = reports.filter((x) => x.status === 'submitted');
    if (waiting.length > 0) {
      const titles = await Promise.all(waiting.map(async (w) => (await findPlan(tx, w.planId))?.title ?? w.planId));
      throw new InputError(
        titles.map((t) => ({ column: 'round_id', code: 'report_awaiting_review', reason: `計画「${t}」の報告が確認待ちです。受理または差し戻してから公表してください` })),
      );
    }
    const publishedAt = new Date();
    await setRound(tx, roundId, { publishedAt, status: 'closed' });
    const accepted = reports.filter((x) => x.status === 'accepted').length;
    await appendAudit(tx, {
      ownerCode: ROUND_OWNER,
      actor: name,
      action: 'plan_round.publish',
      entityType: 'plan_round',
      entityId: roundId,
      summary: `進捗確認のラウンドを公表: ${r.title}（受理 ${accepted}件）`,
      details: { before: { status: r.status, published_at: null }, after: { status: 'closed', published_at: publishedAt.toISOString() }, accepted },
    });
    return { ...r, publishedAt, status: 'closed' as const };
  });
  await evaluateRound(db, roundId, by);
  return { round: roundJson(round) };
}
