/** What an import checks its values against: the indicators (code, name, unit) and every area's 団体コード. Queries only. */
import type { Database } from '../../../db/client.ts';
import { areas } from '../../local-gov/index.ts';
import type { CatalogEntry } from '../imports/estat-items.ts';
import { indicators } from '../schema.ts';

export async function indicatorCatalog(db: Pick<Database, 'select'>): Promise<Map<string, CatalogEntry>> {
  const rows = await db.select({ code: indicators.code, nameJa: indicators.nameJa, unit: indicators.unit }).from(indicators);
  return new Map(rows.map((r) => [r.code, r]));
}

export async function allAreaCodes(db: Pick<Database, 'select'>): Promise<Set<string>> {
  return new Set((await db.select({ code: areas.code }).from(areas)).map((r) => r.code));
}
