/**
 * The rounds a reader may see: of a strategy (its owner and viewers: all; a member: the rounds of
 * their panels once opened; everyone: the published ones), and the signed-in member's own rounds
 * across strategies (「私が委員の検証」).
 */
import type { Database } from '../../../db/client.ts';
import type { Principal } from '../../auth/index.ts';
import { listStrategies, strategyOwnerOrNotFound } from '../../kpi/index.ts';
import { fiscalYearLabel } from '../domain/round-view.ts';
import { ROUND_STATUS_LABELS } from '../domain/workflow.ts';
import { canCreateRound, canOnRound, relationsOf } from '../permissions.ts';
import { membersOf, publishedRounds, roundIdsOfMember, roundOrNotFound, roundsOfOwner, roundsOfStrategy, type RoundRow } from '../repository.ts';

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

/**
 * The signed-in user's rounds: those whose panel they sit on (opened ones); those of their own
 * government (its editors and viewers), with the strategies they may open a round for; and every
 * published report.
 */
export async function listMyRounds(db: Database, by: Principal | null) {
  const mine: RoundListItem[] = [];
  let owned: RoundListItem[] = [];
  let strategies: { id: string; name: string }[] = [];
  if (by?.kind === 'user') {
    for (const id of await roundIdsOfMember(db, by.user.id)) {
      const r = await roundOrNotFound(db, id);
      if (r.status !== 'draft') mine.push(item(r));
    }
    const org = by.user.orgCode;
    owned = (await roundsOfOwner(db, org)).filter((r) => canOnRound('view', relationsOf(by, org, []), r.status)).map(item);
    strategies = (await listStrategies(db)).filter((s) => s.owner_code === org && canCreateRound(by, s.owner_code)).map((s) => ({ id: s.id, name: s.name }));
  }
  return { member_of: mine, owned, strategies, published: (await publishedRounds(db)).map(item) };
}
