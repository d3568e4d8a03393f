/**
 * `sousei grants check APPLICATION.json [--as-of YYYY-MM-DD] [--format json|text]`: the rule
 * checks of an application file, with the KPIs of the applicant's own strategies in the store.
 * JSON prints the same result as POST /api/v1/grants/check. Exit 0 when no rule is broken
 * (warnings allowed), GRANT_CHECK_FAILED when one is, 1 for a malformed file (InputError).
 */
import { basename } from 'node:path';
import type { Command } from 'commander';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { ExitStatus, UsageError } from '../../../infra/cli/exit-codes.ts';
import { oneOf } from '../../../infra/cli/options.ts';
import type { CliRuntime, GlobalOptions } from '../../../infra/cli/runtime.ts';
import { formatDay, todayDay } from '../../../shared/periods.ts';
import { decodeFile } from '../../../shared/tabular.ts';
import { isDay } from '../../rulebook/index.ts';
import type { CheckResult } from '../domain/check-application.ts';
import { fiscalYearText, yen } from '../domain/checks/check-issue.ts';
import { readApplicationText } from '../domain/read-application.ts';
import { APPLICANT_KIND_LABELS } from '../domain/project-kinds.ts';
import { checkStoredApplication } from '../use-cases/check-grant-application.ts';

/**
 * The exit code of an application that breaks a rule: the next code after those of EXIT
 * (src/infra/cli/exit-codes.ts), so scripts tell "the rules are not met" (7) from "the file is
 * malformed" (1) and "no such file" (2).
 */
export const GRANT_CHECK_FAILED = 7;

const SEVERITY_LABEL = { error: '誤り', warning: '警告' } as const;

export function checkResultText(r: CheckResult): string {
  const lines = [
    `交付要件の確認: ${r.ok ? '要件を満たしています' : '要件を満たしていません（提出できません）'}（誤り ${r.errors}件・警告 ${r.warnings}件）`,
    `申請団体: ${r.applicant_code}（${APPLICANT_KIND_LABELS[r.applicant_kind]}の上限を適用） 評価日: ${r.as_of}`,
    '年度別の国費（ソフト事業 / 拠点整備事業 / インフラ整備事業 / 計）:',
    ...Object.entries(r.national_share_by_year).map(([y, t]) => `  ${fiscalYearText(Number(y))}\t${yen(t.soft)}\t${yen(t.kyoten)}\t${yen(t.infra)}\t${yen(t.total)}`),
    `  事業計画期間の計\t${yen(r.national_share_total.soft)}\t${yen(r.national_share_total.kyoten)}\t${yen(r.national_share_total.infra)}\t${yen(r.national_share_total.total)}`,
  ];
  if (r.issues.length > 0) lines.push('誤り・警告:', ...r.issues.map((i) => `  [${SEVERITY_LABEL[i.severity]}] ${i.rule}${i.project ? ` ${i.project}` : ''}: ${i.message}`));
  return `${lines.join('\n')}\n`;
}

export function registerGrantsCheck(grants: Command, rt: CliRuntime) {
  databaseCommand(grants.command('check'))
    .description('申請の交付要件を確認（上限・補助率・期間・組み合わせ・件数・KPI） / check an application against the rules')
    .argument('<application>', 'the application JSON (docs/grant-application.schema.json)')
    .option('--as-of <date>', 'evaluation date: the rules in force on this day (YYYY-MM-DD; default today)')
    .option('--format <f>', 'json | text', 'text')
    .action(async (file: string, opts: { asOf?: string; format: string }, cmd: Command) => {
      const format = oneOf('--format', opts.format, ['json', 'text'] as const);
      if (opts.asOf !== undefined && !isDay(opts.asOf)) throw new UsageError(`--as-of は YYYY-MM-DD の日付です: ${opts.asOf}`);
      const asOf = opts.asOf ?? formatDay(todayDay());
      const name = basename(file);
      // Read and validated before the platform is opened: a malformed file needs no database.
      const content = readApplicationText(decodeFile(await rt.io.readFile(file), name), name);
      const result = await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'grants check', ({ db }) => checkStoredApplication(db, content, asOf));
      rt.io.stdout.write(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : checkResultText(result));
      if (!result.ok) throw new ExitStatus(GRANT_CHECK_FAILED);
    });
}
