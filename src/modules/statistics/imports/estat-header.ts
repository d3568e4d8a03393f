/**
 * The header of an e-Stat table (estat-table.ts describes the layouts): the metadata lines above
 * it, the header row (and an item-code row above it), and what they say about the table —
 * wide or long, which columns are the area, time and item dimensions, and the value columns.
 */
import { normalizeLocalGovCode } from '../../../shared/local-gov-code.ts';
import { tryParsePeriod, type Period } from '../../../shared/periods.ts';
import type { CsvRecord } from '../../../shared/tabular.ts';
import { norm, parseEstatTimeCode, splitEstatLabel } from './estat-labels.ts';
import type { EstatPart, EstatTable } from './estat-types.ts';
import type { collector } from './import-common.ts';

type Kind = 'area' | 'time' | 'item';

interface Dimension {
  name: string;
  kind: Kind;
  codeIdx?: number;
  nameIdx?: number;
}

const AREA_NAME = /地域|全国|都道府県|市区町村|市町村|市部|団体/;
const TIME_NAME = /^時間軸|^調査年|^年次|^年度|^年[\s\u3000]*期|^時点|^期間|^調査時点/;
const VALUE_HEADERS = new Set(['value', '値']);
const UNIT_HEADERS = new Set(['unit', '単位']);
const ANNOTATION_HEADERS = new Set(['annotation', '注釈', '注釈記号']);

const lower = (s: string | undefined) => norm(s).toLowerCase();

function isPivot(cell: string): boolean {
  const t = norm(cell);
  return t.startsWith('/') && t.length > 1 && !/(補助)?コード$/.test(t);
}

export function isHeaderRecord(r: CsvRecord): boolean {
  if (r.cells.filter((c) => c.trim() !== '').length < 3) return false;
  return r.cells.some(isPivot) || r.cells.some((c) => VALUE_HEADERS.has(lower(c)));
}

export type Issues = ReturnType<typeof collector>;

/** The metadata lines above the table (「"統計名：","…"」, the API's STATISTICS_NAME …). */
export function readMeta(above: CsvRecord[]): { raw: Record<string, string>; meta: EstatTable['meta'] } {
  const raw: Record<string, string> = {};
  for (const r of above) {
    const key = norm(r.cells[0]).replace(/[：:]$/, '');
    const value = [...r.cells.slice(1)].reverse().find((c) => c.trim() !== '');
    if (key && value !== undefined) raw[key] = value.trim();
  }
  const meta = {
    statName: raw.統計名 ?? raw.STATISTICS_NAME ?? raw.STAT_NAME,
    title: raw.表題 ?? raw.TITLE,
    tableId: raw.統計表ID ?? raw.TABLE_INF,
    surveyDate: raw.調査年月 ?? raw.SURVEY_DATE,
  };
  return { raw, meta };
}

const kindOf = (name: string, apiPrefix?: string): Kind => {
  if (apiPrefix === 'area') return 'area';
  if (apiPrefix === 'time') return 'time';
  if (apiPrefix) return 'item';
  if (TIME_NAME.test(name)) return 'time';
  if (AREA_NAME.test(name)) return 'area';
  return 'item';
};

/** The dimensions left of the values: 「X コード」+「X」 pairs, the API's `x_code` + name, or a name alone. */
function findDimensions(header: string[], dimEnd: number, skip: ReadonlySet<number>): Dimension[] {
  const dims: Dimension[] = [];
  const used = new Set<number>();
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
  return dims;
}

/** A value column (wide: one per item of the pivot dimension; long: the value column). */
interface ValueColumn {
  idx: number;
  label: string;
  part?: EstatPart;
  period?: Period;
  areaCode?: string;
  unit: string | null;
}

/** What the header says about the table: layout, dimensions, value columns. */
export interface TableShape {
  header: string[];
  headerLine: number;
  layout: 'wide' | 'long';
  pivotKind: Kind | null;
  unitIdx: number;
  annotationIdx: number;
  area?: Dimension;
  time?: Dimension;
  itemDims: Dimension[];
  cols: ValueColumn[];
  areaColumn: string;
  periodColumn: string;
}

/** Pivot columns are checked once, at the header. */
function valueColumns(
  header: string[],
  columns: number[],
  pivot: { layout: 'wide' | 'long'; name: string; kind: Kind | null; codeRow?: CsvRecord },
  headerLine: number,
  issues: Issues,
): ValueColumn[] {
  const cols: ValueColumn[] = [];
  for (const j of columns) {
    const label = header[j]!;
    const split = splitEstatLabel(label);
    const code = pivot.codeRow ? norm(pivot.codeRow.cells[j]) || null : split.code;
    const col: ValueColumn = { idx: j, label, unit: split.unit };
    if (pivot.layout === 'wide' && pivot.kind === 'time') {
      const p = (code ? parseEstatTimeCode(code) : null) ?? tryParsePeriod(split.name);
      if (!p)
        issues.add({
          line: headerLine,
          column: label,
          code: 'invalid_period',
          reason: `時間軸「${label}」を期間として解釈できません（例: 2020年, 2020年度, 2020年10月）。期間でない列は e-Stat の画面で外してからダウンロードしてください`,
        });
      else col.period = p;
    } else if (pivot.layout === 'wide' && pivot.kind === 'area') {
      try {
        col.areaCode = normalizeLocalGovCode(code ?? split.code ?? '');
      } catch {
        issues.add({ line: headerLine, column: label, code: 'invalid_code', reason: `地域「${label}」の団体コードが分かりません` });
      }
    } else if (pivot.layout === 'wide') {
      col.part = { dim: pivot.name, code, label };
    }
    cols.push(col);
  }
  return cols;
}

/** Reads the header row (and a code row above it); problems go to `issues`. */
export function readShape(records: CsvRecord[], hIdx: number, issues: Issues): TableShape {
  const headerRecord = records[hIdx]!;
  const header = headerRecord.cells.map((c) => c.trim());
  const headerLine = headerRecord.line;
  const pivotIdx = header.findIndex(isPivot);
  const layout: 'wide' | 'long' = pivotIdx >= 0 ? 'wide' : 'long';
  const valueIdx = layout === 'long' ? header.findIndex((h) => VALUE_HEADERS.has(lower(h))) : -1;
  const unitIdx = header.findIndex((h, i) => UNIT_HEADERS.has(lower(h)) && (layout === 'long' || i < pivotIdx));
  const annotationIdx = header.findIndex((h, i) => ANNOTATION_HEADERS.has(lower(h)) && (layout === 'long' || i < pivotIdx));
  const dimEnd = layout === 'wide' ? pivotIdx : header.length;
  const dims = findDimensions(header, dimEnd, new Set([valueIdx, unitIdx, annotationIdx]));
  const area = dims.find((d) => d.kind === 'area');
  const time = dims.find((d) => d.kind === 'time');
  const itemDims = dims.filter((d) => d.kind === 'item');

  // The pivot dimension: its items are the value columns (codes maybe on a row above the header).
  const pivotName = layout === 'wide' ? header[pivotIdx]!.replace(/^[/／]/, '').trim() : '';
  const pivotKind: Kind | null =
    layout === 'wide' ? (area && time ? 'item' : !time && TIME_NAME.test(pivotName) ? 'time' : !area && AREA_NAME.test(pivotName) ? 'area' : 'item') : null;
  const codeRow =
    layout === 'wide' ? records.slice(0, hIdx).find((r) => /^(.+?)[\s\u3000]*コード$/.test(norm(r.cells[pivotIdx])) && !/補助コード$/.test(norm(r.cells[pivotIdx]))) : undefined;
  const columns = layout === 'wide' ? header.map((_, j) => j).filter((j) => j > pivotIdx && header[j] !== '') : [valueIdx];

  if (layout === 'long' && valueIdx < 0) issues.add({ line: headerLine, code: 'missing_column', reason: '値の列（「value」または「値」）がありません' });
  if (!time && pivotKind !== 'time')
    issues.add({ line: headerLine, code: 'missing_column', reason: '時間軸の列（「時間軸（年次）」「調査年」など）がありません。期間が分からないため取り込めません' });
  const areaColumn = area ? header[area.codeIdx ?? area.nameIdx!]! : pivotKind === 'area' ? pivotName : '（地域）';
  const periodColumn = time ? header[time.codeIdx ?? time.nameIdx!]! : pivotKind === 'time' ? pivotName : '（時間軸）';
  const cols = valueColumns(header, columns, { layout, name: pivotName, kind: pivotKind, codeRow }, headerLine, issues);
  return { header, headerLine, layout, pivotKind, unitIdx, annotationIdx, area, time, itemDims, cols, areaColumn, periodColumn };
}
