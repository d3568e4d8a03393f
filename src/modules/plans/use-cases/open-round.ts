/**
 * Opening a progress round (the secretariat): its title, the plan types it asks, the period it
 * reports on and the deadline. A round with type A covers a half of a 年度 (April–September or
 * October–March: A reports semiannually); B and C take the period set per round. The plans it
 * asks are those of its types nationally published and still running, at any moment (a plan
 * published after the round opened joins it). Audited in the same transaction.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../../db/client.ts';
import { ForbiddenError, InputError, type InputIssue } from '../../../shared/errors.ts';
import { formatDayWareki } from '../../../shared/display-format.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { PLAN_TYPE_LABELS, PLAN_TYPES, type PlanType } from '../domain/plan-types.ts';
import { isoDayOf } from '../domain/withdrawal.ts';
import { canRunRounds } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { insertRound, ROUND_OWNER } from '../rounds-repository.ts';

export interface NewRound {
  title: string;
  planTypes: PlanType[];
  periodStart: string;
  periodEnd: string;
  deadline: string;
  /** sample content (sousei demo) */
  sample?: boolean;
}

/** A half of a 年度: 04-01…09-30 of one year, or 10-01…03-31 across the new year. */
export function isHalfYear(start: string, end: string): boolean {
  const y = Number(start.slice(0, 4));
  return (start.slice(5) === '04-01' && end === `${y}-09-30`) || (start.slice(5) === '10-01' && end === `${y + 1}-03-31`);
}

function dayOrIssue(value: string, column: string, issues: InputIssue[]): number | null {
  try {
    return isoDayOf(value, column);
  } catch (e) {
    issues.push(...(e as InputError).issues);
    return null;
  }
}

export function checkRound(r: NewRound): void {
  const issues: InputIssue[] = [];
  if (r.title.trim() === '') issues.push({ column: 'title', code: 'required', reason: 'ラウンドの名称を入力してください' });
  const types = new Set(r.planTypes);
  if (types.size === 0 || [...types].some((t) => !PLAN_TYPES.includes(t)))
    issues.push({ column: 'plan_types', code: 'invalid_types', reason: '対象の計画類型（A・B・C）を1つ以上選んでください' });
  const start = dayOrIssue(r.periodStart, 'period_start', issues);
  const end = dayOrIssue(r.periodEnd, 'period_end', issues);
  const deadline = dayOrIssue(r.deadline, 'deadline', issues);
  if (start !== null && end !== null && start > end) issues.push({ column: 'period_end', code: 'period_reversed', reason: '対象期間の終わりが始まりより前です' });
  if (end !== null && deadline !== null && deadline < end) {
    issues.push({ column: 'deadline', code: 'deadline_before_end', reason: `提出期限は対象期間の終わり（${formatDayWareki(r.periodEnd)}）以降にしてください` });
  }
  if (types.has('A') && start !== null && end !== null && !isHalfYear(r.periodStart, r.periodEnd)) {
    issues.push({
      column: 'period_start',
      code: 'not_half_year',
      reason: `${PLAN_TYPE_LABELS.A}は半期ごとの確認です。対象期間は4月1日〜9月30日または10月1日〜翌年3月31日にしてください`,
    });
  }
  if (issues.length > 0) throw new InputError(issues);
}

export async function openRound(db: Database, r: NewRound, by: Principal): Promise<{ id: string }> {
  const actor = await planActorOf(db, by);
  if (actor !== null && !canRunRounds(actor)) throw new ForbiddenError('進捗確認のラウンドを開始できるのは事務局（内閣官房・経済産業省）の担当者です');
  const round = { ...r, title: r.title.trim(), planTypes: [...new Set(r.planTypes)].sort() };
  checkRound(round);
  const id = `r-${randomBytes(6).toString('hex')}`;
  const name = auditNameOf(by);
  await db.transaction(async (tx) => {
    await insertRound(tx, {
      id,
      title: round.title,
      planTypes: round.planTypes,
      periodStart: round.periodStart,
      periodEnd: round.periodEnd,
      deadline: round.deadline,
      sample: r.sample ?? false,
      openedBy: name,
    });
    await appendAudit(tx, {
      ownerCode: ROUND_OWNER,
      actor: name,
      action: 'plan_round.open',
      entityType: 'plan_round',
      entityId: id,
      summary: `進捗確認のラウンドを開始: ${round.title}（${round.planTypes.join('・')}、提出期限 ${formatDayWareki(round.deadline)}）`,
      details: { after: { title: round.title, plan_types: round.planTypes, period_start: round.periodStart, period_end: round.periodEnd, deadline: round.deadline } },
    });
  });
  return { id };
}
