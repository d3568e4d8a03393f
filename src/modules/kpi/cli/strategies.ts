import type { Command } from 'commander';
import { listStrategies, strategyAudit } from '../index.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { oneOf, positiveInt } from '../../../infra/cli/options.ts';
import type { CliRuntime, GlobalOptions } from '../../../infra/cli/runtime.ts';
import { renderTable } from '../../../infra/cli/terminal.ts';
import { formatJstTimestamp } from '../../../shared/display-format.ts';
import { commandGroup } from '../../../infra/cli/command-group.ts';

export function registerStrategies(program: Command, rt: CliRuntime) {
  databaseCommand(program.command('strategies'))
    .description('登録されている戦略の一覧 / list stored strategies')
    .action(async (_opts: unknown, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'strategies', async ({ db }) => {
        const rows = (await listStrategies(db)).map((s) => [s.id, s.name, s.owner_code, String(s.kpi_count), String(s.observation_count)]);
        rt.io.stdout.write(`${renderTable(['ID', '名称', '団体コード', 'KPI', '実績値'], rows)}\n`);
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
