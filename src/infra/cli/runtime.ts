/**
 * What a command gets from the CLI: its IO and a way to the database — in its own process
 * (opening the platform, which takes the data-directory lock) or inside the running server that
 * holds it (operator socket), where the server's own handle is used. Commands of every module are
 * written once against this interface; the implementations are in src/cli/runtime.ts.
 */
import type { DatabaseHandle } from '../../db/client.ts';
import type { CliIO } from './io.ts';
import type { ProgressReporter } from './terminal.ts';

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
  withPlatform<T>(opts: GlobalOptions, purpose: string, fn: (handle: DatabaseHandle) => Promise<T>, needs?: { statistics?: boolean }): Promise<T>;
  /**
   * The database as it is, without migrations or reference data (backups: a backup taken before
   * an upgrade holds the state before it). Inside a server, the server's own handle.
   */
  withDatabase<T>(opts: GlobalOptions, purpose: string, fn: (handle: DatabaseHandle) => Promise<T>): Promise<T>;
  progress(): ProgressReporter;
}

/** Who the audit trail names for a CLI action: --actor, SOUSEI_ACTOR, or cli:<OS user>. */
export function actorName(rt: CliRuntime, explicit?: string): string {
  return explicit || rt.io.actor || `cli:${rt.io.username}`;
}
