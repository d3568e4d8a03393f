/** `sousei good-practices import|list|search|show`: batch import of cases from JSON, and reading them as an operator. */
import { basename } from 'node:path';
import type { Command } from 'commander';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { oneOf } from '../../../infra/cli/options.ts';
import { actorName, type CliRuntime, type GlobalOptions } from '../../../infra/cli/runtime.ts';
import { parseLocatedJson } from '../../../shared/located-json.ts';
import { decodeFile } from '../../../shared/tabular.ts';
import { operatorPrincipal } from '../../auth/index.ts';
import { getCase } from '../use-cases/get-case.ts';
import { importCases } from '../use-cases/import-cases.ts';
import { listCases } from '../use-cases/list-cases.ts';
import { searchCases } from '../use-cases/search-cases.ts';

export function registerGoodPractices(group: Command, rt: CliRuntime) {
  databaseCommand(group.command('import'))
    .description('好事例を JSON ファイルから一括登録（全件を検査してから登録、誤りがあれば何も登録しない） / import cases from a JSON file')
    .argument('<file>', '{"cases": [{"owner_code", "content", "submit"?}]} (README: Case format)')
    .option('--actor <name>', 'who, for the audit trail')
    .action(async (file: string, opts: { actor?: string }, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'good-practices import', async ({ db }) => {
        const name = basename(file);
        const json = parseLocatedJson(decodeFile(await rt.io.readFile(file), name), name).value;
        const r = await importCases(db, name, json, operatorPrincipal(actorName(rt, opts.actor)));
        rt.io.stdout.write(`${name}: ${r.ids.length}件を登録（うち提出 ${r.submitted}件）\n${r.ids.join('\n')}\n`);
      });
    });
  databaseCommand(group.command('list'))
    .description('好事例の一覧（運用者には全件） / list cases')
    .option('--format <f>', 'text | json', 'text')
    .action(async (opts: { format: string }, cmd: Command) => {
      const format = oneOf('--format', opts.format, ['text', 'json'] as const);
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'good-practices list', async ({ db }) => {
        const r = await listCases(db, { scope: 'public', limit: 100 }, operatorPrincipal('cli'));
        if (format === 'json') rt.io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        else {
          for (const c of r.cases) rt.io.stdout.write(`${c.id}\t${c.status_label}\t${c.field_label}\t${c.title}\n`);
          rt.io.stdout.write(`${r.total}件\n`);
        }
      });
    });
  databaseCommand(group.command('search'))
    .description('好事例の全文検索（公開中の事例） / search validated cases')
    .argument('<query>', '検索語')
    .action(async (query: string, _opts: unknown, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'good-practices search', async ({ db }) => {
        const r = await searchCases(db, { q: query }, null);
        for (const c of r.cases) rt.io.stdout.write(`${c.id}\t一致 ${c.matched_grams}/${r.query.grams.length}\t${c.title}\n`);
        rt.io.stdout.write(`${r.total}件\n`);
      });
    });
  databaseCommand(group.command('show'))
    .description('好事例の全体を JSON で表示 / print a case as JSON')
    .argument('<id>', 'case id')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'good-practices show', async ({ db }) => {
        rt.io.stdout.write(`${JSON.stringify(await getCase(db, id, operatorPrincipal('cli')), null, 2)}\n`);
      });
    });
}
