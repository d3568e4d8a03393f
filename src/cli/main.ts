/** The `sousei` command: a thin composition root over the modules. */
import { Command } from 'commander';
import { registerBackup } from './commands/backup.ts';
import { registerExport } from './commands/export.ts';
import { registerImport } from './commands/import.ts';
import { registerKpi } from './commands/kpi-evaluate.ts';
import { registerServe } from './commands/serve.ts';
import { registerStats } from './commands/stats.ts';
import { registerStrategies } from './commands/strategies.ts';
import { registerUsers } from './commands/users.ts';
import { exitWithError } from './context.ts';

const program = new Command()
  .name('sousei')
  .description('Sousei（創生）: 地方創生の KPI・PDCA プラットフォーム')
  .option('--data-dir <dir>', 'embedded database directory (default: SOUSEI_DATA_DIR or ./data)')
  .option('--database-url <url>', 'PostgreSQL server (default: DATABASE_URL); overrides --data-dir')
  .showHelpAfterError();

registerServe(program);
registerImport(program);
registerExport(program);
registerKpi(program);
registerStrategies(program);
registerStats(program);
registerUsers(program);
registerBackup(program);

program.parseAsync(process.argv).catch(exitWithError);
