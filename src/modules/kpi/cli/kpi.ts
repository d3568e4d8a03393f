import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  STATUSES,
  STATUS_LABELS,
  BANDS,
  applyObservations,
  evaluateCatalog,
  evaluationToCsv,
  kpiIdsOfCatalog,
  loadCatalog,
  readCatalogFile,
  readObservationTable,
  readTable,
  type Catalog,
  type CatalogEvaluation,
  type CsvEncoding,
} from '../index.ts';
import { commandGroup } from '../../../infra/cli/command-group.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { UsageError } from '../../../infra/cli/exit-codes.ts';
import { asOfOption, oneOf } from '../../../infra/cli/options.ts';
import type { CliRuntime, GlobalOptions } from '../../../infra/cli/runtime.ts';
import { renderTable } from '../../../infra/cli/terminal.ts';
import { formatDayWareki, formatFigureText, formatNumberText, formatPeriodText, formatValueText } from '../../../shared/display-format.ts';

interface EvaluateOptions {
  input?: string;
  strategy?: string;
  observations?: string;
  asOf?: string;
  format: string;
  encoding: string;
  out?: string;
}

export function renderEvaluationTable(ev: CatalogEvaluation): string {
  const rows = ev.kpis.map((k) => [
    k.id,
    STATUS_LABELS[k.status],
    k.progress === null ? '' : `${formatNumberText(k.progress)}%`,
    k.actual ? `${formatValueText(k.actual.value, k.unit)}（${formatPeriodText(k.actual.period)}${k.actual.flag_label ? `・${k.actual.flag_label}` : ''}）` : '',
    formatFigureText(k.target, k.unit, ''),
    k.reason,
  ]);
  const table = renderTable(['KPI', '判定', '進捗率', '実績', '目標', '理由'], rows, [14, 18, 8, 32, 28, 60]);
  const s = ev.summary;
  const counts = STATUSES.map((st) => `${STATUS_LABELS[st]}: ${s.by_status[st]}`).join('  ');
  const bands = BANDS.map((b) => `${b}%: ${s.by_band[b]}`).join('  ');
  return `${ev.strategy.name}（${ev.strategy.id}） ${formatDayWareki(ev.as_of)} 時点\n\n${table}\n\n合計 ${s.total}件  ${counts}\n①B 進捗区分  ${bands}\n`;
}

async function catalogFromOptions(rt: CliRuntime, opts: EvaluateOptions, global: GlobalOptions): Promise<Catalog> {
  if (opts.input) return readCatalogFile(await rt.io.readFile(opts.input), basename(opts.input));
  if (!opts.strategy) throw new UsageError('--input FILE か --strategy ID のどちらかを指定してください');
  return rt.withPlatform(global, 'kpi evaluate', ({ db }) => loadCatalog(db, opts.strategy!));
}

export function registerKpi(program: Command, rt: CliRuntime) {
  const kpi = commandGroup(program, 'kpi', 'KPI の評価と統計連動 / KPI evaluation and statistics bindings');
  databaseCommand(kpi.command('evaluate'))
    .description('KPI検証: 進捗率と判定（①A/①B/①C/②/③）を計算する / evaluate KPIs as of a date')
    .option('-i, --input <file>', 'catalog in the JSON interchange format (no database needed)')
    .option('-s, --strategy <id>', 'a strategy stored in the database')
    .option('--observations <file>', 'actual values (CSV/xlsx) to add before evaluating (not stored)')
    .option('--as-of <date>', 'evaluation date (YYYY-MM-DD, 令和8年3月31日…; default: today JST)')
    .option('-f, --format <format>', 'table | json | csv', 'table')
    .option('--encoding <enc>', 'CSV encoding: utf8-bom | utf8 | sjis', 'utf8-bom')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .action(async (opts: EvaluateOptions, cmd: Command) => {
      const format = oneOf('--format', opts.format, ['table', 'json', 'csv'] as const);
      const encoding = oneOf('--encoding', opts.encoding, ['utf8-bom', 'utf8', 'sjis'] as CsvEncoding[]);
      const asOf = asOfOption(opts.asOf);
      let catalog = await catalogFromOptions(rt, opts, cmd.optsWithGlobals<GlobalOptions>());
      if (opts.observations) {
        const table = await readTable(await rt.io.readFile(opts.observations), basename(opts.observations));
        catalog = applyObservations(catalog, readObservationTable(table, kpiIdsOfCatalog(catalog)));
      }
      const ev = evaluateCatalog(catalog, asOf);
      const body: string | Uint8Array =
        format === 'json'
          ? `${JSON.stringify({ kpis: ev.kpis, summary: ev.summary, strategy: ev.strategy, as_of: ev.as_of }, null, 2)}\n`
          : format === 'csv'
            ? evaluationToCsv(ev, encoding)
            : renderEvaluationTable(ev);
      if (opts.out) await rt.io.writeFile(opts.out, body);
      else rt.io.stdout.write(body);
    });
}
