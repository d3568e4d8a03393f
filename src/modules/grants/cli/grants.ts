import type { Command } from 'commander';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { oneOf, positiveInt } from '../../../infra/cli/options.ts';
import type { CliRuntime, GlobalOptions } from '../../../infra/cli/runtime.ts';
import { formatNumberText } from '../../../shared/display-format.ts';
import { operatorPrincipal } from '../../auth/index.ts';
import { GRANT_STATUSES, type GrantStatus } from '../domain/workflow.ts';
import { getApplication } from '../use-cases/get-application.ts';
import { listApplications } from '../use-cases/list-applications.ts';

/** `sousei grants list|show`: applications as an operator sees them (every one, drafts included). */
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
}
