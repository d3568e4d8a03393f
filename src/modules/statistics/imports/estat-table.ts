/**
 * e-Stat (政府統計の総合窓口) statistics-table CSV downloads, as e-Stat writes them:
 *
 * - the database download (統計表・グラフ表示 →「ダウンロード」, CSV, Shift_JIS or UTF-8):
 *   optional header lines (「"統計名：","…"」「"表題：","…"」…), then one header row with a pair
 *   of columns per dimension — 「X コード」 and 「X」 (plus 「X 補助コード」) — e.g.
 *   「表章項目 コード」「表章項目」「全国，都道府県，市区町村 コード」「全国，都道府県，市区町村」
 *   「時間軸（年次） コード」「時間軸（年次）」, then either
 *   - a pivot column 「/X」 (empty in data rows) followed by one column per item of dimension X
 *     (「/男女」「総数」「男」「女」, 「/時間軸（調査年）」「1950年」…, 「/項目」「A1101_総人口【人】」…),
 *     with the items' codes optionally on a row above the header (「/X コード」「040」「225」), or
 *   - 「unit」「value」 (「単位」「値」) columns, one value per row, and an 「annotation」 (「注釈」) column;
 * - the API's CSV (getSimpleStatsData): metadata lines up to 「"VALUE"」, then
 *   「tab_code, 表章項目, cat01_code, …, area_code, 地域, time_code, 時間軸（年次）, unit, value, annotation」.
 *
 * Area codes are 5 digits without the check digit ('01100' → 札幌市 '011002', '00000' = 全国);
 * area or item labels may carry their code (「01100_札幌市」「A1101_総人口【人】」). Time codes are
 * e-Stat's 10 digits (2020000000 = 2020年, 2020100000 = 2020年度, 2024000707 = 2024年7月); the label
 * (「2020年」「2020年度」) is used when the code says nothing more. Values may have thousands
 * separators; 「-」「…」「x」「***」 are stored as null with their flag.
 *
 * The header and what it says about the layout is read in estat-header.ts, the rows here.
 * Reading is pure; which indicator an item feeds is decided by `resolveEstatItems` (estat-items.ts:
 * exact code or name of an existing indicator, an explicit mapping, or one new indicator).
 */
import { InputError } from '../../../shared/errors.ts';
import { LocalGovCodeError, NATIONAL_CODE, normalizeLocalGovCode } from '../../../shared/local-gov-code.ts';
import { tryParsePeriod, type Period } from '../../../shared/periods.ts';
import { readCsvRecords, type CsvRecord } from '../../../shared/tabular.ts';
import { MAX_STATISTICS_IMPORT_ROWS } from '../../../shared/input-limits.ts';
import { isHeaderRecord, readMeta, readShape, type Issues, type TableShape } from './estat-header.ts';
import { norm, parseEstatTimeCode, splitEstatLabel } from './estat-labels.ts';
import { collector, MARKER_HINT, readStatValue, refuseTooManyValues, type Report } from './import-common.ts';
import type { ValueFlag } from '../schema.ts';
import type { EstatItem, EstatPart, EstatTable } from './estat-types.ts';

/** Flag hinted by an annotation (注釈) cell: 速報 / 推計, or a marker when the value is blank. */
function annotationFlag(annotation: string): ValueFlag | null {
  const a = norm(annotation);
  if (a === '') return null;
  if (/速報|^p$/i.test(a)) return 'preliminary';
  if (/推計|推定|^e$/i.test(a)) return 'estimate';
  return null;
}

const cell = (r: CsvRecord, i: number | undefined) => (i === undefined ? '' : (r.cells[i] ?? '').trim());

/** What reading the rows remembers: codes and periods already parsed, whether the area code is missing. */
interface RowState {
  periodCache: Map<string, Period | null>;
  areaCache: Map<string, string | LocalGovCodeError>;
  areaCodeMissing: boolean;
}

/** The row's area: its code (or the nation's when the table has no area dimension), and its label. */
function rowArea(r: CsvRecord, t: TableShape, state: RowState, report: Report): { areaCode?: string; areaLabel?: string } {
  const area = t.area;
  if (!area) return { areaCode: t.pivotKind === 'area' ? undefined : NATIONAL_CODE };
  const areaLabel = cell(r, area.nameIdx) || undefined;
  let rawCode = cell(r, area.codeIdx);
  if (!rawCode && areaLabel) rawCode = splitEstatLabel(areaLabel).code ?? /^(\d{5,6})[\s\u3000]/.exec(areaLabel)?.[1] ?? '';
  if (!rawCode) {
    if (area.codeIdx === undefined) {
      if (!state.areaCodeMissing)
        report('missing_area_code', `地域「${areaLabel ?? ''}」の団体コードがありません（e-Stat のダウンロード画面で「コードの出力」を「出力する」にしてください）`);
      state.areaCodeMissing = true;
    } else report('missing_value', '地域のコードが空です');
    return { areaLabel };
  }
  let c = state.areaCache.get(rawCode);
  if (c === undefined) {
    try {
      c = normalizeLocalGovCode(rawCode);
    } catch (e) {
      if (!(e instanceof LocalGovCodeError)) throw e;
      c = e;
    }
    state.areaCache.set(rawCode, c);
  }
  if (typeof c === 'string') return { areaCode: c, areaLabel };
  report('invalid_code', `地域「${areaLabel ?? rawCode}」: ${c.message}`);
  return { areaLabel };
}

/** The row's period, from the time code or its label. */
function rowPeriod(r: CsvRecord, t: TableShape, state: RowState, report: Report): Period | undefined {
  if (!t.time) return undefined;
  const code = cell(r, t.time.codeIdx);
  const label = cell(r, t.time.nameIdx);
  const key = `${code}\u0000${label}`;
  let p = state.periodCache.get(key);
  if (p === undefined) {
    p = (code ? parseEstatTimeCode(code) : null) ?? (label ? tryParsePeriod(splitEstatLabel(label).name) : null) ?? (code && !label ? tryParsePeriod(code) : null);
    state.periodCache.set(key, p);
  }
  if (p) return p;
  report('invalid_period', `時間軸「${label || code}」を期間として解釈できません（例: 2020年, 2020年度, 2020年10月）`);
  return undefined;
}

/** Reads the rows under the header into values (indicatorCode = the item key) and the items seen. */
function readRows(rows: CsvRecord[], t: TableShape, file: string, issues: Issues): { items: EstatItem[]; values: EstatTable['values'] } {
  const { header, layout, itemDims } = t;
  const items = new Map<string, EstatItem>();
  const values: EstatTable['values'] = [];
  const state: RowState = { periodCache: new Map(), areaCache: new Map(), areaCodeMissing: false };
  for (const r of rows) {
    if (issues.full) break;
    const nonEmpty = r.cells.filter((c) => c.trim() !== '');
    if (nonEmpty.length === 0) continue;
    if (r.cells.length !== header.length) {
      // Footnotes under the table (「注）…」) are one text cell; anything else is a broken row.
      if (nonEmpty.length === 1 && !/^[0-9０-９"]/.test(nonEmpty[0]!.trim())) continue;
      issues.add({
        line: r.line,
        code: 'column_count',
        reason: `列の数（${r.cells.length}）が見出し行（${header.length}）と一致しません（ファイルが途中で切れているか、区切り文字が違う可能性があります）`,
      });
      continue;
    }
    const before = issues.issues.length;
    const at =
      (column: string): Report =>
      (code, reason) =>
        issues.add({ line: r.line, column, code, reason });
    const { areaCode, areaLabel } = rowArea(r, t, state, at(t.areaColumn));
    const period = rowPeriod(r, t, state, at(t.periodColumn));
    // item dimensions of the row
    const parts: EstatPart[] = itemDims.map((d) => {
      const label = cell(r, d.nameIdx);
      const code = cell(r, d.codeIdx);
      return { dim: d.name, code: code || splitEstatLabel(label).code, label: label || code };
    });
    const rowUnit = t.unitIdx >= 0 ? cell(r, t.unitIdx) || null : null;
    const annotation = t.annotationIdx >= 0 ? annotationFlag(cell(r, t.annotationIdx)) : null;
    if (issues.issues.length > before) continue;

    for (const col of t.cols) {
      const raw = r.cells[col.idx] ?? '';
      const valueColumn = layout === 'wide' ? col.label : header[col.idx]!;
      const v = readStatValue(raw, at(valueColumn));
      if (v === undefined || v === 'empty') continue;
      const allParts = col.part ? [...parts, col.part] : parts;
      const key = allParts.map((p) => `${p.dim}=${p.code ?? p.label}`).join('\u0001');
      let item = items.get(key);
      if (!item) {
        const unit = allParts.map((p) => splitEstatLabel(p.label).unit).find((u) => u !== null) ?? col.unit ?? rowUnit;
        item = {
          key,
          parts: allParts,
          unit,
          line: r.line,
          column: layout === 'wide' && col.part ? col.label : itemDims[0] ? header[itemDims[0].nameIdx ?? itemDims[0].codeIdx!]! : valueColumn,
        };
        items.set(key, item);
      }
      const aCode = col.areaCode ?? areaCode;
      const per = col.period ?? period;
      if (!aCode || !per) continue;
      const flag = v.value === null ? v.flag : annotation;
      if (values.length >= MAX_STATISTICS_IMPORT_ROWS) refuseTooManyValues(file, values.length + 1, { line: r.line, column: valueColumn });
      values.push({ areaCode: aCode, indicatorCode: key, period: per, value: v.value, flag, line: r.line, areaLabel });
    }
  }
  return { items: [...items.values()], values };
}

export function readEstatCsv(text: string, file: string): EstatTable {
  return readEstatRecords(readCsvRecords(text, file), file);
}

/** The same, from records already parsed (format detection reads them once). */
export function readEstatRecords(records: CsvRecord[], file: string): EstatTable {
  if (records.length === 0) throw InputError.single({ file, code: 'empty_file', reason: 'ファイルが空です' });
  const hIdx = records.findIndex(isHeaderRecord);
  const { raw, meta } = readMeta(records.slice(0, hIdx < 0 ? records.length : hIdx));
  if (hIdx < 0) {
    const apiError = raw.ERROR_MSG ? `（e-Stat のエラー: ${raw.ERROR_MSG}）` : '';
    throw InputError.single({
      file,
      line: 1,
      code: 'no_header',
      reason: `e-Stat の統計表の見出し行（「/項目」のような「/」で始まる列、または「value」「値」の列がある行）が見つかりません${apiError}。tidy 形式（area_code, period, indicator, value）なら見出しを確認してください`,
    });
  }
  const issues = collector(file);
  const shape = readShape(records, hIdx, issues);
  if (issues.issues.length > 0) throw new InputError(issues.issues);
  const { items, values } = readRows(records.slice(hIdx + 1), shape, file, issues);
  if (issues.issues.length > 0) throw new InputError(issues.issues);
  if (values.length === 0) throw InputError.single({ file, line: shape.headerLine, code: 'no_rows', reason: `値のある行がありません（数値、または ${MARKER_HINT}）` });
  return { file, layout: shape.layout, meta, items, values, columns: { area: shape.areaColumn, period: shape.periodColumn } };
}
