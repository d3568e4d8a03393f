/**
 * The two runtimes of CLI commands (see src/infra/cli/runtime.ts): a command in its own process
 * opens the platform; inside the running server (operator socket) it uses the server's handle.
 */
import type { Config } from '../config.ts';
import { loadConfig } from '../config.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createLogger } from '../infra/logger.ts';
import { openDatabaseForBackup } from '../platform/backup/index.ts';
import { openPlatform } from '../platform/open-platform.ts';
import type { CliIO } from '../infra/cli/io.ts';
import type { CliRuntime, GlobalOptions } from '../infra/cli/runtime.ts';
import { progressReporter } from '../infra/cli/terminal.ts';

export function configFrom(opts: GlobalOptions): Config {
  const config = loadConfig();
  return { ...config, SOUSEI_DATA_DIR: opts.dataDir ?? config.SOUSEI_DATA_DIR, DATABASE_URL: opts.databaseUrl ?? config.DATABASE_URL };
}

export function standaloneRuntime(io: CliIO): CliRuntime {
  const rt: CliRuntime = {
    io,
    where: 'standalone',
    progress: () => progressReporter(io),
    async withPlatform(opts, purpose, fn, needs = {}) {
      const config = configFrom(opts);
      const progress = rt.progress();
      const handle = await openPlatform(config, createLogger(process.env.LOG_LEVEL ?? 'warn'), progress.update, purpose, { statistics: needs.statistics === true });
      progress.stop();
      try {
        return await fn(handle);
      } finally {
        await handle.close();
      }
    },
    async withDatabase(opts, _purpose, fn) {
      const config = configFrom(opts);
      const handle = await openDatabaseForBackup(config);
      try {
        return await fn(handle);
      } finally {
        await handle.close();
      }
    },
  };
  return rt;
}

/** Inside the server: the server's handle, never closed by a command. */
export function serverRuntime(io: CliIO, handle: DatabaseHandle): CliRuntime {
  return {
    io,
    where: 'server',
    progress: () => progressReporter(io),
    withPlatform: (_opts, _purpose, fn) => fn(handle),
    withDatabase: (_opts, _purpose, fn) => fn(handle),
  };
}

export type { CliRuntime, GlobalOptions } from '../infra/cli/runtime.ts';
export { actorName } from '../infra/cli/runtime.ts';
