import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { catalogToJson, kpisToCsv, evaluateCatalog, evaluationToCsv, evaluationToXlsx, loadCatalog, observationsToCsv, type CsvEncoding } from '../../modules/kpi/index.ts';
import { asOfOption, withPlatform, type GlobalOptions } from '../context.ts';

interface ExportOptions {
  strategy: string;
  what: 'catalog' | 'kpis' | 'observations' | 'evaluation';
  format?: 'json' | 'csv' | 'xlsx';
  encoding: CsvEncoding;
  asOf?: string;
  out?: string;
}

export function registerExport(program: Command) {
  program
    .command('export')
    .description('カタログ・実績値・評価結果を書き出す / export a catalog, its actual values or its evaluation')
    .requiredOption('-s, --strategy <id>', 'strategy id')
    .option('-w, --what <what>', 'catalog (JSON) | kpis (CSV: KPI definitions) | observations (CSV) | evaluation (CSV/xlsx/JSON)', 'catalog')
    .option('-f, --format <format>', 'json | csv | xlsx (default: json for catalog, csv otherwise)')
    .option('--encoding <enc>', 'CSV encoding: utf8-bom (Excel) | utf8 | sjis', 'utf8-bom')
    .option('--as-of <date>', 'evaluation date (default: today JST)')
    .option('-o, --out <file>', 'output file (required for xlsx; default: stdout)')
    .action(async (opts: ExportOptions, cmd: Command) => {
      const format = opts.format ?? (opts.what === 'catalog' ? 'json' : 'csv');
      if (format === 'xlsx' && !opts.out) throw new Error('Excel 形式では --out でファイル名を指定してください');
      const body = await withPlatform(cmd.optsWithGlobals<GlobalOptions>(), async ({ db }) => {
        const catalog = await loadCatalog(db, opts.strategy);
        if (opts.what === 'catalog') {
          if (format !== 'json') throw new Error('カタログは JSON 形式で書き出します（--format json）');
          return `${JSON.stringify(catalogToJson(catalog), null, 2)}\n`;
        }
        if (opts.what === 'kpis') {
          if (format !== 'csv') throw new Error('KPI定義は CSV 形式で書き出します（--format csv）');
          return kpisToCsv(catalog, opts.encoding);
        }
        if (opts.what === 'observations') {
          if (format !== 'csv') throw new Error('実績値は CSV 形式で書き出します（評価結果の Excel に「実績値」シートもあります）');
          return observationsToCsv(catalog, opts.encoding);
        }
        const ev = evaluateCatalog(catalog, asOfOption(opts.asOf));
        if (format === 'xlsx') return evaluationToXlsx(catalog, ev);
        if (format === 'csv') return evaluationToCsv(ev, opts.encoding);
        return `${JSON.stringify(ev, null, 2)}\n`;
      });
      if (opts.out) writeFileSync(opts.out, body);
      else process.stdout.write(body);
    });
}
