/** The `sousei` command tree, built for one runtime (its own process, or inside a server). */
import { Command } from 'commander';
import { commandKind } from './command-kinds.ts';
import { registerBackup } from './commands/backup.ts';
import { registerExport } from './commands/export.ts';
import { registerImport } from './commands/import.ts';
import { registerKpi } from './commands/kpi-evaluate.ts';
import { registerServe } from './commands/serve.ts';
import { registerStats } from './commands/stats.ts';
import { registerStrategies } from './commands/strategies.ts';
import { registerUsers } from './commands/users.ts';
import { UsageError } from './exit-codes.ts';
import type { CliRuntime } from './runtime.ts';

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
  registerServe(program, rt, buildProgram);
  registerImport(program, rt);
  registerExport(program, rt);
  registerKpi(program, rt);
  registerStrategies(program, rt);
  registerStats(program, rt);
  registerUsers(program, rt);
  registerBackup(program, rt);
  return program;
}
