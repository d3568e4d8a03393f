/**
 * Tidy tables (CSV or Excel): one row per area, period and indicator —
 * `area_code, period, indicator, value[, flag]`, headers in English or Japanese
 * (団体コード/地域コード, 期間/年/年度, 指標/指標コード, 値, 区分). Area codes 5 or 6 digits
 * (full-width fine); values with 「－」「…」「x」「***」 are stored as null with their flag.
 * Every row is checked before anything is stored; indicators and areas are checked against the
 * database by the import service.
 */
import { InputError } from '../../../shared/errors.ts';
import { LocalGovCodeError, normalizeLocalGovCode } from '../../../shared/local-gov-code.ts';
import { toHalfWidth } from '../../../shared/normalize-text.ts';
import { PeriodReader, reportMissing } from '../../../shared/field-readers.ts';
import { headerKeys, mapColumns, normalizeHeader, type Cell, type ColumnSpec, type Table } from '../../../shared/tabular.ts';
import { refuseTemplateExamples } from '../../../shared/import-template.ts';
import { TIDY_TEMPLATE } from './import-template.ts';
import { MAX_STATISTICS_IMPORT_ROWS } from '../../../shared/input-limits.ts';
import { collector, combineFlag, FLAG_HINT, MARKER_HINT, parseValueFlag, readStatValue, refuseTooManyValues, type ParsedStatistics, type ParsedValue } from './import-common.ts';

export const TIDY_COLUMNS: ColumnSpec<'area' | 'period' | 'indicator' | 'value' | 'flag'>[] = [
  { key: 'area', aliases: ['area_code', 'area', 'lg_code', '団体コード', '地域コード', '全国地方公共団体コード', '市区町村コード', 'code'], required: true },
  { key: 'period', aliases: ['period', '期間', '期間・年度', '年度', '年', '時点', 'year', 'fiscal_year'], required: true },
  { key: 'indicator', aliases: ['indicator', 'indicator_code', '指標', '指標コード'], required: true },
  { key: 'value', aliases: ['value', '値', '数値'], required: true },
  { key: 'flag', aliases: ['flag', '区分', 'フラグ', '値の区分'], required: false },
];

/** Whether a header row reads as a tidy table (every required column present). */
export function isTidyHeader(header: readonly string[]): boolean {
  const names = new Set(header.flatMap((h) => headerKeys(String(h ?? ''))));
  return TIDY_COLUMNS.filter((c) => c.required).every((c) => c.aliases.some((a) => names.has(normalizeHeader(a))));
}

const FISCAL_HEADERS = new Set(['年度', 'fiscalyear'].map(normalizeHeader));

export function readTidyTable(table: Table): ParsedStatistics {
  if (table.rows.length > MAX_STATISTICS_IMPORT_ROWS) refuseTooManyValues(table.file, table.rows.length, { line: table.rows[MAX_STATISTICS_IMPORT_ROWS]!.line });
  refuseTemplateExamples(table, [TIDY_TEMPLATE]);
  const cols = mapColumns(table, TIDY_COLUMNS);
  const name = (key: keyof typeof cols) => (cols[key] !== undefined ? table.header[cols[key]!]! : key);
  // A column headed 年度 holding plain years means fiscal years: 2020 → FY2020.
  const fiscal = FISCAL_HEADERS.has(normalizeHeader(name('period')));
  const issues = collector(table.file);
  const periods = new PeriodReader();
  const codes = new Map<string, string | LocalGovCodeError>();
  const out: ParsedValue[] = [];
  const get = (cells: Cell[], i: number | undefined): Cell => (i === undefined ? null : (cells[i] ?? null));

  for (const row of table.rows) {
    if (issues.full) break;
    const at = (key: keyof typeof cols) => (code: string, reason: string) => issues.add({ line: row.line, column: name(key), code, reason });
    const before = issues.issues.length;

    const rawArea = get(row.cells, cols.area);
    let areaCode: string | undefined;
    if (rawArea === null) at('area')('missing_value', '団体コードが空です');
    else {
      const key = typeof rawArea === 'number' ? `#${rawArea}` : rawArea;
      let c = codes.get(key);
      if (c === undefined) {
        try {
          c = normalizeLocalGovCode(rawArea);
        } catch (e) {
          if (!(e instanceof LocalGovCodeError)) throw e;
          c = e;
        }
        codes.set(key, c);
      }
      if (typeof c === 'string') areaCode = c;
      else at('area')('invalid_code', c.message);
    }

    let rawPeriod = get(row.cells, cols.period);
    if (fiscal && rawPeriod !== null && /^\s*[0-9０-９]{4}\s*$/.test(String(rawPeriod))) rawPeriod = `FY${toHalfWidth(String(rawPeriod)).trim()}`;
    const period = rawPeriod === null ? reportMissing(at('period'), '期間が空です') : periods.read(rawPeriod, at('period'));

    const rawIndicator = get(row.cells, cols.indicator);
    const indicatorCode = rawIndicator === null ? null : toHalfWidth(String(rawIndicator)).trim();
    if (!indicatorCode) at('indicator')('missing_value', '指標が空です');

    const cell = readStatValue(get(row.cells, cols.value), at('value'));
    if (cell === 'empty') at('value')('missing_value', `値が空です（数値、または ${MARKER_HINT} を記入してください）`);
    const flag = parseValueFlag(get(row.cells, cols.flag));
    if (flag === undefined) at('flag')('invalid_flag', `区分「${String(get(row.cells, cols.flag))}」は使えません（${FLAG_HINT}）`);

    if (issues.issues.length > before || !areaCode || !period || !indicatorCode || cell === undefined || cell === 'empty' || flag === undefined) continue;
    const v = combineFlag(cell, flag, at(flag !== null && cell.value !== null ? 'flag' : 'value'));
    if (!v) continue;
    out.push({ areaCode, indicatorCode, period, value: v.value, flag: v.flag, line: row.line });
  }
  if (issues.issues.length > 0) throw new InputError(issues.issues);
  if (out.length === 0) throw InputError.single({ file: table.file, code: 'no_rows', reason: 'データ行がありません' });
  return { format: 'tidy', file: table.file, indicators: [], values: out, columns: { area: name('area'), indicator: name('indicator'), period: name('period') } };
}
