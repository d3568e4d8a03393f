/**
 * What each command needs of the database, so that the CLI can decide before running it: a
 * command that uses the database is sent to the running server holding the data directory
 * (operator socket); an exclusive one (serve, restore) needs the directory to itself.
 */
import type { Command } from 'commander';

const usesDatabase = new WeakSet<Command>();
const exclusive = new WeakSet<Command>();

export function databaseCommand<T extends Command>(cmd: T): T {
  usesDatabase.add(cmd);
  return cmd;
}

export function exclusiveCommand<T extends Command>(cmd: T): T {
  exclusive.add(cmd);
  return cmd;
}

export const commandKind = (cmd: Command): 'database' | 'exclusive' | 'none' => (exclusive.has(cmd) ? 'exclusive' : usesDatabase.has(cmd) ? 'database' : 'none');
