/**
 * Opens the configured database for a backup as it is: no migrations and no reference data, so
 * a backup taken before an upgrade holds the state before the upgrade.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../config.ts';
import { openDatabase, type DatabaseHandle } from '../../db/client.ts';
import { InputError, NotFoundError } from '../../shared/errors.ts';

export type DatabaseConfig = Pick<Config, 'DATABASE_URL' | 'SOUSEI_DATA_DIR'> & Partial<Pick<Config, 'DATABASE_OWNER_URL'>>;

export async function openDatabaseForBackup(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (!config.DATABASE_URL) {
    const dir = config.SOUSEI_DATA_DIR;
    if (dir.includes('://')) throw InputError.single({ code: 'not_a_directory', reason: `データディレクトリを指定してください: ${dir}` });
    // openDatabase would create an empty database: there is nothing to back up.
    if (!existsSync(join(dir, 'PG_VERSION'))) throw new NotFoundError(`データディレクトリ ${dir} にデータベースがありません`);
  }
  return openDatabase({ databaseUrl: config.DATABASE_URL, ownerUrl: config.DATABASE_OWNER_URL, dataDir: config.SOUSEI_DATA_DIR, purpose: 'backup' });
}
