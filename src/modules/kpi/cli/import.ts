import { basename } from 'node:path';
import type { Command } from 'commander';
import { importFile } from '../index.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { actorName, type CliRuntime, type GlobalOptions } from '../../../infra/cli/runtime.ts';

export function registerImport(program: Command, rt: CliRuntime) {
  databaseCommand(program.command('import'))
    .description(
      'KPIカタログ（JSON）、KPI定義または実績値（CSV/Excel）を取り込む。全件成功か全件中止 / import a catalog (JSON), KPI definitions or actual values (CSV/xlsx), all or nothing',
    )
    .argument('<file>', 'file to import (.json, .csv, .xlsx)')
    .option('-s, --strategy <id>', 'strategy the actual values belong to (CSV/Excel)')
    .option('--owner <code>', '団体コード of the owner of a new catalog (default: strategy.owner_code or 000000)')
    .option('--replace', 'replace an existing strategy with the same id')
    .option('--encoding <enc>', 'auto | utf8 | sjis (CSV)', 'auto')
    .option('--sheet <name>', 'worksheet name (Excel; default: the first)')
    .option('--actor <name>', 'who is importing, for the audit trail (default: cli:<user>)')
    .action(
      async (file: string, opts: { strategy?: string; owner?: string; replace?: boolean; encoding: 'auto' | 'utf8' | 'sjis'; sheet?: string; actor?: string }, cmd: Command) => {
        const bytes = await rt.io.readFile(file);
        await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'import', async ({ db }) => {
          const r = await importFile(db, {
            bytes,
            file: basename(file),
            actor: actorName(rt, opts.actor),
            strategyId: opts.strategy,
            ownerCode: opts.owner,
            replace: opts.replace,
            encoding: opts.encoding,
            sheet: opts.sheet,
          });
          const out = rt.io.stdout;
          if (r.kind === 'catalog') out.write(`取り込みました: 戦略「${r.strategy}」${r.created ? 'を登録' : 'を置き換え'}（KPI ${r.kpis}件、実績値 ${r.observations}件）\n`);
          else if (r.kind === 'kpis')
            out.write(
              `取り込みました: 戦略「${r.strategy}」のKPI定義 ${r.rows}行（追加 ${r.added}件、変更 ${r.updated}件、目標改定 ${r.targets_revised}件、変更なし ${r.unchanged}件）\n`,
            );
          else
            out.write(
              `取り込みました: 戦略「${r.strategy}」の実績値 ${r.rows}行（新規 ${r.inserted}件、更新 ${r.updated}件、変更なし ${r.unchanged}件、欠測 ${r.skipped_missing}件）\n`,
            );
        });
      },
    );
}
