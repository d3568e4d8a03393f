/**
 * The `sousei` command in its own process. A command that uses an embedded data directory held
 * by a running server is sent to that server's operator socket instead of opening the directory
 * a second time; one held by another CLI command is refused (exit 4) with who holds it.
 */
import type { Command } from 'commander';
import { DataDirBusyError, holderAlive, readLockHolder } from '../db/data-dir-lock.ts';
import { closeWorkerPool } from '../infra/worker-pool.ts';
import { commandKind } from '../infra/cli/command-kinds.ts';
import { ExitStatus, reportError } from '../infra/cli/exit-codes.ts';
import { localIO } from '../infra/cli/io.ts';
import { forwardToServer } from './operator/client.ts';
import { buildProgram } from './program.ts';
import { configFrom, standaloneRuntime, type GlobalOptions } from './runtime.ts';

const io = localIO();
const program = buildProgram(standaloneRuntime(io));

program.hook('preAction', async (_p: Command, action: Command) => {
  const kind = commandKind(action);
  if (kind === 'none') return;
  const config = configFrom(action.optsWithGlobals<GlobalOptions>());
  // With a PostgreSQL server, any number of processes may work at once.
  if (config.DATABASE_URL || config.SOUSEI_DATA_DIR.startsWith('memory://')) return;
  const holder = readLockHolder(config.SOUSEI_DATA_DIR);
  // Free, or left by a process that is gone: the command opens the directory (and takes the lock) itself.
  if (!holder || !holderAlive(holder)) return;
  if (kind === 'exclusive' || !holder.socket) throw new DataDirBusyError(config.SOUSEI_DATA_DIR, holder);
  throw new ExitStatus(await forwardToServer(holder.socket, process.argv.slice(2), io));
});

try {
  await program.parseAsync(process.argv);
} catch (e) {
  process.exitCode = reportError(e, io.stderr);
} finally {
  await closeWorkerPool();
}
