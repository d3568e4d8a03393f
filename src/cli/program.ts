/** The `sousei` command tree, built for one runtime (its own process, or inside a server). */
import { Command } from 'commander';
import { commandKind } from '../infra/cli/command-kinds.ts';
import { UsageError } from '../infra/cli/exit-codes.ts';
import type { CliRuntime } from '../infra/cli/runtime.ts';
import { EXTENSIONS, MODULES } from '../platform/modules.ts';
import { registerBackup } from './commands/backup.ts';
import { registerServe } from './commands/serve.ts';

export function buildProgram(rt: CliRuntime): Command {
  const program = new Command()
    .name('sousei')
    .description('Sousei（創生）: 地方創生の KPI・PDCA プラットフォーム')
    .option('--data-dir <dir>', 'embedded database directory (default: SOUSEI_DATA_DIR or ./data)')
    .option('--database-url <url>', 'PostgreSQL server (default: DATABASE_URL); overrides --data-dir')
    // Errors are thrown, not process.exit()ed, and every word goes to the runtime's streams:
    // the same tree runs inside a server for a CLI process connected to its operator socket.
    .exitOverride()
    .configureOutput({ writeOut: (s) => rt.io.stdout.write(s), writeErr: (s) => rt.io.stderr.write(s) })
    .showHelpAfterError();
  if (rt.where === 'server') {
    program.hook('preAction', (_p, action) => {
      if (commandKind(action) === 'exclusive') throw new UsageError(`「sousei ${action.name()}」はサーバーの実行中にはできません。サーバーを停止してから実行してください`);
    });
  }
  // The platform's own commands, then each module's.
  registerServe(program, rt, buildProgram);
  for (const m of MODULES) m.commands?.(program, rt, EXTENSIONS);
  registerBackup(program, rt);
  return program;
}
