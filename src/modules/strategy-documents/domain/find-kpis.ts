/**
 * The KPI finder: from a document's lines to the KPI statements in them, each with the line it
 * came from. Pure; the layouts it reads are in the README (“Layouts”). One pass over the lines with
 * a little state (a KPI table is read as a block: table-block.ts): whether a KPI section is open (「[KPI]」「【数値目標】」),
 * a name line waiting for its 「基準値：」「目標値：」 lines, and a 「名称：」 line whose items follow.
 */
import type { DocumentLine } from './document-lines.ts';
import { foundKpi, type FoundKpi } from './found-kpi.ts';
import { arrowStatement, colonStatement, labelledParts, sentenceStatement, type InlineHit } from './inline-statements.ts';
import { headingOf } from './headings.ts';
import { findQuantities } from './quantities.ts';
import { isNoteLine, readingOf, startsWithBullet, withoutBullets } from './reading-text.ts';
import { readStatement, type Side } from './statement.ts';
import { readTableBlock } from './table-block.ts';
import { tableHeader } from './table-rows.ts';

const KPI_HEADING = /KPI|KGI|重要業績評価指標|数値目標|成果指標|目標値|評価指標/;
const OTHER_HEADING = /^\s*[[【［][^\]】］]{1,20}[\]】］]\s*$/;
/** How far (in lines) a KPI heading reaches. */
const SECTION_REACH = 80;
/** Lines a wrapped statement may take. */
const MAX_WRAP = 3;
/** Longer lines hold no KPI statement (a name is at most a few hundred characters): skipped, which bounds the work per line. */
export const MAX_STATEMENT_LINE = 1000;

interface State {
  out: FoundKpi[];
  section: number;
  /** a line that may name the labelled lines after it */
  named: { name: string; at: DocumentLine; index: number } | null;
  block: { name: string; at: DocumentLine; baseline: Side | null; target: Side | null; span: number } | null;
  parent: { name: string; index: number } | null;
}

const adjacent = (a: DocumentLine, b: DocumentLine) => a.page === b.page && b.line === a.line + 1;

export function findKpis(lines: readonly DocumentLine[]): FoundKpi[] {
  const s: State = { out: [], section: -Infinity, named: null, block: null, parent: null };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.length > MAX_STATEMENT_LINE) continue;
    const reading = readingOf(line.text);
    const header = tableHeader(line);
    if (header) {
      flushBlock(s);
      const block = readTableBlock(lines, i + 1, header);
      s.out.push(...block.kpis);
      i = block.end - 1;
      continue;
    }
    if (reading.trim() === '') continue;
    if (KPI_HEADING.test(reading) && reading.trim().length <= 40 && findQuantities(reading).length === 0) s.section = i;
    else if (OTHER_HEADING.test(reading)) s.section = -Infinity;
    if (isNoteLine(line.text)) continue;
    if (labelledStep(s, line, reading, i)) continue;
    flushBlock(s);
    i += textStep(s, lines, i);
  }
  flushBlock(s);
  return s.out;
}

/** 「基準値：…」「目標値：…」 lines, alone or after a name line. */
function labelledStep(s: State, line: DocumentLine, reading: string, i: number): boolean {
  const lab = labelledParts(line.text, reading);
  if (!lab) return false;
  if (lab.name?.trim()) {
    flushBlock(s);
    push(s, foundKpi({ name: lab.name, statement: { baseline: lab.baseline, target: lab.target }, at: line, layout: 'labelled' }));
    return true;
  }
  const b = s.block;
  if (b && ((lab.baseline && b.baseline) || (lab.target && b.target))) flushBlock(s);
  if (!s.block) {
    if (!s.named || i - s.named.index > 3) return true;
    s.block = { name: s.named.name, at: s.named.at, baseline: null, target: null, span: 1 };
    s.named = null;
  }
  s.block.baseline = lab.baseline ?? s.block.baseline;
  s.block.target = lab.target ?? s.block.target;
  s.block.span++;
  return true;
}

function flushBlock(s: State) {
  const b = s.block;
  if (!b) return;
  s.block = null;
  push(s, foundKpi({ name: b.name, statement: { baseline: b.baseline, target: b.target }, at: b.at, layout: 'labelled' }));
}

function push(s: State, kpi: FoundKpi | null) {
  if (kpi) s.out.push(kpi);
}

/** A statement in running text starting at line i (maybe wrapped over the next lines); returns the extra lines used. */
function textStep(s: State, lines: readonly DocumentLine[], i: number): number {
  const line = lines[i]!;
  const reading = readingOf(line.text);
  const inSection = i - s.section <= SECTION_REACH;
  if (s.parent && i - s.parent.index > 8) s.parent = null;
  if (/[:：]\s*$/.test(reading) && findQuantities(reading).length === 0 && !/[。]/.test(reading)) {
    s.parent = { name: line.text.replace(/[:：]\s*$/, ''), index: i };
    return 0;
  }
  // A heading (「【数値目標】」「[KPI]」) names a section, not an indicator: nothing to join it with.
  if (OTHER_HEADING.test(reading)) return 0;
  const sentence = sentenceStatement(line.text, reading);
  if (sentence) {
    push(s, foundKpi({ name: sentence.name, statement: sentence.statement, at: line, layout: 'sentence', defaultTargetPeriod: sentence.period }));
    return 0;
  }
  // A heading (「（１）企業誘致」) is not the first line of a wrapped name, nor its continuation.
  const wraps = headingOf(line) ? 1 : MAX_WRAP;
  for (let extra = 0; extra < wraps; extra++) {
    if (extra > 0) {
      const prev = lines[i + extra - 1]!;
      const next = lines[i + extra];
      if (
        !next ||
        headingOf(next) ||
        !adjacent(prev, next) ||
        next.cells ||
        next.text.length > MAX_STATEMENT_LINE ||
        startsWithBullet(next.text) ||
        isNoteLine(next.text) ||
        /[。]\s*$/.test(prev.text)
      )
        break;
    }
    const group = lines.slice(i, i + extra + 1);
    const original = group.map((l) => l.text.trim()).join('');
    const hit = inlineHit(original, readingOf(original), s, inSection);
    if (hit) {
      push(s, foundKpi({ ...hit, at: line, layout: 'inline', span: extra + 1, original }));
      return extra;
    }
  }
  const bare = withoutBullets(line.text);
  if (bare.length <= 60 && !/[。]/.test(bare)) s.named = { name: line.text, at: line, index: i };
  return 0;
}

/** The statement of a (joined) line, named after its 「名称：」 parent when its own name is only a short label. */
function inlineHit(original: string, reading: string, s: State, inSection: boolean): Pick<InlineHit, 'name' | 'statement'> | null {
  const hit = colonStatement(original, reading) ?? arrowStatement(original, reading);
  if (hit && (hit.strong || inSection)) {
    const own = withoutBullets(hit.name).trim();
    if (s.parent && own.length <= 10) return { ...hit, name: `${withoutBullets(s.parent.name)}（${own}）` };
    return hit;
  }
  // An item under a 「名称：」 line with no name of its own: 「- 年平均5%を超える（2032年度）」
  if (s.parent && startsWithBullet(original)) {
    const statement = readStatement(withoutBullets(reading));
    if (statement?.target?.period) return { name: s.parent.name, statement };
  }
  return null;
}
