/** Opens the database the configuration names, applies migrations and loads reference data. */
import { openDatabase, type DatabaseHandle } from '../db/client.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../infra/logger.ts';
import { loadReferenceData, type ProgressFn } from './reference-data.ts';

export async function openPlatform(
  config: Pick<Config, 'DATABASE_URL' | 'SOUSEI_DATA_DIR'> & Partial<Pick<Config, 'DATABASE_OWNER_URL' | 'SOUSEI_LOAD_STATISTICS'>>,
  logger?: Logger,
  progress?: ProgressFn,
  purpose = 'open',
  opts: { statistics?: boolean } = {},
): Promise<DatabaseHandle> {
  const handle = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    ownerUrl: config.DATABASE_OWNER_URL,
    dataDir: config.SOUSEI_DATA_DIR,
    purpose,
    onIdleError: (err) => logger?.warn({ err }, 'idle database connection lost'),
  });
  try {
    const protection = await handle.migrate();
    if (!protection.separated && handle.kind === 'postgres' && purpose === 'serve') {
      logger?.warn(
        { role: protection.appRole },
        'the application role owns or may change audit_log: set DATABASE_OWNER_URL for migrations and connect DATABASE_URL as a separate role (README: PostgreSQL roles)',
      );
    }
    const report = await loadReferenceData(handle.db, progress, { statistics: opts.statistics !== false && config.SOUSEI_LOAD_STATISTICS !== false });
    // The one-time statistics load leaves a large WAL and (PGlite) a grown WASM heap: give both back.
    if (report.statistics === 'loaded') await handle.settle();
    logger?.info({ database: handle.kind, location: handle.location, reference: report, auditRole: protection }, 'database ready');
    return handle;
  } catch (e) {
    await handle.close();
    throw e;
  }
}
