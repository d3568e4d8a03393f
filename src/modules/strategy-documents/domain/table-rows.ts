/**
 * KPI tables: a header row naming the indicator, baseline and target columns (in any order, with
 * the period in the header 「基準値（令和5年度）」, in its own column 「目標年度」 or in the cell), then one
 * row per KPI. PDF rows lose their empty cells, so a PDF cell goes to the column whose left edge
 * is nearest (the rows and their wrapped lines are put together in table-block.ts).
 */
import type { DocumentLine } from './document-lines.ts';
import { foundKpi, type FoundKpi } from './found-kpi.ts';
import { directionOfWords, findPeriods, type WordDirection } from './quantities.ts';
import { readingOf } from './reading-text.ts';
import { readSide } from './statement.ts';

export type Role = 'name' | 'baseline' | 'target' | 'baselinePeriod' | 'targetPeriod' | 'unit' | 'direction' | 'other';

export interface TableHeader {
  roles: Role[];
  /** each column's left edge (PDF), for rows that lost empty cells */
  left: number[] | null;
  baselinePeriod: string | null;
  targetPeriod: string | null;
}

function roleOf(cell: string): Role {
  const c = readingOf(cell).replace(/\s+/g, '');
  if (/^(?:基準|策定|現状)(?:年度?|時期|時点)$/.test(c)) return 'baselinePeriod';
  if (/^(?:目標|達成)(?:年度?|時期|時点)$/.test(c)) return 'targetPeriod';
  if (/^単位/.test(c)) return 'unit';
  if (/^(?:方向性?|増減)$/.test(c)) return 'direction';
  if (/基準値|現状値|現況値|策定時|^基準|^現状|^現況/.test(c)) return 'baseline';
  if (/目標値|^目標(?!指標)|^数値目標$/.test(c)) return 'target';
  if (/指標|KPI|項目|名称|目標指標/.test(c)) return 'name';
  return 'other';
}

/** The header of a KPI table, or null when the row is not one. */
export function tableHeader(line: DocumentLine): TableHeader | null {
  const cells = line.cells;
  if (!cells || cells.length < 2) return null;
  const roles = cells.map(roleOf);
  if (!roles.includes('name') || !(roles.includes('baseline') || roles.includes('target'))) return null;
  const periodIn = (role: Role) => {
    const i = roles.indexOf(role);
    return i < 0 ? null : (findPeriods(readingOf(cells[i]!))[0]?.label ?? null);
  };
  return { roles, left: line.box?.left ?? null, baselinePeriod: periodIn('baseline'), targetPeriod: periodIn('target') };
}

/** Each cell's column: by position in a PDF row that lost cells, else by order. */
export function columnsOf(line: DocumentLine, header: TableHeader): Map<Role, string> {
  const cells = line.cells ?? [line.text];
  const out = new Map<Role, string>();
  const put = (role: Role | undefined, text: string) => {
    if (!role || role === 'other') return;
    out.set(role, out.has(role) ? `${out.get(role)} ${text}` : text);
  };
  if (header.left && line.box && cells.length !== header.roles.length) {
    const left = header.left;
    cells.forEach((c, i) => {
      const x = line.box!.left[i] ?? 0;
      let col = 0;
      for (let j = 0; j < left.length; j++) if (left[j]! <= x + 2) col = j;
      put(header.roles[col], c);
    });
  } else {
    cells.forEach((c, i) => {
      put(header.roles[i], c);
    });
  }
  return out;
}

const DIRECTION_CELL: Record<string, WordDirection> = { '↑': 'increase', '↗': 'increase', '↓': 'decrease', '↘': 'decrease', '→': 'maintain' };

/** Whether the row's columns hold a baseline or a target (a figure or a target in words). */
export function hasFigures(cols: ReadonlyMap<Role, string>): boolean {
  const side = (role: Role) => {
    const t = cols.get(role);
    return t ? readSide(readingOf(t)) !== null : false;
  };
  return side('baseline') || side('target');
}

/** One table row (its columns, wrapped parts already joined) as a KPI; null without a name or figures. */
export function tableRowKpi(cols: ReadonlyMap<Role, string>, at: DocumentLine, header: TableHeader, span: number): FoundKpi | null {
  const baseText = [cols.get('baseline'), cols.get('baselinePeriod') && `（${cols.get('baselinePeriod')}）`].filter(Boolean).join('');
  const targetText = [cols.get('target'), cols.get('targetPeriod') && `（${cols.get('targetPeriod')}）`].filter(Boolean).join('');
  const baseline = baseText ? readSide(readingOf(baseText)) : null;
  const target = targetText ? readSide(readingOf(targetText)) : null;
  if (!baseline && !target) return null;
  const dir = cols.get('direction')?.trim();
  const direction = dir ? (DIRECTION_CELL[dir] ?? directionOfWords(readingOf(dir))) : null;
  return foundKpi({
    name: cols.get('name') ?? '',
    statement: { baseline, target },
    at,
    layout: 'table',
    span,
    defaultBaselinePeriod: header.baselinePeriod,
    defaultTargetPeriod: header.targetPeriod,
    unit:
      cols
        .get('unit')
        ?.replace(/^[(（]|[)）]$/g, '')
        .trim() || null,
    direction,
  });
}

/** A row that only completes the header: 「（令和5年度）」 under 「基準値」 when the header cell wrapped. */
export function headerPeriods(line: DocumentLine, header: TableHeader): TableHeader | null {
  const cells = line.cells ?? [line.text];
  const periods = cells.map((c) => findPeriods(readingOf(c))[0]);
  if (periods.some((p) => !p) || cells.some((c) => /\d[\d,]*\s*[^\d\s年度()（）]/.test(readingOf(c).replace(/\d{4}|令和\d+|平成\d+/g, '')))) return null;
  const cols = columnsOf(line, header);
  const of = (role: Role) => {
    const t = cols.get(role);
    return t ? (findPeriods(readingOf(t))[0]?.label ?? null) : null;
  };
  return { ...header, baselinePeriod: of('baseline') ?? header.baselinePeriod, targetPeriod: of('target') ?? header.targetPeriod };
}
