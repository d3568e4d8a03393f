/**
 * The list of progress rounds, newest period first. The public sees published rounds; signed-in
 * users every round (a round's title and deadline are no secret, and owners need them to
 * report), each with how many plans it asks and how many reports are in, and — for the plans
 * the user may report on — their own reports' status.
 */
import type { Database } from '../../../db/client.ts';
import type { Principal } from '../../auth/index.ts';
import { canRunRounds, canUser } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { accessOf } from '../repository.ts';
import { listRoundRows, plansInRound, reportsOfRound } from '../rounds-repository.ts';
import { roundJson } from './round-summary.ts';

export async function listRounds(db: Database, by: Principal | null) {
  const actor = by ? await planActorOf(db, by) : null;
  const rows = await listRoundRows(db, by === null);
  const rounds = [];
  for (const r of rows) {
    const reports = await reportsOfRound(db, r.id);
    const plans = await plansInRound(db, r);
    const status = new Map(reports.map((x) => [x.planId, x.status]));
    const mine = actor === null ? [] : plans.filter((p) => canUser(actor, accessOf(p), 'report'));
    rounds.push({
      ...roundJson(r),
      plans: plans.length,
      submitted: reports.filter((x) => x.status === 'submitted' || x.status === 'accepted').length,
      accepted: reports.filter((x) => x.status === 'accepted').length,
      my_reports: mine.map((p) => ({ plan_id: p.id, title: p.title, type: p.type, report_status: status.get(p.id) ?? 'none' })),
    });
  }
  // the web shows the form to open a round to those who may (the server checks again)
  return { rounds, can_open_rounds: by !== null && (actor === null || canRunRounds(actor)) };
}
