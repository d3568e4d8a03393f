import type { Command } from 'commander';
import { listStrategies, strategyAudit } from '../../modules/kpi/index.ts';
import { withPlatform, type GlobalOptions } from '../context.ts';
import { renderTable } from '../terminal.ts';

export function registerStrategies(program: Command) {
  program
    .command('strategies')
    .description('登録されている戦略の一覧 / list stored strategies')
    .action(async (_opts: unknown, cmd: Command) => {
      await withPlatform(cmd.optsWithGlobals<GlobalOptions>(), async ({ db }) => {
        const rows = (await listStrategies(db)).map((s) => [s.id, s.name, s.owner_code, String(s.kpi_count), String(s.observation_count)]);
        process.stdout.write(`${renderTable(['ID', '名称', '団体コード', 'KPI', '実績値'], rows)}\n`);
      });
    });
  program
    .command('audit')
    .description('戦略の変更履歴（監査ログ） / audit trail of a strategy')
    .requiredOption('-s, --strategy <id>', 'strategy id')
    .option('-n, --limit <n>', 'entries', '50')
    .action(async (opts: { strategy: string; limit: string }, cmd: Command) => {
      await withPlatform(cmd.optsWithGlobals<GlobalOptions>(), async ({ db }) => {
        const rows = (await strategyAudit(db, opts.strategy, Number(opts.limit))).map((a) => [a.occurred_at, a.actor, a.action, a.summary]);
        process.stdout.write(`${renderTable(['日時', '実行者', '操作', '内容'], rows, [24, 24, 20, 70])}\n`);
      });
    });
}
