import type { Command } from 'commander';
import { commandGroup } from '../../../infra/cli/command-group.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { UsageError } from '../../../infra/cli/exit-codes.ts';
import { oneOf } from '../../../infra/cli/options.ts';
import type { CliRuntime, GlobalOptions } from '../../../infra/cli/runtime.ts';
import { asOfDay } from '../../../shared/as-of-day.ts';
import { formatFigureText, formatNumberText, formatValueText } from '../../../shared/display-format.ts';
import { readLocalGovCode } from '../../../shared/local-gov-code.ts';
import { CatalogCache } from '../../kpi/index.ts';
import { StatisticsReader } from '../../statistics/index.ts';
import { compareStrategies, type StrategyComparison } from '../compare-strategies.ts';
import { comparisonToXlsx, relationLabel } from '../comparison-xlsx.ts';

/** One line per KPI, then the indicator's figures for the government and its 類似団体. */
export function comparisonText(c: StrategyComparison): string {
  const lines = [`${c.indicator.name}（${c.indicator.unit}）に連動したKPI ${c.total}件（評価基準日 ${c.as_of}）`];
  for (const r of c.rows) {
    const e = r.evaluation;
    lines.push(
      `${relationLabel(r.relation, r.similar_rank)}\t${r.owner_code} ${r.owner_name ?? ''}\t${r.strategy_id}/${r.kpi_id} ${r.kpi_name}\t基準 ${formatFigureText(e.baseline, r.unit)}\t目標 ${formatFigureText(e.target, r.unit)}\t実績 ${formatFigureText(e.actual, r.unit)}\t進捗率 ${e.progress === null ? '—' : `${formatNumberText(e.progress)}%`}\t${e.status_label}`,
    );
  }
  if (c.truncated) lines.push(`（ほか ${c.total - c.rows.length} 件）`);
  if (c.area) lines.push('', `${c.similar.label ?? c.similar.note ?? ''}`);
  for (const p of c.peers)
    lines.push(
      `${relationLabel(p.relation, p.similar_rank)}\t${p.code} ${p.name ?? ''}\t最新 ${formatFigureText(p.latest, c.indicator.unit)}\t増減 ${p.change === null ? '—' : formatValueText(p.change, c.indicator.unit)}\t連動KPI ${p.kpi_count}件`,
    );
  return `${lines.join('\n')}\n`;
}

export function registerKpiCompare(program: Command, rt: CliRuntime) {
  const kpi = commandGroup(program, 'kpi', 'KPI の評価と統計連動 / KPI evaluation and statistics bindings');
  databaseCommand(kpi.command('compare'))
    .description('同じ指標に連動した各団体のKPIを比較（類似団体を先頭に） / compare strategies by a bound indicator')
    .requiredOption('-i, --indicator <code>', 'indicator code (see: sousei stats indicators)')
    .option('-a, --area <code>', '基準にする団体コード（その団体と類似団体を先頭に）')
    .option('--as-of <date>', '評価基準日 YYYY-MM-DD（既定: 今日）')
    .option('-f, --format <format>', 'text | json | xlsx（--out が .xlsx なら xlsx）')
    .option('-o, --out <file>', '書き出すファイル（xlsx では必須）')
    .action(async (opts: { indicator: string; area?: string; asOf?: string; format?: string; out?: string }, cmd: Command) => {
      const format = oneOf('--format', opts.format ?? (opts.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'text'), ['text', 'json', 'xlsx'] as const);
      if (format === 'xlsx' && !opts.out) throw new UsageError('Excel 形式では --out でファイル名を指定してください');
      const area = opts.area ? readLocalGovCode(opts.area, { column: '--area' }) : null;
      const asOf = asOfDay(opts.asOf, '--as-of');
      await rt.withPlatform(
        cmd.optsWithGlobals<GlobalOptions>(),
        'kpi compare',
        async ({ db }) => {
          const c = await compareStrategies(db, new CatalogCache(db), new StatisticsReader(db), { indicator: opts.indicator, area, asOf });
          const out = format === 'xlsx' ? await comparisonToXlsx(c) : format === 'json' ? `${JSON.stringify(c, null, 2)}\n` : comparisonText(c);
          if (opts.out) await rt.io.writeFile(opts.out, out);
          else rt.io.stdout.write(out);
        },
        { statistics: true },
      );
    });
}
