/**
 * Importing statistics, used by `sousei stats import`: read the file (tidy CSV/Excel, JSON
 * or an e-Stat statistics-table CSV), check every value against the catalog of indicators and
 * the areas, then write everything in one transaction — values, new definitions, what other
 * modules do after an import (the afterStatisticsImport hooks) and the audit entry. Any problem:
 * InputError listing every issue with file, line, column and reason, and the database unchanged.
 */
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { NATIONAL_CODE } from '../../../shared/local-gov-code.ts';
import { csvTableFromRecords, decodeFile, isXlsx, readCsvRecords, readXlsxTable, type TextEncodingChoice } from '../../../shared/tabular.ts';
import { appendAudit } from '../../audit/index.ts';
import { NO_IMPORT_HOOKS, runAfterImport, type AfterImportReport, type StatisticsImportHooks } from './after-import.ts';
import { collector, whereIs, type IndicatorInput, type ParsedStatistics, type StatisticsFormat } from './import-common.ts';
import { resolveEstatItems, type CatalogEntry } from './estat-items.ts';
import { readEstatRecords } from './estat-table.ts';
import { readStatisticsJson } from './import-json.ts';
import { isTidyHeader, readTidyTable } from './import-tidy.ts';
import { upsertIndicators, writeValues } from '../store/indicator-store.ts';
import { allAreaCodes, indicatorCatalog } from '../store/import-queries.ts';

export interface StatisticsImportRequest {
  bytes: Uint8Array;
  /** file name as the user gave it; used in every error message */
  file: string;
  /** who is importing, for the audit trail */
  actor: string;
  format?: 'auto' | StatisticsFormat;
  encoding?: TextEncodingChoice;
  /** Excel: worksheet name (default: the first) */
  sheet?: string;
  /** e-Stat: the indicator a one-item table feeds (an existing code, or a new definition) */
  indicator?: IndicatorInput;
  /** e-Stat: item (code, label or name) → indicator code; items not named are left out */
  items?: Record<string, string>;
}

export interface StatisticsImportResult {
  format: StatisticsFormat;
  file: string;
  /** values written (inserted or replaced) */
  values: number;
  /** of which null with a flag (「－」「…」「x」) */
  non_figures: number;
  indicators: string[];
  /** definitions added or revised by the file */
  defined: string[];
  areas: number;
  periods: { first: string; last: string };
  skipped_items: string[];
  /** what the after-import hooks fed (KPIs bound to the imported series: bindings, observations written) */
  bindings: AfterImportReport;
  meta?: Record<string, string>;
}

function looksLikeJson(bytes: Uint8Array, file: string): boolean {
  if (/\.json$/i.test(file)) return true;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b || bytes[i] === 0x5b;
}

/** Reads a file in any supported format into checked values (no writes). */
export async function readStatisticsFile(req: Omit<StatisticsImportRequest, 'actor'>, catalog: ReadonlyMap<string, CatalogEntry>): Promise<ParsedStatistics> {
  const { bytes, file } = req;
  const format = req.format ?? 'auto';
  const xlsx = isXlsx(bytes) || /\.xlsx$/i.test(file);
  if (format === 'json' || (format === 'auto' && !xlsx && looksLikeJson(bytes, file))) return readStatisticsJson(decodeFile(bytes, file, req.encoding), file);
  if (xlsx) {
    if (format === 'estat')
      throw InputError.single({ file, code: 'unsupported_format', reason: 'e-Stat の統計表は CSV 形式でダウンロードしたファイルを指定してください（Excel は tidy 形式のみ）' });
    return readTidyTable(await readXlsxTable(bytes, file, req.sheet));
  }
  const records = readCsvRecords(decodeFile(bytes, file, req.encoding), file);
  if (records.length === 0) throw InputError.single({ file, code: 'empty_file', reason: 'ファイルが空です' });
  if (format === 'tidy' || (format === 'auto' && isTidyHeader(records[0]!.cells))) return readTidyTable(csvTableFromRecords(records, file));
  return resolveEstatItems(readEstatRecords(records, file), catalog, { indicator: req.indicator, items: req.items });
}

/**
 * Checks the values against the database (indicators, areas) and for duplicates; returns the
 * indicator codes (names given for codes are resolved in place).
 */
async function checkAgainstDatabase(db: Database, parsed: ParsedStatistics, catalog: ReadonlyMap<string, CatalogEntry>): Promise<Set<string>> {
  const issues = collector(parsed.file);
  const known = new Set([...catalog.keys(), ...parsed.indicators.map((d) => d.code)]);
  const byName = new Map<string, string[]>();
  for (const e of catalog.values()) byName.set(e.nameJa, [...(byName.get(e.nameJa) ?? []), e.code]);
  const resolved = new Map<string, string | null>();
  const areaCodes = await allAreaCodes(db);
  const seen = new Map<string, number>();
  const used = new Set<string>();
  const reportedAreas = new Set<string>();
  for (let i = 0; i < parsed.values.length && !issues.full; i++) {
    const v = parsed.values[i]!;
    let code = resolved.get(v.indicatorCode);
    if (code === undefined) {
      const named = byName.get(v.indicatorCode);
      code = known.has(v.indicatorCode) ? v.indicatorCode : named?.length === 1 ? named[0]! : null;
      resolved.set(v.indicatorCode, code);
    }
    if (code === null) {
      const w = whereIs(parsed, v, 'indicator');
      issues.add({
        ...w,
        code: 'unknown_indicator',
        reason: `指標「${v.indicatorCode}」は登録されていません（\`sousei stats indicators\` で一覧。新しい指標は JSON の indicators で定義できます）`,
      });
      continue;
    }
    v.indicatorCode = code;
    used.add(code);
    if (!areaCodes.has(v.areaCode)) {
      const w = whereIs(parsed, v, 'area');
      // A wide e-Stat row holds several values of the same area: one issue per row.
      const key = `${w.line}\u0000${v.areaCode}`;
      if (!reportedAreas.has(key)) {
        reportedAreas.add(key);
        const label = (v as { areaLabel?: string }).areaLabel;
        issues.add({
          ...w,
          code: 'unknown_area',
          reason: `団体コード「${v.areaCode}」${label ? `（${label}）` : ''}の地域は登録されていません（特別区部・市部・郡部などの集計地域は取り込めません）`,
        });
      }
      continue;
    }
    const key = `${v.areaCode}\u0000${code}\u0000${v.period.label}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const w = whereIs(parsed, v, 'period');
      const firstLine = whereIs(parsed, parsed.values[first]!, 'period').line;
      issues.add({ ...w, code: 'duplicate_value', reason: `団体コード「${v.areaCode}」・指標「${code}」・期間「${v.period.label}」の値が ${firstLine}行目と重複しています` });
      continue;
    }
    seen.set(key, i);
  }
  if (issues.issues.length > 0) throw new InputError(issues.issues);
  return used;
}

/**
 * `hooks`: the afterStatisticsImport contributions (the CLI passes the platform's EXTENSIONS);
 * without them no other module sees the import.
 */
export async function importStatistics(db: Database, req: StatisticsImportRequest, hooks: StatisticsImportHooks = NO_IMPORT_HOOKS): Promise<StatisticsImportResult> {
  const catalog = await indicatorCatalog(db);
  const parsed = await readStatisticsFile(req, catalog);
  const used = await checkAgainstDatabase(db, parsed, catalog);
  const codes = [...used].sort();
  let first = parsed.values[0]!.period;
  let last = first;
  const areaSet = new Set<string>();
  let nonFigures = 0;
  for (const v of parsed.values) {
    if (v.period.end < first.end) first = v.period;
    if (v.period.end > last.end) last = v.period;
    areaSet.add(v.areaCode);
    if (v.value === null) nonFigures++;
  }
  const bindings = await db.transaction(async (tx) => {
    if (parsed.indicators.length > 0) await upsertIndicators(tx, parsed.indicators);
    await writeValues(tx, parsed.values);
    // Other modules act on the new values in the same transaction (KPIs bound to a series get
    // them as observations). Before the statistics audit entry: strategies are locked before any
    // audit chain (see lockStrategies).
    const synced = await runAfterImport(hooks, tx as unknown as Database, { indicators: codes });
    await appendAudit(tx, {
      ownerCode: NATIONAL_CODE,
      actor: req.actor,
      action: 'statistics.import',
      entityType: 'statistics',
      entityId: codes.join(',').slice(0, 200),
      summary: `統計値 ${parsed.values.length}件を取り込み（${parsed.format}、指標 ${codes.join('・').slice(0, 120)}、${first.label}〜${last.label}）`,
      details: {
        file: req.file,
        format: parsed.format,
        indicators: codes,
        defined: parsed.indicators.map((d) => d.code),
        values: parsed.values.length,
        areas: areaSet.size,
        meta: parsed.meta ?? null,
      },
    });
    return synced;
  });
  return {
    format: parsed.format,
    file: req.file,
    values: parsed.values.length,
    non_figures: nonFigures,
    indicators: codes,
    defined: parsed.indicators.map((d) => d.code),
    areas: areaSet.size,
    periods: { first: first.label, last: last.label },
    skipped_items: parsed.skippedItems ?? [],
    bindings,
    ...(parsed.meta && Object.keys(parsed.meta).length > 0 ? { meta: parsed.meta } : {}),
  };
}
