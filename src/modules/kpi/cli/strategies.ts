import type { Command } from 'commander';
import { createStrategy, listStrategies, strategyAudit } from '../index.ts';
import { operatorPrincipal } from '../../auth/index.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { oneOf, positiveInt } from '../../../infra/cli/options.ts';
import { actorName, type CliRuntime, type GlobalOptions } from '../../../infra/cli/runtime.ts';
import { renderTable } from '../../../infra/cli/terminal.ts';
import { formatJstTimestamp } from '../../../shared/display-format.ts';
import { commandGroup } from '../../../infra/cli/command-group.ts';

interface CreateOptions {
  org: string;
  name: string;
  from: string;
  to: string;
  id?: string;
  fromNational?: boolean;
  actor?: string;
}

export function registerStrategies(program: Command, rt: CliRuntime) {
  const group = databaseCommand(program.command('strategies'))
    .description("登録されている戦略の一覧 / list stored strategies; `strategies create` adds a government's strategy")
    .action(async (_opts: unknown, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'strategies', async ({ db }) => {
        const rows = (await listStrategies(db)).map((s) => [s.id, s.name, s.owner_code, String(s.kpi_count), String(s.observation_count)]);
        rt.io.stdout.write(`${renderTable(['ID', '名称', '団体コード', 'KPI', '実績値'], rows)}\n`);
      });
    });
  databaseCommand(group.command('create'))
    .description("地方公共団体の戦略を作成する / create a local government's strategy")
    .requiredOption('--org <code>', "the owner's 団体コード (e.g. 011002 札幌市)")
    .requiredOption('--name <name>', 'name of the strategy (e.g. 札幌市 地域未来戦略)')
    .option('--from <period>', 'plan period from', '2026年度')
    .option('--to <period>', 'plan period to', '2030年度')
    .option('--id <id>', 'strategy id (default: <団体コード>-<first year>)')
    .option('--from-national', "start from the national strategy's logic model and KPI definitions (without its figures)")
    .option('--actor <name>', 'who, for the audit trail (default: cli:<user>)')
    .action(async (opts: CreateOptions, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'strategies create', async ({ db }) => {
        const by = operatorPrincipal(actorName(rt, opts.actor));
        const s = await createStrategy(db, { by, ownerCode: opts.org, name: opts.name, from: opts.from, to: opts.to, id: opts.id, fromNational: opts.fromNational });
        rt.io.stdout.write(`戦略を作成しました: ${s.id}（${s.name}、団体コード ${s.ownerCode}、KPI ${s.kpis}件）\n`);
      });
    });
  // The audit module adds `audit verify` to the same group.
  databaseCommand(commandGroup(program, 'audit', '戦略の変更履歴（監査ログ） / audit trail of a strategy; `audit verify` checks the hash chain'))
    .option('-s, --strategy <id>', 'strategy id')
    .option('-n, --limit <n>', 'entries', '50')
    .option('-f, --format <format>', 'table (JST times, Japanese names) | json (the entries as the API gives them)', 'table')
    .action(async (opts: { strategy?: string; limit: string; format: string }, cmd: Command) => {
      if (!opts.strategy) {
        cmd.help({ error: true });
        return;
      }
      const limit = positiveInt('--limit', opts.limit, 1000);
      const format = oneOf('--format', opts.format, ['table', 'json'] as const);
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'audit', async ({ db }) => {
        const entries = await strategyAudit(db, opts.strategy!, limit);
        if (format === 'json') {
          rt.io.stdout.write(`${JSON.stringify({ entries }, null, 2)}\n`);
          return;
        }
        const rows = entries.map((a) => [String(a.seq), formatJstTimestamp(a.occurred_at), a.actor_label, a.action_label, a.summary]);
        rt.io.stdout.write(`${renderTable(['通番', '日時', '実行者', '操作', '内容'], rows, [8, 20, 24, 20, 70])}\n`);
      });
    });
}
