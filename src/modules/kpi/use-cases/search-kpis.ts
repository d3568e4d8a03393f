/** KPIs and nodes matching a query, in one strategy or all (at most 100 results). */
import type { Database } from '../../../db/client.ts';
import type { CatalogCache } from '../catalog-cache.ts';
import { searchCatalog, type SearchResult } from '../domain/search.ts';
import { listStrategies } from '../repository.ts';

export const SEARCH_LIMIT = 100;

export async function searchKpis(db: Database, catalogs: CatalogCache, query: string, strategyId?: string): Promise<SearchResult[]> {
  const ids = strategyId ? [strategyId] : (await listStrategies(db)).map((s) => s.id);
  const results: SearchResult[] = [];
  for (const id of ids) results.push(...searchCatalog(await catalogs.get(id), query));
  return results.slice(0, SEARCH_LIMIT);
}
