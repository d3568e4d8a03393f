/**
 * Stored catalogs kept in memory, keyed by (strategy, version). Each read checks the version
 * (revision and creation time; one small query), so a write from any process — CLI or another
 * server on the same PostgreSQL — is seen by the next request.
 */
import type { Database } from '../../db/client.ts';
import type { Catalog } from './domain/catalog.ts';
import { loadCatalog, strategyNotFound, strategyRevision } from './repository.ts';

export class CatalogCache {
  private entries = new Map<string, { version: string; catalog: Catalog }>();

  constructor(
    private readonly db: Database,
    private readonly maxEntries = 100,
  ) {}

  /** The catalog as stored now. Callers must not mutate it. */
  async get(strategyId: string): Promise<Catalog> {
    const rev = await strategyRevision(this.db, strategyId);
    if (!rev) {
      this.entries.delete(strategyId);
      throw strategyNotFound(strategyId);
    }
    const hit = this.entries.get(strategyId);
    if (hit && hit.version === rev.version) return hit.catalog;
    const catalog = await loadCatalog(this.db, strategyId);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(strategyId, { version: rev.version, catalog });
    return catalog;
  }
}
