/** Shared by the use cases: a round with its panel, comments, sign-offs, responses and the evaluation on its date. */
import type { Database } from '../../../db/client.ts';
import { parseDay } from '../../../shared/periods.ts';
import type { Principal } from '../../auth/index.ts';
import { evaluateCatalog, loadCatalog } from '../../kpi/index.ts';
import { roundView, type RoundData, type RoundView } from '../domain/round-view.ts';
import { relationsOf, type RoundRelation } from '../permissions.ts';
import { commentsOf, membersOf, responsesOf, roundOrNotFound, signoffsOf, type MemberRow, type RoundRow } from '../repository.ts';

/** The round and the reader's relations to it: the first thing every use case reads, before any effect. */
export async function roundAndRelations(db: Database, id: string, by: Principal | null): Promise<{ row: RoundRow; members: MemberRow[]; relations: Set<RoundRelation> }> {
  const row = await roundOrNotFound(db, id);
  const members = await membersOf(db, row);
  return {
    row,
    members,
    relations: relationsOf(
      by,
      row.ownerCode,
      members.map((m) => m.userId),
    ),
  };
}

/** The engine's evaluation of the strategy on the round's evaluation date (the KPI module's own catalog load). */
export async function evaluationOf(db: Database, row: RoundRow) {
  const catalog = await loadCatalog(db, row.strategyId);
  return { name: catalog.strategy.name, kpis: evaluateCatalog(catalog, parseDay(row.evaluationDate)).kpis };
}

export async function buildView(db: Database, row: RoundRow, members?: MemberRow[]): Promise<RoundView> {
  const ev = await evaluationOf(db, row);
  const data: RoundData = {
    round: row,
    strategyName: ev.name,
    kpis: ev.kpis,
    members: members ?? (await membersOf(db, row)),
    comments: await commentsOf(db, row),
    signoffs: await signoffsOf(db, row),
    responses: await responsesOf(db, row),
  };
  return roundView(data);
}
