import type { Command } from 'commander';
import { commandGroup } from '../../../infra/cli/command-group.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { actorName, type CliRuntime, type GlobalOptions } from '../../../infra/cli/runtime.ts';
import { readLocalGovCode } from '../../../shared/local-gov-code.ts';
import { operatorPrincipal } from '../../auth/index.ts';
import { bindReference } from '../bind-reference.ts';
import { unbindReference } from '../unbind-reference.ts';

/** `sousei kpi bind-reference` / `unbind-reference`: the series a relative target is compared with. */
export function registerKpiBindReference(program: Command, rt: CliRuntime) {
  const kpi = commandGroup(program, 'kpi', 'KPI の評価と統計連動 / KPI evaluation and statistics bindings');
  databaseCommand(kpi.command('bind-reference'))
    .description('相対目標（全国平均以上など）の比較対象を統計の系列（指標×地域）に設定 / bind the series a relative target is compared with')
    .requiredOption('-s, --strategy <id>', 'strategy id')
    .requiredOption('-k, --kpi <id>', 'KPI id')
    .requiredOption('-i, --indicator <code>', 'indicator code (see: sousei stats indicators)')
    .requiredOption('-a, --area <code>', '団体コード (5 or 6 digits; 000000 = nation)')
    .option('--actor <name>', 'who, for the audit trail')
    .action(async (opts: { strategy: string; kpi: string; indicator: string; area: string; actor?: string }, cmd: Command) => {
      const area = readLocalGovCode(opts.area, { column: '--area' });
      await rt.withPlatform(
        cmd.optsWithGlobals<GlobalOptions>(),
        'kpi bind-reference',
        async ({ db }) => {
          const r = await bindReference(db, { strategy: opts.strategy, kpi: opts.kpi, indicator: opts.indicator, area }, operatorPrincipal(actorName(rt, opts.actor)));
          rt.io.stdout.write(`比較対象を設定しました: KPI「${opts.kpi}」⇔ 指標「${opts.indicator}」（${area}）。値 ${r.values}件\n`);
        },
        { statistics: true },
      );
    });
  databaseCommand(kpi.command('unbind-reference'))
    .description('相対目標の比較対象の設定を解除 / unbind the reference series of a relative target')
    .requiredOption('-s, --strategy <id>', 'strategy id')
    .requiredOption('-k, --kpi <id>', 'KPI id')
    .option('--actor <name>', 'who, for the audit trail')
    .action(async (opts: { strategy: string; kpi: string; actor?: string }, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'kpi unbind-reference', async ({ db }) => {
        await unbindReference(db, opts.strategy, opts.kpi, operatorPrincipal(actorName(rt, opts.actor)));
        rt.io.stdout.write(`比較対象の設定を解除しました: KPI「${opts.kpi}」\n`);
      });
    });
}
