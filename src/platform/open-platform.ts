/** Opens the database the configuration names, applies migrations and loads reference data. */
import { openDatabase, type DatabaseHandle } from '../db/client.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { loadReferenceData, type ProgressFn } from './reference-data.ts';

export async function openPlatform(config: Pick<Config, 'DATABASE_URL' | 'SOUSEI_DATA_DIR'>, logger?: Logger, progress?: ProgressFn): Promise<DatabaseHandle> {
  const handle = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.SOUSEI_DATA_DIR,
    onIdleError: (err) => logger?.warn({ err }, 'idle database connection lost'),
  });
  try {
    await handle.migrate();
    const report = await loadReferenceData(handle.db, progress);
    logger?.info({ database: handle.kind, location: handle.location, reference: report }, 'database ready');
    return handle;
  } catch (e) {
    await handle.close();
    throw e;
  }
}
