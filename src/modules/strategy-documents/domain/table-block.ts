/**
 * A KPI table as a block of lines: the rows after the header, then the KPIs. In a PDF a cell that
 * wraps gives lines of their own (the name's second line; with cells centred or at the bottom,
 * the first line comes before the figures' line): each such part joins the row whose line is
 * nearest to it on the page, in its own column, above or below. In Word and text every line is a
 * row, and a row without figures (a sub-heading) is left out.
 */
import type { DocumentLine } from './document-lines.ts';
import { WARN, type FoundKpi } from './found-kpi.ts';
import { columnsOf, hasFigures, headerPeriods, tableRowKpi, type Role, type TableHeader } from './table-rows.ts';

/** Lines of one cell are at most this far apart (in line heights); rows are further apart (padding, border). */
const CELL_LINE_GAP = 1.8;

interface Row {
  line: DocumentLine;
  cols: Map<Role, string>;
  above: Part[];
  below: Part[];
}

/** Whether a line continues the table: a row of cells, or (PDF) a part inside the table's columns just below the line before. */
function belongs(line: DocumentLine, prev: DocumentLine, header: TableHeader): boolean {
  if (line.cells) return true;
  if (!line.box || !prev.box || !header.left || line.page !== prev.page) return false;
  const left = line.box.left[0] ?? 0;
  return left >= header.left[0]! - 2 && line.box.top - prev.box.top <= 2 * CELL_LINE_GAP * Math.max(line.box.height, 1);
}

/** The table's lines from `start` (the line after the header) and the KPIs in them; `end` is the first line after the table. */
export function readTableBlock(lines: readonly DocumentLine[], start: number, first: TableHeader): { kpis: FoundKpi[]; end: number } {
  let header = first;
  let end = start;
  while (end < lines.length && belongs(lines[end]!, lines[end - 1]!, header)) end++;
  const rows: Row[] = [];
  // The parts between one row and the next (index: the row before them; -1 before the first).
  const between = new Map<number, Part[]>();
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (rows.length === 0 && between.size === 0) {
      const h = headerPeriods(line, header);
      if (h) {
        header = h;
        continue;
      }
    }
    const cols = columnsOf(line, header);
    if (hasFigures(cols)) rows.push({ line, cols, above: [], below: [] });
    else if (line.box) between.set(rows.length - 1, [...(between.get(rows.length - 1) ?? []), { line, cols }]);
  }
  for (const [after, parts] of between) attach(parts, rows[after], rows[after + 1]);
  return { kpis: rows.flatMap((r) => kpiOf(r, header)), end };
}

type Part = { line: DocumentLine; cols: Map<Role, string> };

/**
 * The parts between two rows: those reached from the row above by line-sized gaps are its cells'
 * next lines, those reached from the row below its cells' first lines (cells centred or at the
 * bottom); when both reach all of them, the widest gap divides. A part reached from neither
 * (a sub-heading inside the table) is left out.
 */
function attach(parts: Part[], above: Row | undefined, below: Row | undefined) {
  const seq = [above?.line, ...parts.map((p) => p.line), below?.line];
  const gap = (i: number) => {
    const [a, b] = [seq[i], seq[i + 1]];
    return a?.box && b?.box && a.page === b.page ? (b.box.top - a.box.top) / Math.max(b.box.height, 1) : Infinity;
  };
  const gaps = seq.slice(0, -1).map((_, i) => gap(i));
  let down = 0; // parts [0, down) go to the row above
  while (down < parts.length && gaps[down]! <= CELL_LINE_GAP) down++;
  let up = parts.length; // parts [up, n) go to the row below
  while (up > 0 && gaps[up]! <= CELL_LINE_GAP) up--;
  if (down > up) {
    // Every gap is line-sized: the widest one (not the rows' own edges) divides.
    let widest = 1;
    for (let i = 1; i < gaps.length - 1; i++) if (gaps[i]! > gaps[widest]!) widest = i;
    down = widest;
    up = widest;
  }
  if (above) above.below.push(...parts.slice(0, down));
  if (below) below.above.push(...parts.slice(up));
}

function kpiOf(r: Row, header: TableHeader): FoundKpi[] {
  const pieces = [...r.above, { line: r.line, cols: r.cols }, ...r.below];
  const cols = new Map<Role, string>();
  for (const piece of pieces) for (const [role, text] of piece.cols) cols.set(role, `${cols.get(role) ?? ''}${text.trim()}`);
  const wrapped = pieces.filter((p) => p.cols.has('name')).length > 1;
  const at = pieces[0]!.line;
  const kpi = tableRowKpi(cols, at, header, pieces.length);
  if (!kpi) return [];
  // foundKpi warns of every span over one line; in a table only a name in several pieces is worth checking.
  kpi.warnings = kpi.warnings.filter((w) => w !== WARN.wrapped);
  if (wrapped) kpi.warnings.unshift(WARN.wrapped);
  kpi.confidence = Math.max(0.1, Math.round((1 - 0.25 * kpi.warnings.length) * 10) / 10);
  return [kpi];
}
