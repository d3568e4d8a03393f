/** The published 国内投資マップ snapshots (public), newest first, and one snapshot whole. */
import type { Database } from '../../../db/client.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import { listSnapshotRows, snapshotRow } from '../map-repository.ts';

export async function listSnapshots(db: Database) {
  const rows = await listSnapshotRows(db);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    as_of: r.asOf,
    published_at: r.publishedAt.toISOString(),
    projects: Number(r.projects ?? 0),
    amount_yen: Number(r.amountYen ?? 0),
  }));
}

export async function getSnapshot(db: Database, id: string) {
  const row = await snapshotRow(db, id);
  if (!row) throw new NotFoundError(`国内投資マップのスナップショット「${id}」はありません`);
  return { id: row.id, title: row.title, as_of: row.asOf, published_at: row.publishedAt.toISOString(), data: row.data };
}
