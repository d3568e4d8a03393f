import type { Command } from 'commander';
import { commandGroup } from '../../../infra/cli/command-group.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { actorName, type CliRuntime, type GlobalOptions } from '../../../infra/cli/runtime.ts';
import { readLocalGovCode } from '../../../shared/local-gov-code.ts';
import { operatorPrincipal } from '../../auth/index.ts';
import { bindKpi } from '../bind-kpi.ts';

export function registerKpiBind(program: Command, rt: CliRuntime) {
  const kpi = commandGroup(program, 'kpi', 'KPI の評価と統計連動 / KPI evaluation and statistics bindings');
  databaseCommand(kpi.command('bind'))
    .description('KPI を統計の系列（指標×地域）に連動させる / feed a KPI from a statistics series')
    .requiredOption('-s, --strategy <id>', 'strategy id')
    .requiredOption('-k, --kpi <id>', 'KPI id')
    .requiredOption('-i, --indicator <code>', 'indicator code (see: sousei stats indicators)')
    .requiredOption('-a, --area <code>', '団体コード (5 or 6 digits; 000000 = nation)')
    .option('--actor <name>', 'who, for the audit trail')
    .action(async (opts: { strategy: string; kpi: string; indicator: string; area: string; actor?: string }, cmd: Command) => {
      const area = readLocalGovCode(opts.area, { column: '--area' });
      await rt.withPlatform(
        cmd.optsWithGlobals<GlobalOptions>(),
        'kpi bind',
        async ({ db }) => {
          const r = await bindKpi(db, { strategy: opts.strategy, kpi: opts.kpi, indicator: opts.indicator, area }, operatorPrincipal(actorName(rt, opts.actor)));
          rt.io.stdout.write(`連動しました: KPI「${opts.kpi}」← 指標「${opts.indicator}」（${area}）。実績値 ${r.written}件を反映\n`);
        },
        { statistics: true },
      );
    });
}
