import { basename } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../../shared/errors.ts';
import { auditNameOf, operatorPrincipal } from '../../auth/index.ts';
import { importStatistics, indicatorOverview, type IndicatorInput } from '../index.ts';
import { assertCanImportStatistics } from '../permissions.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { oneOf } from '../../../infra/cli/options.ts';
import { actorName, type CliRuntime, type GlobalOptions } from '../../../infra/cli/runtime.ts';
import { renderTable } from '../../../infra/cli/terminal.ts';
import { formatNumberText, formatPeriodText } from '../../../shared/display-format.ts';
import type { ExtensionRegistry } from '../../../infra/module-manifest.ts';

interface ImportOptions {
  format: 'auto' | 'tidy' | 'json' | 'estat';
  encoding: 'auto' | 'utf8' | 'sjis';
  sheet?: string;
  indicator?: string;
  name?: string;
  nameEn?: string;
  unit?: string;
  category?: string;
  source?: string;
  licence?: string;
  frequency?: string;
  notes?: string;
  map: string[];
  actor?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** 「総数=population」 → { 総数: 'population' } (split at the last '=': indicator codes have none). */
function parseMap(entries: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entries) {
    const at = e.lastIndexOf('=');
    if (at <= 0 || at === e.length - 1)
      throw InputError.single({ column: '--map', code: 'invalid_option', reason: `--map「${e}」は「項目=指標コード」の形で指定してください（例: --map 総数=population）` });
    out[e.slice(0, at).trim()] = e.slice(at + 1).trim();
  }
  return out;
}

/** "1995–2022（28期）" */
function periodRange(periods: string[]): string {
  if (periods.length === 0) return '—';
  if (periods.length === 1) return formatPeriodText(periods[0]);
  return `${formatPeriodText(periods[0])}–${formatPeriodText(periods.at(-1))}（${periods.length}期）`;
}

/** --indicator and the new-indicator options (--name, --unit, …), as the importer takes them. */
function indicatorOf(opts: ImportOptions): IndicatorInput | undefined {
  if (!opts.indicator) return undefined;
  return {
    code: opts.indicator,
    nameJa: opts.name,
    nameEn: opts.nameEn,
    unit: opts.unit,
    category: opts.category,
    source: opts.source,
    licence: opts.licence,
    frequency: opts.frequency,
    notes: opts.notes,
  };
}

/** `extensions`: the import runs their afterStatisticsImport hooks (KPIs bound to the series). */
export function registerStats(program: Command, rt: CliRuntime, extensions: Pick<ExtensionRegistry, 'afterStatisticsImport'>) {
  const stats = program.command('stats').description('地域の統計（指標・値） / regional statistics (indicators and values)');
  registerStatsImport(stats, rt, extensions);
  registerStatsIndicators(stats, rt);
}

/** stats import <file> */
function registerStatsImport(stats: Command, rt: CliRuntime, extensions: Pick<ExtensionRegistry, 'afterStatisticsImport'>) {
  databaseCommand(stats.command('import'))
    .description(
      '統計値を取り込む。tidy 形式（area_code, period, indicator, value[, flag]）の CSV/Excel、JSON、e-Stat の統計表 CSV。全件成功か全件中止 / import statistics (tidy CSV/xlsx, JSON, e-Stat table CSV), all or nothing',
    )
    .argument('<file>', 'file to import (.csv, .xlsx, .json)')
    .option('--format <format>', 'auto | tidy | json | estat', 'auto')
    .option('--encoding <enc>', 'auto | utf8 | sjis (CSV)', 'auto')
    .option('--sheet <name>', 'worksheet name (Excel; default: the first)')
    .option('--indicator <code>', 'e-Stat: the indicator a one-item table feeds (existing, or new with --name --unit --category)')
    .option('--name <名称>', 'new indicator: Japanese name (default: the table item)')
    .option('--name-en <name>', 'new indicator: English name')
    .option('--unit <単位>', 'new indicator: unit (default: 【単位】 or the unit column of the table)')
    .option('--category <category>', 'new indicator: population | economy | education | social_security | living | infrastructure | local_finance (or 人口・経済…)')
    .option('--source <出典>', 'new indicator: credit to show with the data (default: the e-Stat table)')
    .option('--licence <licence>', 'new indicator: licence (default: 政府標準利用規約（第2.0版）)')
    .option('--frequency <text>', 'new indicator: update frequency, e.g. 5年ごと')
    .option('--notes <text>', 'new indicator: notes')
    .option('--map <項目=指標>', 'e-Stat: feed an item of the table (code, label or name) into an indicator; repeatable; items not named are left out', collect, [])
    .option('--actor <name>', 'who is importing, for the audit trail (default: cli:<user>)')
    .action(async (file: string, opts: ImportOptions, cmd: Command) => {
      oneOf('--format', opts.format, ['auto', 'tidy', 'json', 'estat'] as const);
      oneOf('--encoding', opts.encoding, ['auto', 'utf8', 'sjis'] as const);
      const bytes = await rt.io.readFile(file);
      const indicator = indicatorOf(opts);
      const items = opts.map.length > 0 ? parseMap(opts.map) : undefined;
      await rt.withPlatform(
        cmd.optsWithGlobals<GlobalOptions>(),
        'stats import',
        async ({ db }) => {
          const by = operatorPrincipal(actorName(rt, opts.actor));
          assertCanImportStatistics(by);
          const r = await importStatistics(
            db,
            { bytes, file: basename(file), actor: auditNameOf(by), format: opts.format, encoding: opts.encoding, sheet: opts.sheet, indicator, items },
            extensions,
          );
          const lines = [
            `取り込みました: 統計値 ${r.values.toLocaleString()}件（${r.format}）。指標 ${r.indicators.join('・')}、地域 ${r.areas.toLocaleString()}、期間 ${r.periods.first}〜${r.periods.last}` +
              (r.non_figures > 0 ? `、うち数値なし（－・…・x）${r.non_figures.toLocaleString()}件` : ''),
          ];
          if (r.defined.length > 0) lines.push(`指標を定義しました: ${r.defined.join('・')}`);
          if (r.skipped_items.length > 0) lines.push(`取り込まなかった項目（--map にないもの）: ${r.skipped_items.join('、')}`);
          if (r.bindings.bindings > 0) lines.push(`連動している KPI ${r.bindings.bindings}件に実績値 ${r.bindings.written}件を反映しました`);
          rt.io.stdout.write(`${lines.join('\n')}\n`);
        },
        { statistics: true },
      );
    });
}

/** stats indicators */
function registerStatsIndicators(stats: Command, rt: CliRuntime) {
  databaseCommand(stats.command('indicators'))
    .description('指標の一覧（コード・名称・単位・分類・期間・出典） / list indicators with their periods and sources')
    .option('--category <category>', 'only this category (population, local_finance, … or 人口…)')
    .option('--all', 'include the population-pyramid indicators (age5_*, census_age5_*: 5-year age group × sex)')
    .option('--format <format>', 'table | json', 'table')
    .action(async (opts: { category?: string; all?: boolean; format: 'table' | 'json' }, cmd: Command) => {
      oneOf('--format', opts.format, ['table', 'json'] as const);
      await rt.withPlatform(
        cmd.optsWithGlobals<GlobalOptions>(),
        'stats indicators',
        async ({ db }) => {
          let list = await indicatorOverview(db);
          if (opts.category) list = list.filter((i) => i.category === opts.category || i.categoryLabel === opts.category);
          const pyramid = (code: string) => /^(census_)?age5_/.test(code);
          const hidden = opts.all || opts.format === 'json' ? 0 : list.filter((i) => pyramid(i.code)).length;
          if (hidden > 0) list = list.filter((i) => !pyramid(i.code));
          if (opts.format === 'json') {
            rt.io.stdout.write(`${JSON.stringify({ indicators: list }, null, 2)}\n`);
            return;
          }
          const rows = list.map((i) => [i.code, i.nameJa, i.unit, i.categoryLabel, periodRange(i.periods), formatNumberText(i.values), i.source]);
          rt.io.stdout.write(`${renderTable(['コード', '名称', '単位', '分類', '期間', '値の数', '出典'], rows, [28, 30, 6, 10, 28, 10, 60])}\n`);
          if (hidden > 0) rt.io.stdout.write(`ほかに人口ピラミッド用（5歳階級×男女）の指標が ${hidden} あります（--all で表示）\n`);
        },
        { statistics: true },
      );
    });
}
