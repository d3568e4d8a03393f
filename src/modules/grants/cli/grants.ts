import { basename } from 'node:path';
import type { Command } from 'commander';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { oneOf, positiveInt } from '../../../infra/cli/options.ts';
import type { CliRuntime, GlobalOptions } from '../../../infra/cli/runtime.ts';
import { formatNumberText } from '../../../shared/display-format.ts';
import { decodeFile } from '../../../shared/tabular.ts';
import { actorName } from '../../../infra/cli/runtime.ts';
import { operatorPrincipal } from '../../auth/index.ts';
import { readApplicationText } from '../domain/read-application.ts';
import { importApplication } from '../use-cases/import-application.ts';
import { GRANT_STATUSES, type GrantStatus } from '../domain/workflow.ts';
import { getApplication } from '../use-cases/get-application.ts';
import { listApplications } from '../use-cases/list-applications.ts';

/** `sousei grants list|show|import`: applications as an operator sees them (every one, drafts included), and drafts from files. */
export function registerGrantApplications(grants: Command, rt: CliRuntime) {
  databaseCommand(grants.command('list'))
    .description('申請の一覧（運用者には作成中の申請も） / list applications')
    .option('--fiscal-year <fy>', '年度 (e.g. 2026)')
    .option('--status <s>', GRANT_STATUSES.join(' | '))
    .option('--format <f>', 'text | json', 'text')
    .action(async (opts: { fiscalYear?: string; status?: string; format: string }, cmd: Command) => {
      const format = oneOf('--format', opts.format, ['text', 'json'] as const);
      const status = opts.status === undefined ? undefined : oneOf('--status', opts.status, GRANT_STATUSES);
      const fiscal_year = opts.fiscalYear === undefined ? undefined : positiveInt('--fiscal-year', opts.fiscalYear, 2100);
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'grants list', async ({ db }) => {
        const r = await listApplications(db, { scope: 'mine', fiscal_year, status: status as GrantStatus | undefined, limit: 500 }, operatorPrincipal('cli'));
        if (format === 'json') {
          rt.io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          return;
        }
        for (const a of r.applications)
          rt.io.stdout.write(
            `${a.id}\t${a.fiscal_year}年度\t${a.applicant_code} ${a.applicant_name ?? ''}\t${a.status_label}\t申請 ${formatNumberText(a.requested_total, 'ja', 0)}円\t誤り${a.check_errors}・警告${a.check_warnings}\t${a.title}\n`,
          );
        rt.io.stdout.write(`${r.total}件\n`);
      });
    });
  databaseCommand(grants.command('show'))
    .description('申請の全体（内容・交付要件の確認・交付決定・履歴）を JSON で表示 / print an application as JSON')
    .argument('<id>', 'application id')
    .action(async (id: string, _opts: unknown, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'grants show', async ({ db }) => {
        rt.io.stdout.write(`${JSON.stringify(await getApplication(db, id, operatorPrincipal('cli')), null, 2)}\n`);
      });
    });
  databaseCommand(grants.command('import'))
    .description('申請ファイル（JSON）から申請を作成、または作成中の申請を更新（ファイルごとに全部か無し） / create or update draft applications from files')
    .argument('<files...>', 'application JSON files (README: Application format)')
    .option('--actor <name>', 'who, for the audit trail')
    .action(async (files: string[], opts: { actor?: string }, cmd: Command) => {
      await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'grants import', async ({ db }) => {
        const by = operatorPrincipal(actorName(rt, opts.actor));
        // every file is read and checked for form before anything is written
        const contents = [];
        for (const file of files) contents.push({ file, content: readApplicationText(decodeFile(await rt.io.readFile(file), basename(file)), basename(file)) });
        for (const { file, content } of contents) {
          const r = await importApplication(db, content, by);
          rt.io.stdout.write(`${basename(file)}: ${r.created ? '作成' : '更新'} ${r.id}（版 ${r.version}）${content.applicant_code} ${content.fiscal_year}年度\n`);
        }
      });
    });
}
