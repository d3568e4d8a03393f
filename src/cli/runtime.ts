/**
 * How a command reaches the database: in its own process (opening the platform, which takes the
 * data-directory lock) or inside the running server that holds it (operator socket), where the
 * server's own database handle is used. Commands are written once against this interface.
 */
import type { Config } from '../config.ts';
import { loadConfig } from '../config.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { createLogger } from '../logger.ts';
import { openDatabaseForBackup } from '../platform/backup/index.ts';
import { openPlatform } from '../platform/open-platform.ts';
import type { CliIO } from './io.ts';
import { progressReporter, type ProgressReporter } from './terminal.ts';

export interface GlobalOptions {
  dataDir?: string;
  databaseUrl?: string;
}

export interface CliRuntime {
  io: CliIO;
  where: 'standalone' | 'server';
  /**
   * Opens (or lends) the platform for `fn`; `purpose` names the command in the lock file. The
   * statistics data set (1.3 M values, tens of seconds on a fresh database) is loaded by the
   * server and by the commands that work with statistics, not by every other command.
   */
  withPlatform<T>(opts: GlobalOptions, purpose: string, fn: (handle: DatabaseHandle, config: Config) => Promise<T>, needs?: { statistics?: boolean }): Promise<T>;
  /**
   * The database as it is, without migrations or reference data (backups: a backup taken before
   * an upgrade holds the state before it). Inside a server, the server's own handle.
   */
  withDatabase<T>(opts: GlobalOptions, purpose: string, fn: (handle: DatabaseHandle, config: Config) => Promise<T>): Promise<T>;
  progress(): ProgressReporter;
}

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
        return await fn(handle, config);
      } finally {
        await handle.close();
      }
    },
    async withDatabase(opts, _purpose, fn) {
      const config = configFrom(opts);
      const handle = await openDatabaseForBackup(config);
      try {
        return await fn(handle, config);
      } finally {
        await handle.close();
      }
    },
  };
  return rt;
}

/** Inside the server: the server's handle, never closed by a command. */
export function serverRuntime(io: CliIO, handle: DatabaseHandle, config: Config): CliRuntime {
  return {
    io,
    where: 'server',
    progress: () => progressReporter(io),
    withPlatform: (_opts, _purpose, fn) => fn(handle, config),
    withDatabase: (_opts, _purpose, fn) => fn(handle, config),
  };
}

/** Who the audit trail names for a CLI action: --actor, SOUSEI_ACTOR, or cli:<OS user>. */
export function actorName(rt: CliRuntime, explicit?: string): string {
  return explicit || rt.io.actor || `cli:${rt.io.username}`;
}
