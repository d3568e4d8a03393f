/**
 * The statistics module's extension point: other modules act on newly imported values in the
 * import's own transaction (the kpi-bindings module writes the observations of the KPIs bound
 * to the imported series). Statistics knows nothing of them: the platform collects the
 * manifests' `extends.afterStatisticsImport` and the callers of `importStatistics` pass them on.
 */
import type { Database } from '../../../db/client.ts';
import type { ExtensionRegistry } from '../../../infra/module-manifest.ts';

/** What was imported, as a hook sees it. */
export interface ImportedStatistics {
  /** the indicator codes the import wrote values for, sorted */
  indicators: readonly string[];
}

/** What a hook fed from the import: links followed (e.g. KPI bindings) and records written. */
export interface AfterImportReport {
  bindings: number;
  written: number;
}

/**
 * Runs inside the import's transaction (`tx`), after the values and definitions are written and
 * before the import's audit entry (a hook that locks strategies must do so before any audit
 * chain is locked: see the lock order in ARCHITECTURE.md). A throw rolls the whole import back.
 */
export type AfterStatisticsImport = (tx: Database, imported: ImportedStatistics) => Promise<AfterImportReport>;

declare module '../../../infra/module-manifest.ts' {
  interface Extensions {
    afterStatisticsImport: AfterStatisticsImport;
  }
}

/** The hooks an import runs: the platform's registry (EXTENSIONS), or none. */
export type StatisticsImportHooks = Pick<ExtensionRegistry, 'afterStatisticsImport'>;

export const NO_IMPORT_HOOKS: StatisticsImportHooks = { afterStatisticsImport: [] };

/** Runs every hook in module order; their reports are added up. */
export async function runAfterImport(hooks: StatisticsImportHooks, tx: Database, imported: ImportedStatistics): Promise<AfterImportReport> {
  const total: AfterImportReport = { bindings: 0, written: 0 };
  for (const hook of hooks.afterStatisticsImport) {
    const r = await hook(tx, imported);
    total.bindings += r.bindings;
    total.written += r.written;
  }
  return total;
}
