import type { Command } from 'commander';
import { catalogToJson, kpisToCsv, evaluateCatalog, evaluationToCsv, evaluationToXlsx, loadCatalog, observationsToCsv, type CsvEncoding } from '../index.ts';
import { databaseCommand } from '../../../infra/cli/command-kinds.ts';
import { UsageError } from '../../../infra/cli/exit-codes.ts';
import { asOfOption, oneOf } from '../../../infra/cli/options.ts';
import type { CliRuntime, GlobalOptions } from '../../../infra/cli/runtime.ts';

interface ExportOptions {
  strategy: string;
  what: string;
  format?: string;
  encoding: string;
  asOf?: string;
  out?: string;
}

/** Which formats each kind of export has (the first is the default). */
const FORMATS = { catalog: ['json'], kpis: ['csv'], observations: ['csv'], evaluation: ['csv', 'xlsx', 'json'] } as const;
const WHY: Record<string, string> = {
  catalog: 'カタログは JSON 形式で書き出します（--format json）',
  kpis: 'KPI定義は CSV 形式で書き出します（--format csv）',
  observations: '実績値は CSV 形式で書き出します（評価結果の Excel に「実績値」シートもあります）',
};

export function registerExport(program: Command, rt: CliRuntime) {
  databaseCommand(program.command('export'))
    .description('カタログ・実績値・評価結果を書き出す / export a catalog, its actual values or its evaluation')
    .requiredOption('-s, --strategy <id>', 'strategy id')
    .option('-w, --what <what>', 'catalog (JSON) | kpis (CSV: KPI definitions) | observations (CSV) | evaluation (CSV/xlsx/JSON)', 'catalog')
    .option('-f, --format <format>', 'json | csv | xlsx (default: json for catalog, csv otherwise)')
    .option('--encoding <enc>', 'CSV encoding: utf8-bom (Excel) | utf8 | sjis', 'utf8-bom')
    .option('--as-of <date>', 'evaluation date (default: today JST)')
    .option('-o, --out <file>', 'output file (required for xlsx; default: stdout)')
    .action(async (opts: ExportOptions, cmd: Command) => {
      // Every combination is checked before the database is opened.
      const what = oneOf('--what', opts.what, Object.keys(FORMATS) as Array<keyof typeof FORMATS>);
      const allowed: readonly string[] = FORMATS[what];
      const format = opts.format ?? allowed[0]!;
      if (!allowed.includes(format)) throw new UsageError(WHY[what] ?? `--format は ${allowed.join(', ')} のいずれかです: ${format}`);
      if (format === 'xlsx' && !opts.out) throw new UsageError('Excel 形式では --out でファイル名を指定してください');
      const encoding = oneOf('--encoding', opts.encoding, ['utf8-bom', 'utf8', 'sjis'] as CsvEncoding[]);
      const asOf = what === 'evaluation' ? asOfOption(opts.asOf) : 0;
      const body = await rt.withPlatform(cmd.optsWithGlobals<GlobalOptions>(), 'export', async ({ db }) => {
        const catalog = await loadCatalog(db, opts.strategy);
        if (what === 'catalog') return `${JSON.stringify(catalogToJson(catalog), null, 2)}\n`;
        if (what === 'kpis') return kpisToCsv(catalog, encoding);
        if (what === 'observations') return observationsToCsv(catalog, encoding);
        const ev = evaluateCatalog(catalog, asOf);
        if (format === 'xlsx') return evaluationToXlsx(catalog, ev);
        if (format === 'csv') return evaluationToCsv(ev, encoding);
        return `${JSON.stringify(ev, null, 2)}\n`;
      });
      if (opts.out) await rt.io.writeFile(opts.out, body);
      else rt.io.stdout.write(body);
    });
}
