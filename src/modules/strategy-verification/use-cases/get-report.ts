/**
 * The round's report: once published, the report kept at publication (public); before, those who
 * may view the round get it as it stands now (a preview). 404 for everyone else.
 */
import type { Database } from '../../../db/client.ts';
import type { Principal } from '../../auth/index.ts';
import { reportOf, type Report } from '../domain/round-view.ts';
import { assertCanOnRound } from '../permissions.ts';
import { buildView, roundAndRelations } from './load-round.ts';

export async function getReport(db: Database, roundId: string, by: Principal | null): Promise<Report & { final: boolean }> {
  const { row, members, relations } = await roundAndRelations(db, roundId, by);
  assertCanOnRound('view_report', relations, row.status, roundId, '見る');
  if (row.status === 'published' && row.report) return { ...(row.report as Report), final: true };
  return { ...reportOf(await buildView(db, row, members)), final: false };
}
