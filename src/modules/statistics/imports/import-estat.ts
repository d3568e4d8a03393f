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
 * Reading is pure; which indicator an item feeds is decided by `resolveEstatItems` (exact code or
 * name of an existing indicator, an explicit mapping, or one new indicator for a one-item table).
 */
import { InputError } from '../../../shared/errors.ts';
import { LocalGovCodeError, NATIONAL_CODE, normalizeLocalGovCode } from '../../../shared/local-gov-code.ts';
import { toHalfWidth } from '../../../shared/normalize-text.ts';
import { tryParsePeriod, type Period } from '../../../shared/periods.ts';
import { readCsvRecords, type CsvRecord } from '../../../shared/tabular.ts';
import { MAX_STATISTICS_IMPORT_ROWS } from '../../../shared/input-limits.ts';
import { checkIndicatorDef, collector, MARKER_HINT, readStatValue, refuseTooManyValues, type IndicatorInput, type ParsedStatistics, type ParsedValue } from './import-common.ts';
import type { ValueFlag } from '../schema.ts';
import type { IndicatorDef } from '../store/indicator-store.ts';

type Kind = 'area' | 'time' | 'item';

interface Dimension {
  name: string;
  kind: Kind;
  codeIdx?: number;
  nameIdx?: number;
}

export interface EstatPart {
  dim: string;
  code: string | null;
  label: string;
}

export interface EstatItem {
  /** stable key of the combination of item dimensions */
  key: string;
  parts: EstatPart[];
  /** from 【単位】 in a label or the unit column */
  unit: string | null;
  /** where it first occurs */
  line: number;
  column: string;
}

export interface EstatTable {
  file: string;
  layout: 'wide' | 'long';
  meta: { statName?: string; title?: string; tableId?: string; surveyDate?: string };
  items: EstatItem[];
  /** indicatorCode holds the item key until resolveEstatItems maps it */
  values: Array<ParsedValue & { areaLabel?: string }>;
  columns: { area: string; period: string };
}

const AREA_NAME = /地域|全国|都道府県|市区町村|市町村|市部|団体/;
const TIME_NAME = /^時間軸|^調査年|^年次|^年度|^年[\s\u3000]*期|^時点|^期間|^調査時点/;
const VALUE_HEADERS = new Set(['value', '値']);
const UNIT_HEADERS = new Set(['unit', '単位']);
const ANNOTATION_HEADERS = new Set(['annotation', '注釈', '注釈記号']);

const norm = (s: string | undefined) => toHalfWidth(s ?? '').trim();
const lower = (s: string | undefined) => norm(s).toLowerCase();

function isPivot(cell: string): boolean {
  const t = norm(cell);
  return t.startsWith('/') && t.length > 1 && !/(補助)?コード$/.test(t);
}

function isHeaderRecord(r: CsvRecord): boolean {
  if (r.cells.filter((c) => c.trim() !== '').length < 3) return false;
  return r.cells.some(isPivot) || r.cells.some((c) => VALUE_HEADERS.has(lower(c)));
}

/** 「A1101_総人口【人】」 → code A1101, name 総人口, unit 人; 「01100_札幌市」 → code 01100. */
export function splitEstatLabel(label: string): { code: string | null; name: string; unit: string | null } {
  let rest = label.trim();
  let code: string | null = null;
  const m = /^([A-Za-z0-9]+)_(.+)$/.exec(rest);
  if (m) {
    code = m[1]!;
    rest = m[2]!;
  }
  let unit: string | null = null;
  const u = /[【\[]([^】\]]+)[】\]]\s*$/.exec(rest);
  if (u) {
    unit = u[1]!.trim();
    rest = rest.slice(0, u.index).trim();
  }
  return { code, name: rest, unit };
}

/** e-Stat's 10-digit time code → period; null when it is not one of year / fiscal year / month. */
export function parseEstatTimeCode(code: string): Period | null {
  const c = norm(code);
  if (!/^\d{10}$/.test(c)) return null;
  const year = c.slice(0, 4);
  const kind = c.slice(4, 6);
  const from = c.slice(6, 8);
  const to = c.slice(8, 10);
  if (from === '00' && to === '00') {
    if (kind === '00') return tryParsePeriod(year);
    if (kind === '10') return tryParsePeriod(`FY${year}`);
    return null;
  }
  if (kind === '00' && from === to && Number(from) >= 1 && Number(from) <= 12) return tryParsePeriod(`${year}-${from}`);
  return null;
}

/** Flag hinted by an annotation (注釈) cell: 速報 / 推計, or a marker when the value is blank. */
function annotationFlag(annotation: string): ValueFlag | null {
  const a = norm(annotation);
  if (a === '') return null;
  if (/速報|^p$/i.test(a)) return 'preliminary';
  if (/推計|推定|^e$/i.test(a)) return 'estimate';
  return null;
}

export function readEstatCsv(text: string, file: string): EstatTable {
  return readEstatRecords(readCsvRecords(text, file), file);
}

/** The same, from records already parsed (format detection reads them once). */
export function readEstatRecords(records: CsvRecord[], file: string): EstatTable {
  if (records.length === 0) throw InputError.single({ file, code: 'empty_file', reason: 'ファイルが空です' });
  const hIdx = records.findIndex(isHeaderRecord);

  // --- metadata above the table ---------------------------------------------------------------
  const raw: Record<string, string> = {};
  for (const r of records.slice(0, hIdx < 0 ? records.length : hIdx)) {
    const key = norm(r.cells[0]).replace(/[：:]$/, '');
    const value = [...r.cells.slice(1)].reverse().find((c) => c.trim() !== '');
    if (key && value !== undefined) raw[key] = value.trim();
  }
  const meta = {
    statName: raw['統計名'] ?? raw.STATISTICS_NAME ?? raw.STAT_NAME,
    title: raw['表題'] ?? raw.TITLE,
    tableId: raw['統計表ID'] ?? raw.TABLE_INF,
    surveyDate: raw['調査年月'] ?? raw.SURVEY_DATE,
  };
  if (hIdx < 0) {
    const apiError = raw.ERROR_MSG ? `（e-Stat のエラー: ${raw.ERROR_MSG}）` : '';
    throw InputError.single({
      file, line: 1, code: 'no_header',
      reason: `e-Stat の統計表の見出し行（「/項目」のような「/」で始まる列、または「value」「値」の列がある行）が見つかりません${apiError}。tidy 形式（area_code, period, indicator, value）なら見出しを確認してください`,
    });
  }
  const headerRecord = records[hIdx]!;
  const header = headerRecord.cells.map((c) => c.trim());
  const headerLine = headerRecord.line;
  const issues = collector(file);

  // --- columns ----------------------------------------------------------------------------------
  const pivotIdx = header.findIndex(isPivot);
  const layout: 'wide' | 'long' = pivotIdx >= 0 ? 'wide' : 'long';
  const valueIdx = layout === 'long' ? header.findIndex((h) => VALUE_HEADERS.has(lower(h))) : -1;
  const unitIdx = header.findIndex((h, i) => UNIT_HEADERS.has(lower(h)) && (layout === 'long' || i < pivotIdx));
  const annotationIdx = header.findIndex((h, i) => ANNOTATION_HEADERS.has(lower(h)) && (layout === 'long' || i < pivotIdx));
  const dimEnd = layout === 'wide' ? pivotIdx : header.length;
  const skip = new Set([valueIdx, unitIdx, annotationIdx]);

  const dims: Dimension[] = [];
  const used = new Set<number>();
  const kindOf = (name: string, apiPrefix?: string): Kind => {
    if (apiPrefix === 'area') return 'area';
    if (apiPrefix === 'time') return 'time';
    if (apiPrefix) return 'item';
    if (TIME_NAME.test(name)) return 'time';
    if (AREA_NAME.test(name)) return 'area';
    return 'item';
  };
  for (let i = 0; i < dimEnd; i++) {
    if (skip.has(i) || used.has(i)) continue;
    const h = header[i]!;
    if (h === '' || /補助コード$/.test(h)) continue;
    const api = /^([A-Za-z0-9]+)_code$/i.exec(h);
    if (api && i + 1 < dimEnd && !/_code$/i.test(header[i + 1]!)) {
      used.add(i).add(i + 1);
      dims.push({ name: header[i + 1]!, kind: kindOf(header[i + 1]!, api[1]!.toLowerCase().replace(/\d+$/, '')), codeIdx: i, nameIdx: i + 1 });
      continue;
    }
    const code = /^(.+?)[\s\u3000]*コード$/.exec(h);
    if (code) {
      const name = code[1]!;
      const nameIdx = header.findIndex((x, j) => j < dimEnd && j !== i && x === name);
      used.add(i);
      if (nameIdx >= 0) used.add(nameIdx);
      dims.push({ name, kind: kindOf(name), codeIdx: i, nameIdx: nameIdx >= 0 ? nameIdx : undefined });
      continue;
    }
    used.add(i);
    dims.push({ name: h, kind: kindOf(h), nameIdx: i });
  }
  // The first area-like and the first time-like dimension are the keys; any others are items.
  const area = dims.find((d) => d.kind === 'area');
  const time = dims.find((d) => d.kind === 'time');
  for (const d of dims) if (d.kind !== 'item' && d !== area && d !== time) d.kind = 'item';
  const itemDims = dims.filter((d) => d.kind === 'item');

  // The pivot dimension: its items are the value columns (codes maybe on a row above the header).
  const pivotName = layout === 'wide' ? header[pivotIdx]!.replace(/^[/／]/, '').trim() : '';
  const pivotKind: Kind | null = layout === 'wide' ? (area && time ? 'item' : !time && TIME_NAME.test(pivotName) ? 'time' : !area && AREA_NAME.test(pivotName) ? 'area' : 'item') : null;
  const codeRow = layout === 'wide' ? records.slice(0, hIdx).find((r) => /^(.+?)[\s\u3000]*コード$/.test(norm(r.cells[pivotIdx])) && !/補助コード$/.test(norm(r.cells[pivotIdx]))) : undefined;
  const columns = layout === 'wide' ? header.map((_, j) => j).filter((j) => j > pivotIdx && header[j] !== '') : [valueIdx];

  if (layout === 'long' && valueIdx < 0) issues.add({ line: headerLine, code: 'missing_column', reason: '値の列（「value」または「値」）がありません' });
  if (!time && pivotKind !== 'time') issues.add({ line: headerLine, code: 'missing_column', reason: '時間軸の列（「時間軸（年次）」「調査年」など）がありません。期間が分からないため取り込めません' });
  const areaColumn = area ? header[area.codeIdx ?? area.nameIdx!]! : pivotKind === 'area' ? pivotName : '（地域）';
  const periodColumn = time ? header[time.codeIdx ?? time.nameIdx!]! : pivotKind === 'time' ? pivotName : '（時間軸）';

  // Pivot columns are checked once, at the header.
  interface Col { idx: number; label: string; part?: EstatPart; period?: Period; areaCode?: string; unit: string | null }
  const cols: Col[] = [];
  for (const j of columns) {
    const label = header[j]!;
    const split = splitEstatLabel(label);
    const code = codeRow ? norm(codeRow.cells[j]) || null : split.code;
    const col: Col = { idx: j, label, unit: split.unit };
    if (layout === 'wide' && pivotKind === 'time') {
      const p = (code ? parseEstatTimeCode(code) : null) ?? tryParsePeriod(split.name);
      if (!p) issues.add({ line: headerLine, column: label, code: 'invalid_period', reason: `時間軸「${label}」を期間として解釈できません（例: 2020年, 2020年度, 2020年10月）。期間でない列は e-Stat の画面で外してからダウンロードしてください` });
      else col.period = p;
    } else if (layout === 'wide' && pivotKind === 'area') {
      try {
        col.areaCode = normalizeLocalGovCode(code ?? split.code ?? '');
      } catch {
        issues.add({ line: headerLine, column: label, code: 'invalid_code', reason: `地域「${label}」の団体コードが分かりません` });
      }
    } else if (layout === 'wide') {
      col.part = { dim: pivotName, code, label };
    }
    cols.push(col);
  }
  if (issues.issues.length > 0) throw new InputError(issues.issues);

  // --- rows -----------------------------------------------------------------------------------
  const items = new Map<string, EstatItem>();
  const periodCache = new Map<string, Period | null>();
  const areaCache = new Map<string, string | LocalGovCodeError>();
  const values: EstatTable['values'] = [];
  const cell = (r: CsvRecord, i: number | undefined) => (i === undefined ? '' : (r.cells[i] ?? '').trim());
  let areaCodeMissing = false;

  for (const r of records.slice(hIdx + 1)) {
    if (issues.full) break;
    const nonEmpty = r.cells.filter((c) => c.trim() !== '');
    if (nonEmpty.length === 0) continue;
    if (r.cells.length !== header.length) {
      // Footnotes under the table (「注）…」) are one text cell; anything else is a broken row.
      if (nonEmpty.length === 1 && !/^[0-9０-９"]/.test(nonEmpty[0]!.trim())) continue;
      issues.add({ line: r.line, code: 'column_count', reason: `列の数（${r.cells.length}）が見出し行（${header.length}）と一致しません（ファイルが途中で切れているか、区切り文字が違う可能性があります）` });
      continue;
    }
    const before = issues.issues.length;
    const at = (column: string) => (code: string, reason: string) => issues.add({ line: r.line, column, code, reason });

    // area
    let areaCode: string | undefined = area ? undefined : pivotKind === 'area' ? undefined : NATIONAL_CODE;
    let areaLabel: string | undefined;
    if (area) {
      areaLabel = cell(r, area.nameIdx) || undefined;
      let rawCode = cell(r, area.codeIdx);
      if (!rawCode && areaLabel) rawCode = splitEstatLabel(areaLabel).code ?? (/^(\d{5,6})[\s\u3000]/.exec(areaLabel)?.[1] ?? '');
      if (!rawCode) {
        if (area.codeIdx === undefined) {
          if (!areaCodeMissing) at(areaColumn)('missing_area_code', `地域「${areaLabel ?? ''}」の団体コードがありません（e-Stat のダウンロード画面で「コードの出力」を「出力する」にしてください）`);
          areaCodeMissing = true;
        } else at(areaColumn)('missing_value', '地域のコードが空です');
      } else {
        let c = areaCache.get(rawCode);
        if (c === undefined) {
          try {
            c = normalizeLocalGovCode(rawCode);
          } catch (e) {
            if (!(e instanceof LocalGovCodeError)) throw e;
            c = e;
          }
          areaCache.set(rawCode, c);
        }
        if (typeof c === 'string') areaCode = c;
        else at(areaColumn)('invalid_code', `地域「${areaLabel ?? rawCode}」: ${c.message}`);
      }
    }

    // period
    let period: Period | undefined;
    if (time) {
      const code = cell(r, time.codeIdx);
      const label = cell(r, time.nameIdx);
      const key = `${code}\u0000${label}`;
      let p = periodCache.get(key);
      if (p === undefined) {
        p = (code ? parseEstatTimeCode(code) : null) ?? (label ? tryParsePeriod(splitEstatLabel(label).name) : null) ?? (code && !label ? tryParsePeriod(code) : null);
        periodCache.set(key, p);
      }
      if (p) period = p;
      else at(periodColumn)('invalid_period', `時間軸「${label || code}」を期間として解釈できません（例: 2020年, 2020年度, 2020年10月）`);
    }

    // item dimensions of the row
    const parts: EstatPart[] = itemDims.map((d) => {
      const label = cell(r, d.nameIdx);
      const code = cell(r, d.codeIdx);
      return { dim: d.name, code: code || splitEstatLabel(label).code, label: label || code };
    });
    const rowUnit = unitIdx >= 0 ? cell(r, unitIdx) || null : null;
    const annotation = annotationIdx >= 0 ? annotationFlag(cell(r, annotationIdx)) : null;
    if (issues.issues.length > before) continue;

    for (const col of cols) {
      const raw = r.cells[col.idx] ?? '';
      const valueColumn = layout === 'wide' ? col.label : header[col.idx]!;
      const v = readStatValue(raw, at(valueColumn));
      if (v === undefined || v === 'empty') continue;
      const allParts = col.part ? [...parts, col.part] : parts;
      const key = allParts.map((p) => `${p.dim}=${p.code ?? p.label}`).join('\u0001');
      let item = items.get(key);
      if (!item) {
        const unit = allParts.map((p) => splitEstatLabel(p.label).unit).find((u) => u !== null) ?? col.unit ?? rowUnit;
        item = { key, parts: allParts, unit, line: r.line, column: layout === 'wide' && col.part ? col.label : itemDims[0] ? header[itemDims[0].nameIdx ?? itemDims[0].codeIdx!]! : valueColumn };
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
  if (issues.issues.length > 0) throw new InputError(issues.issues);
  if (values.length === 0) throw InputError.single({ file, line: headerLine, code: 'no_rows', reason: `値のある行がありません（数値、または ${MARKER_HINT}）` });
  return { file, layout, meta, items: [...items.values()], values, columns: { area: areaColumn, period: periodColumn } };
}

/** An item as people read it: the parts that tell items apart (all parts when only one item). */
function itemLabels(items: EstatItem[]): Map<string, { display: string; candidates: string[] }> {
  const varying = new Set<number>();
  if (items.length > 1) {
    const n = items[0]?.parts.length ?? 0;
    for (let k = 0; k < n; k++) if (new Set(items.map((i) => i.parts[k]?.code ?? i.parts[k]?.label)).size > 1) varying.add(k);
  }
  const out = new Map<string, { display: string; candidates: string[] }>();
  for (const item of items) {
    const parts = item.parts.filter((_, k) => items.length === 1 || varying.has(k));
    const shown = parts.length > 0 ? parts : item.parts;
    const names = shown.map((p) => splitEstatLabel(p.label).name);
    const display = names.join('・') || '（項目なし）';
    const candidates = new Set<string>([item.key, display]);
    for (const p of shown) {
      if (p.code) candidates.add(p.code);
      candidates.add(p.label);
      candidates.add(splitEstatLabel(p.label).name);
    }
    out.set(item.key, { display, candidates: [...candidates] });
  }
  return out;
}

export interface EstatResolveOptions {
  /** one indicator for a table with one item: an existing code, or a full new definition */
  indicator?: IndicatorInput;
  /** item (code, label or name as shown in the table) → indicator code; items not named are left out */
  items?: Record<string, string>;
}

export interface CatalogEntry {
  code: string;
  nameJa: string;
  unit: string;
}

const sameUnit = (a: string, b: string) => norm(a).replace(/％/g, '%') === norm(b).replace(/％/g, '%');

/**
 * Decides which indicator each item of the table feeds, and checks units. Returns the values
 * with indicator codes, the new definition (if any) and the items left out.
 */
export function resolveEstatItems(table: EstatTable, catalog: ReadonlyMap<string, CatalogEntry>, opts: EstatResolveOptions = {}): ParsedStatistics {
  const issues = collector(table.file);
  const labels = itemLabels(table.items);
  const byItem = new Map<string, string>();
  const skipped: string[] = [];
  const indicators: IndicatorDef[] = [];
  const byName = new Map<string, string[]>();
  for (const e of catalog.values()) byName.set(e.nameJa, [...(byName.get(e.nameJa) ?? []), e.code]);
  const lowerCodes = new Map([...catalog.keys()].map((c) => [c.toLowerCase(), c]));
  const defined = new Map<string, { unit: string }>();

  if (opts.indicator) {
    if (table.items.length > 1) {
      const shown = table.items.slice(0, 10).map((i) => `「${labels.get(i.key)!.display}」`).join('');
      issues.add({ line: table.items[1]!.line, column: table.items[1]!.column, code: 'multiple_items', reason: `この表には項目が${table.items.length}つあります（${shown}${table.items.length > 10 ? '…' : ''}）。1つの指標（--indicator）に取り込めるのは項目が1つの表だけです。項目ごとに指標を対応づけてください（--map 項目=指標コード）` });
    } else {
      const item = table.items[0]!;
      const known = catalog.get(opts.indicator.code);
      if (known) byItem.set(item.key, known.code);
      else {
        // 表章項目 names what is counted (「人口」「事業所数」); other dimensions qualify it.
        const split = splitEstatLabel((item.parts.find((p) => p.dim === '表章項目') ?? item.parts.at(-1))?.label ?? '');
        const title = [table.meta.statName, table.meta.title ? `「${table.meta.title}」` : ''].filter(Boolean).join(' ');
        const def = checkIndicatorDef(
          {
            ...opts.indicator,
            nameJa: opts.indicator.nameJa ?? (split.name || null),
            unit: opts.indicator.unit ?? item.unit,
            source: opts.indicator.source ?? (title ? `${title}（政府統計の総合窓口 e-Stat）を加工して作成` : '政府統計の総合窓口（e-Stat）のデータを加工して作成'),
            licence: opts.indicator.licence ?? '政府標準利用規約（第2.0版）準拠・CC BY 4.0 互換',
          },
          (column, code, reason) => issues.add({ column: `--${column === 'name_ja' ? 'name' : column}`, code, reason }),
        );
        if (def) {
          indicators.push(def);
          defined.set(def.code, def);
          byItem.set(item.key, def.code);
        }
      }
    }
  } else {
    const mapping = new Map(Object.entries(opts.items ?? {}).map(([k, v]) => [norm(k), norm(v)]));
    const usedKeys = new Set<string>();
    for (const item of table.items) {
      const { display, candidates } = labels.get(item.key)!;
      let code: string | undefined;
      if (mapping.size > 0) {
        const hit = candidates.map(norm).find((c) => mapping.has(c));
        if (hit === undefined) {
          skipped.push(display);
          continue;
        }
        usedKeys.add(hit);
        code = mapping.get(hit)!;
        if (!catalog.has(code)) {
          issues.add({ line: item.line, column: item.column, code: 'unknown_indicator', reason: `項目「${display}」の対応先の指標「${code}」は登録されていません` });
          continue;
        }
      } else {
        for (const c of candidates) {
          const exact = catalog.get(c) ?? catalog.get(lowerCodes.get(c.toLowerCase()) ?? '');
          if (exact) {
            code = exact.code;
            break;
          }
          const named = byName.get(c);
          if (named?.length === 1) {
            code = named[0];
            break;
          }
        }
        if (!code) {
          issues.add({ line: item.line, column: item.column, code: 'unknown_indicator', reason: `項目「${display}」に対応する指標がありません（指標コードか指標名が一致する指標がない）。--indicator で指標を指定するか、--map 「${display}=指標コード」で対応づけてください` });
          continue;
        }
      }
      byItem.set(item.key, code);
    }
    for (const k of mapping.keys()) if (!usedKeys.has(k)) issues.add({ column: '--map', code: 'unknown_item', reason: `対応づけの項目「${k}」はこの表にありません（表の項目: ${[...labels.values()].slice(0, 10).map((l) => `「${l.display}」`).join('')}）` });
  }

  // Units: an item labelled 【千人】 must not go into an indicator counted in 人.
  for (const item of table.items) {
    const code = byItem.get(item.key);
    if (!code || !item.unit) continue;
    const unit = catalog.get(code)?.unit ?? defined.get(code)?.unit;
    if (unit !== undefined && !sameUnit(unit, item.unit)) {
      issues.add({ line: item.line, column: item.column, code: 'unit_mismatch', reason: `項目「${labels.get(item.key)!.display}」の単位「${item.unit}」が指標「${code}」の単位「${unit}」と違います` });
    }
  }
  if (issues.issues.length > 0) throw new InputError(issues.issues);

  const values: ParsedValue[] = [];
  for (const v of table.values) {
    const code = byItem.get(v.indicatorCode);
    if (code) values.push({ ...v, indicatorCode: code });
  }
  if (values.length === 0) throw InputError.single({ file: table.file, code: 'no_rows', reason: '取り込む値がありません（--map で選んだ項目に値がありません）' });
  const meta = Object.fromEntries(Object.entries(table.meta).filter(([, v]) => v !== undefined)) as Record<string, string>;
  return { format: 'estat', file: table.file, indicators, values, columns: { area: table.columns.area, indicator: '項目', period: table.columns.period }, skippedItems: skipped, meta };
}
