/**
 * The owner's decision after 「撤退基準に該当」 (A: the secretariat's, permissions.ts): continue
 * (with the reason), revise the plan (a revision the secretariat publishes, as any edit after
 * publication), or withdraw — which is the workflow's withdraw transition, made in the same
 * transaction (transition-plan.ts checks its permission and state, and writes its own event and
 * audit entry). The flag stays until every round's finding is decided.
 */
import type { Database } from '../../../db/client.ts';
import { InputError, NotFoundError } from '../../../shared/errors.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { assertCan } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf, insertEvent, lockPlan, updateHeader } from '../repository.ts';
import { pendingDecisions, recordDecision } from '../rounds-repository.ts';
import { transitionPlan } from './transition-plan.ts';

export type WithdrawalDecision = 'continue' | 'revise' | 'withdraw';
export const WITHDRAWAL_DECISION_LABELS: Record<WithdrawalDecision, string> = { continue: '継続', revise: '計画を見直す', withdraw: '撤退' };

export interface DecisionInput {
  planId: string;
  roundId: string;
  decision: WithdrawalDecision;
  reason?: string;
}

export async function decideWithdrawal(db: Database, d: DecisionInput, by: Principal): Promise<{ withdrawal_flag: boolean; status: string }> {
  const reason = (d.reason ?? '').trim();
  if (reason === '' && d.decision !== 'revise') {
    throw InputError.single({ column: 'reason', code: 'required', reason: d.decision === 'continue' ? '継続する理由を入力してください' : '撤退の理由を入力してください' });
  }
  const actor = await planActorOf(db, by);
  const name = auditNameOf(by);
  return db.transaction(async (tx) => {
    const plan = await lockPlan(tx, d.planId);
    assertCan(by, actor, accessOf(plan), 'decide_withdrawal', '撤退基準への対応を決める');
    const pending = await pendingDecisions(tx, plan);
    if (!pending.some((p) => p.roundId === d.roundId)) throw new NotFoundError(`計画「${plan.title}」にはこのラウンドで対応が決まっていない撤退基準の該当はありません`);
    await recordDecision(tx, plan, d.roundId, { decision: d.decision, reason, decidedBy: name });
    const flag = pending.length > 1;
    await updateHeader(tx, plan, { withdrawalFlag: flag });
    await insertEvent(tx, plan, {
      action: 'withdrawal_decision',
      fromStatus: plan.status,
      toStatus: plan.status,
      version: plan.currentVersion,
      comment: reason,
      details: { round_id: d.roundId, decision: d.decision },
      actor: name,
    });
    await appendAudit(tx, {
      ownerCode: plan.ownerCode,
      actor: name,
      action: 'plan.withdrawal_decision',
      entityType: 'plan',
      entityId: plan.id,
      summary: `撤退基準への対応: ${WITHDRAWAL_DECISION_LABELS[d.decision]}（${plan.title}）${reason ? `「${reason.slice(0, 200)}」` : ''}`,
      details: { round_id: d.roundId, decision: d.decision, reason, before: { withdrawal_flag: plan.withdrawalFlag }, after: { withdrawal_flag: flag } },
    });
    if (d.decision !== 'withdraw') return { withdrawal_flag: flag, status: plan.status };
    // a savepoint inside this transaction: a refused withdrawal undoes the decision too
    const t = await transitionPlan(tx as unknown as Database, { id: plan.id, action: 'withdraw', comment: reason }, by);
    return { withdrawal_flag: false, status: t.status };
  });
}
