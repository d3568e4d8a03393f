/**
 * Stored catalogs kept in memory, keyed by (strategy, version). While the data version
 * (db/data-version.ts: changed by every committed write, this process's or another's) is the
 * one the entry was checked at, the entry is served without a query; otherwise the strategy's
 * version (revision and creation time; one small query) decides whether to load it again.
 */
import type { Database } from '../../db/client.ts';
import { dataVersionOf } from '../../db/data-version.ts';
import type { Catalog } from './domain/catalog.ts';
import { loadCatalog, strategyNotFound, strategyRevision } from './repository.ts';

export class CatalogCache {
  private entries = new Map<string, { version: string; checkedAt: string | null; catalog: Catalog }>();

  constructor(
    private readonly db: Database,
    private readonly maxEntries = 100,
    private readonly dataVersion: () => Promise<string | null> = () => dataVersionOf(db).fresh(),
  ) {}

  /** The catalog as stored now. Callers must not mutate it. */
  async get(strategyId: string): Promise<Catalog> {
    // Read before the revision, so an entry is never marked checked at a version newer than what it saw.
    const checkedAt = await this.dataVersion();
    const known = this.entries.get(strategyId);
    if (known && checkedAt !== null && known.checkedAt === checkedAt) return known.catalog;
    const rev = await strategyRevision(this.db, strategyId);
    if (!rev) {
      this.entries.delete(strategyId);
      throw strategyNotFound(strategyId);
    }
    const hit = this.entries.get(strategyId);
    if (hit && hit.version === rev.version) {
      hit.checkedAt = checkedAt;
      return hit.catalog;
    }
    const catalog = await loadCatalog(this.db, strategyId);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(strategyId, { version: rev.version, checkedAt, catalog });
    return catalog;
  }
}
