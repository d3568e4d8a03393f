/**
 * A published snapshot compared with another — by default the one published before it (by
 * as_of, then publication time). The first snapshot has none before it: it is compared with
 * an empty map, so every project counts as added. The comparison itself is
 * domain/snapshot-compare.ts's; prefecture names are added for the screen and Excel.
 */
import type { Database } from '../../../db/client.ts';
import { InputError, NotFoundError } from '../../../shared/errors.ts';
import { compareSnapshots, type SnapshotProject } from '../domain/snapshot-compare.ts';
import { listSnapshotRows, prefectures, snapshotRow } from '../map-repository.ts';
import type { SnapshotData } from './publish-snapshot.ts';

type Side = { id: string; title: string; as_of: string } | null;

async function side(db: Database, id: string): Promise<{ head: NonNullable<Side>; data: SnapshotData }> {
  const row = await snapshotRow(db, id);
  if (!row) throw new NotFoundError(`国内投資マップのスナップショット「${id}」はありません`);
  return { head: { id: row.id, title: row.title, as_of: row.asOf }, data: row.data as SnapshotData };
}

/** The id of the snapshot published just before `id`, or null for the first. */
async function previousOf(db: Database, id: string): Promise<string | null> {
  const rows = await listSnapshotRows(db);
  const i = rows.findIndex((r) => r.id === id);
  return i >= 0 && i + 1 < rows.length ? rows[i + 1]!.id : null;
}

export async function compareSnapshotWith(db: Database, id: string, againstId?: string) {
  const after = await side(db, id);
  if (againstId === id) throw InputError.single({ column: 'against', code: 'same_snapshot', reason: '比較するスナップショットには別のスナップショットを指定してください' });
  const beforeId = againstId ?? (await previousOf(db, id));
  const before = beforeId === null ? null : await side(db, beforeId);
  const projects = (d: SnapshotData | undefined): SnapshotProject[] =>
    (d?.projects ?? []).map((p) => ({ plan_id: p.plan_id, project_id: p.project_id, title: p.title, pref_code: p.pref_code, muni_code: p.muni_code, amount_yen: p.amount_yen }));
  const result = compareSnapshots({ projects: projects(before?.data) }, { projects: projects(after.data) });
  const names = new Map((await prefectures(db)).map((p) => [p.prefCode ?? '', p.name]));
  return {
    before: before?.head ?? null,
    after: after.head,
    ...result,
    by_prefecture: result.by_prefecture.map((m) => ({ ...m, pref_name: names.get(m.pref_code) ?? m.pref_code })),
  };
}
export type SnapshotComparisonView = Awaited<ReturnType<typeof compareSnapshotWith>>;
