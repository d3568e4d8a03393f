/**
 * Statistics in JSON:
 *
 *   { "indicators": [ { "code", "name_ja", "name_en"?, "unit", "category", "source", "licence",
 *                       "frequency"?, "notes"? } ],          ← optional: new or revised definitions
 *     "values": [ { "area_code", "period", "indicator", "value", "flag"? } ] }
 *
 * `value` is a number, a Japanese number string (「1.2万」), a marker (「－」「…」「x」「***」) or
 * null with a flag. Errors name the line and the JSON path (`values[3].area_code`).
 */
import { InputError } from '../../../shared/errors.ts';
import { formatJsonPath, parseLocatedJson } from '../../../shared/located-json.ts';
import { LocalGovCodeError, normalizeLocalGovCode } from '../../../shared/local-gov-code.ts';
import { toHalfWidth } from '../../../shared/normalize-text.ts';
import { PeriodReader, reportMissing } from '../../../shared/field-readers.ts';
import { MAX_STATISTICS_IMPORT_ROWS } from '../../../shared/input-limits.ts';
import {
  checkIndicatorDef,
  collector,
  combineFlag,
  FLAG_HINT,
  MARKER_HINT,
  parseValueFlag,
  readStatValue,
  refuseTooManyValues,
  type ParsedStatistics,
  type ParsedValue,
  type Report,
} from './import-common.ts';
import type { IndicatorDef } from '../store/indicator-store.ts';

type Path = Array<string | number>;
type ReportAt = (path: Path) => Report;

/** The `indicators` array: definitions, checked; a code defined twice is an issue. */
function readIndicatorDefs(list: unknown[], report: ReportAt): IndicatorDef[] {
  const indicators: IndicatorDef[] = [];
  for (const [i, d] of list.entries()) {
    if (typeof d !== 'object' || d === null) {
      report(['indicators', i])('invalid_shape', '指標の定義はオブジェクトにしてください');
      continue;
    }
    const o = d as Record<string, unknown>;
    const str = (...keys: string[]) => {
      for (const k of keys) if (o[k] !== undefined) return o[k] as string | null;
      return undefined;
    };
    const def = checkIndicatorDef(
      {
        code: String(o.code ?? ''),
        nameJa: str('name_ja', 'nameJa', 'name'),
        nameEn: str('name_en', 'nameEn'),
        unit: str('unit'),
        category: str('category'),
        source: str('source'),
        licence: str('licence', 'license'),
        frequency: str('frequency'),
        notes: str('notes'),
      },
      (column, code, reason) => report(['indicators', i, column])(code, reason),
    );
    if (def) {
      if (indicators.some((x) => x.code === def.code)) report(['indicators', i, 'code'])('duplicate_indicator', `指標「${def.code}」が2回定義されています`);
      else indicators.push(def);
    }
  }
  return indicators;
}

/** One entry of `values`; undefined when it has a problem (reported). */

function readValue(v: unknown, i: number, periods: PeriodReader, report: ReportAt, issueCount: () => number): ParsedValue | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    report(['values', i])('invalid_shape', '値は {"area_code", "period", "indicator", "value"} のオブジェクトにしてください');
    return undefined;
  }
  const o = v as Record<string, unknown>;
  const before = issueCount();
  const areaKey = o.area_code !== undefined ? 'area_code' : 'area';
  const rawArea = o[areaKey];
  let areaCode: string | undefined;
  if (typeof rawArea !== 'string' && typeof rawArea !== 'number') report(['values', i, areaKey])('missing_value', '団体コード（area_code）がありません');
  else
    try {
      areaCode = normalizeLocalGovCode(rawArea);
    } catch (e) {
      if (!(e instanceof LocalGovCodeError)) throw e;
      report(['values', i, areaKey])('invalid_code', e.message);
    }
  const rawPeriod = o.period;
  const period =
    typeof rawPeriod === 'string' || typeof rawPeriod === 'number'
      ? periods.read(rawPeriod, report(['values', i, 'period']))
      : reportMissing(report(['values', i, 'period']), '期間（period）がありません');
  const indicatorCode = typeof o.indicator === 'string' ? toHalfWidth(o.indicator).trim() : '';
  if (!indicatorCode) report(['values', i, 'indicator'])('missing_value', '指標（indicator）がありません');
  const flag = parseValueFlag(o.flag as string | null | undefined);
  if (flag === undefined || (o.flag !== undefined && o.flag !== null && typeof o.flag !== 'string'))
    report(['values', i, 'flag'])('invalid_flag', `区分「${String(o.flag)}」は使えません（${FLAG_HINT}）`);
  const raw = o.value;
  let cell: ReturnType<typeof readStatValue>;
  if (raw === null && flag) cell = { value: null, flag };
  else if (typeof raw === 'number' || typeof raw === 'string') cell = readStatValue(raw, report(['values', i, 'value']));
  else cell = reportMissing(report(['values', i, 'value']), `値（value）がありません（数値、または ${MARKER_HINT}。null は区分 flag と一緒に）`);
  if (cell === 'empty') report(['values', i, 'value'])('missing_value', `値が空です（数値、または ${MARKER_HINT}）`);
  if (issueCount() > before || !areaCode || !period || !indicatorCode || !cell || cell === 'empty' || flag === undefined) return undefined;
  const combined = combineFlag(cell, flag, report(['values', i, 'flag']));
  if (!combined) return undefined;
  return { areaCode, indicatorCode, period, value: combined.value, flag: combined.flag, line: 0, at: i };
}

export function readStatisticsJson(text: string, file: string): ParsedStatistics {
  // Syntax errors are located there; positions of other problems are worked out only when needed.
  const located = parseLocatedJson(text, file);
  const doc = located.value;
  const locate = (path: Path): number => located.locate(path).line;
  const issues = collector(file);
  const report: ReportAt = (path) => (code, reason) => issues.add({ line: locate(path), column: formatJsonPath(path), code, reason });

  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw InputError.single({ file, line: 1, code: 'invalid_shape', reason: 'JSON の一番外側は {"indicators": [...], "values": [...]} の形のオブジェクトにしてください' });
  }
  const root = doc as Record<string, unknown>;
  let indicators: IndicatorDef[] = [];
  if (root.indicators !== undefined) {
    if (!Array.isArray(root.indicators)) report(['indicators'])('invalid_shape', 'indicators は配列にしてください');
    else indicators = readIndicatorDefs(root.indicators, report);
  }
  if (!Array.isArray(root.values)) {
    report(['values'])('invalid_shape', 'values（値の配列）がありません');
    throw new InputError(issues.issues);
  }
  if (root.values.length > MAX_STATISTICS_IMPORT_ROWS)
    refuseTooManyValues(file, root.values.length, { line: locate(['values', MAX_STATISTICS_IMPORT_ROWS]), column: formatJsonPath(['values', MAX_STATISTICS_IMPORT_ROWS]) });
  const periods = new PeriodReader();
  const values: ParsedValue[] = [];
  root.values.forEach((v: unknown, i) => {
    if (issues.full) return;
    const value = readValue(v, i, periods, report, () => issues.issues.length);
    if (value) values.push(value);
  });
  if (issues.issues.length > 0) throw new InputError(issues.issues);
  if (values.length === 0) throw InputError.single({ file, line: locate(['values']), column: 'values', code: 'no_rows', reason: '値がありません' });
  const fields = { area: 'area_code', indicator: 'indicator', period: 'period' } as const;
  return {
    format: 'json',
    file,
    indicators,
    values,
    columns: fields,
    // Lines are worked out only for issues found later (unknown area, duplicates).
    locate: (v, field) => {
      const path: Path = ['values', v.at ?? 0, field === 'area' && (root.values as Array<Record<string, unknown>>)[v.at ?? 0]?.area_code === undefined ? 'area' : fields[field]];
      return { line: locate(path), column: formatJsonPath(path) };
    },
  };
}
