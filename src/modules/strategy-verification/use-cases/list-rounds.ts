/**
 * The rounds a reader may see: of a strategy (its owner and viewers: all; a member: the rounds of
 * their panels once opened; everyone: the published ones), and the signed-in member's own rounds
 * across strategies (「私が委員の検証」).
 */
import type { Database } from '../../../db/client.ts';
import type { Principal } from '../../auth/index.ts';
import { strategyOwnerOrNotFound } from '../../kpi/index.ts';
import { fiscalYearLabel } from '../domain/round-view.ts';
import { ROUND_STATUS_LABELS } from '../domain/workflow.ts';
import { canOnRound, relationsOf } from '../permissions.ts';
import { membersOf, publishedRounds, roundIdsOfMember, roundOrNotFound, roundsOfStrategy, type RoundRow } from '../repository.ts';

const item = (r: RoundRow) => ({
  id: r.id,
  owner_code: r.ownerCode,
  strategy_id: r.strategyId,
  fiscal_year: r.fiscalYear,
  fiscal_year_label: fiscalYearLabel(r.fiscalYear),
  title: r.title,
  evaluation_date: r.evaluationDate,
  status: r.status,
  status_label: ROUND_STATUS_LABELS[r.status],
  published_at: r.publishedAt ? r.publishedAt.toISOString() : null,
});

export type RoundListItem = ReturnType<typeof item>;

export async function listRounds(db: Database, strategyId: string, by: Principal | null): Promise<{ rounds: RoundListItem[] }> {
  const owner = await strategyOwnerOrNotFound(db, strategyId);
  const out: RoundListItem[] = [];
  for (const r of await roundsOfStrategy(db, strategyId)) {
    const relations = relationsOf(
      by,
      owner,
      (await membersOf(db, r)).map((m) => m.userId),
    );
    if (canOnRound('view_report', relations, r.status)) out.push(item(r));
  }
  return { rounds: out };
}

/** The rounds whose panel the signed-in user is on (opened ones), and every published report. */
export async function listMyRounds(db: Database, by: Principal | null): Promise<{ member_of: RoundListItem[]; published: RoundListItem[] }> {
  const mine: RoundListItem[] = [];
  if (by?.kind === 'user')
    for (const id of await roundIdsOfMember(db, by.user.id)) {
      const r = await roundOrNotFound(db, id);
      if (r.status !== 'draft') mine.push(item(r));
    }
  return { member_of: mine, published: (await publishedRounds(db)).map(item) };
}
