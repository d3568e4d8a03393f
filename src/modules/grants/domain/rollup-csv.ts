/**
 * The roll-up's decided funds as CSV (UTF-8 with BOM for Excel by default, UTF-8 or Shift_JIS):
 * one row per prefecture, per fiscal year and the national total, amounts in whole yen, 年度 with
 * its 和暦. The prefecture code column is written as text for Excel (its leading zero matters).
 * Status counts and KPI achievement are in the JSON only: they are not tables of amounts.
 */
import { csvText, isExcelEncoding, spreadsheetRows } from '../../../shared/spreadsheet-cells.ts';
import { toWarekiYear } from '../../../shared/periods.ts';
import { encodeText } from '../../../shared/text-encoding.ts';
import { PROJECT_KIND_LABELS, PROJECT_KINDS } from './project-kinds.ts';
import type { NationalRollup } from './rollup.ts';

export type RollupCsvEncoding = 'utf8-bom' | 'utf8' | 'sjis';

export const ROLLUP_CSV_HEADER = ['集計', '都道府県コード', '都道府県', '年度', '和暦', ...PROJECT_KINDS.map((k) => `${PROJECT_KIND_LABELS[k]}（円）`), '合計（円）', '申請数'];

/** 令和8年度 for 2026 (toWarekiYear gives 令和8年). */
const warekiFy = (fy: number): string => toWarekiYear(fy).replace(/年$/, '年度');

export function rollupRows(r: NationalRollup): unknown[][] {
  const year = r.fiscal_year === null ? '' : r.fiscal_year;
  const wareki = r.fiscal_year === null ? '' : warekiFy(r.fiscal_year);
  const kinds = (b: Record<string, number>) => PROJECT_KINDS.map((k) => b[k] ?? 0);
  return [
    ...r.decided.by_prefecture.map((p) => ['都道府県別', p.pref_code, p.name, year, wareki, ...kinds(p.by_kind), p.total, p.applications]),
    ...r.decided.by_fiscal_year.map((y) => ['年度別（交付の年度）', '', '', y.fiscal_year, warekiFy(y.fiscal_year), ...kinds(y.by_kind), y.total, '']),
    ['全国', '', '全国', year, wareki, ...kinds(r.decided.by_kind), r.decided.total, r.decided.by_prefecture.reduce((n, p) => n + p.applications, 0)],
  ];
}

export function rollupToCsv(r: NationalRollup, encoding: RollupCsvEncoding = 'utf8-bom'): Uint8Array {
  return encodeText(csvText(spreadsheetRows([ROLLUP_CSV_HEADER, ...rollupRows(r)], { excel: isExcelEncoding(encoding), codeColumns: [1] })), encoding);
}
