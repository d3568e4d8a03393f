/**
 * What national publication writes, for a first publication and for a revision alike: the
 * version's investment projects (the map) and 5W1H items (the rounds), and the header columns
 * the public list reads (title, final year, KGIs, search text).
 */
import { organisationOf } from '../../organisations/index.ts';
import type { PlanContent } from '../domain/plan-content.ts';
import { writePublishedRows, type Tx } from '../repository.ts';
import type { PlanRow } from '../schema.ts';
import { searchTextOf } from './plan-header.ts';

export async function publicationColumns(tx: Tx, row: PlanRow, content: PlanContent, status: string): Promise<Partial<PlanRow>> {
  const owners = await Promise.all([row.ownerOrgId, ...row.coOwnerOrgIds].map((o) => organisationOf(tx, o)));
  await writePublishedRows(tx, row, status, content);
  return {
    publishedVersion: row.currentVersion,
    title: content.title,
    finalFy: content.final_fy,
    publishedKgis: content.kgis.map((k) => ({
      id: k.id,
      kind: k.kind,
      name: k.name,
      unit: k.unit,
      baseline_value: k.baseline_value,
      baseline_fy: k.baseline_fy,
      target_value: k.target_value,
      target_fy: k.target_fy,
    })),
    searchText: searchTextOf(
      content,
      owners.map((o) => o?.name ?? ''),
    ),
  };
}
