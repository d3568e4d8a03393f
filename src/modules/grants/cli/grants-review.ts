/**
 * `sousei grants rollup` and `sousei grants verifications`: the national roll-up (JSON, or the
 * funds table as CSV — UTF-8 with BOM for Excel by default, like the KPI exports) and the
 * published verifications, for batch work. Both read public data only.
 */
import type { Command } from 'commander';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { UsageError } from '../../../infra/cli/exit-codes.ts';
import { oneOf } from '../../../infra/cli/options.ts';
import type { CliRuntime, GlobalOptions } from '../../../infra/cli/runtime.ts';
import { rollupToCsv, type RollupCsvEncoding } from '../domain/rollup-csv.ts';
import { listPublishedVerifications } from '../use-cases/list-verifications.ts';
import { getNationalRollup } from '../use-cases/national-rollup.ts';

function fiscalYearOption(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d{4}$/.test(raw) || n < 2025 || n > 2100) throw new UsageError(`--fiscal-year は西暦の年度（2025〜2100）です: ${raw}`);
  return n;
}

export function registerGrantsReview(grants: Command, rt: CliRuntime) {
  databaseCommand(grants.command('rollup'))
    .description('第2世代交付金の全国集計（交付決定額・KPI達成状況） / national roll-up')
    .option('--fiscal-year <year>', '申請の年度（西暦）; default: every year')
    .option('-f, --format <format>', 'json | csv', 'json')
    .option('--encoding <enc>', 'CSV encoding: utf8-bom (Excel) | utf8 | sjis', 'utf8-bom')
    .option('-o, --out <file>', 'output file (default: stdout)')
    .action(async (o: { fiscalYear?: string; format: string; encoding: string; out?: string }, cmd: Command) => {
      // every option is checked before the database is opened
      const format = oneOf('--format', o.format, ['json', 'csv'] as const);
      const encoding = oneOf('--encoding', o.encoding, ['utf8-bom', 'utf8', 'sjis'] as RollupCsvEncoding[]);
      const fy = fiscalYearOption(o.fiscalYear);
      const body = await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'grants rollup', async ({ db }) => {
        const r = await getNationalRollup(db, fy);
        return format === 'csv' ? rollupToCsv(r, encoding) : `${JSON.stringify(r, null, 2)}\n`;
      });
      if (o.out) await rt.io.writeFile(o.out, body);
      else rt.io.stdout.write(body);
    });
  databaseCommand(grants.command('verifications'))
    .description('公表された効果検証の一覧（JSON） / published effect verifications')
    .option('--pref-code <code>', '都道府県コード（2桁）')
    .option('--owner-code <code>', '団体コード（6桁）')
    .option('--fiscal-year <year>', '検証の年度（西暦）')
    .action(async (o: { prefCode?: string; ownerCode?: string; fiscalYear?: string }, cmd: Command) => {
      const fiscalYear = fiscalYearOption(o.fiscalYear);
      const list = await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'grants verifications', ({ db }) =>
        listPublishedVerifications(db, { prefCode: o.prefCode, ownerCode: o.ownerCode, fiscalYear }),
      );
      rt.io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    });
}
