/**
 * The document's outline: heading lines that open a goal or a measure (「基本目標１」「【基本目標2】」
 * 「第1 …」「第2節 …」「１ 地方に仕事をつくる」「（１）…」「ア. …」「a. …」「Ⅱ …」, Word's heading styles),
 * nested by their numbering. Pure. How deep a numbering style sits is not fixed in advance —
 * documents differ (「第1 → 1 → (1)」 in one, 「基本目標 → 施策 → ①」 in another) — so it is
 * learnt as the document goes: a style met for the first time opens a level below the current
 * heading, a style already open closes everything below it, and a style met before comes back at
 * the depth it was first met at (as an outline is read by a person).
 * Styles with a rank of their own (章 › 節 › 款, Word's 見出し 1 › 2 › 3) also close their deeper kin.
 */
import type { DocumentLine } from './document-lines.ts';
import { readingOf, stripFootnotes } from './reading-text.ts';

export interface Heading {
  /** the line's index in the document's lines */
  index: number;
  /** the numbering style: 基本目標, 第章, num, paren, kana, latin, LATIN, roman, circled, bracket, h2 … */
  style: string;
  /** a rank within the style's family (章 1, 節 2; h1 1, h2 2), where the style has one */
  rank?: { family: string; rank: number };
  /** the number as written (「1」「Ⅱ」「ア」), null for a bracketed or Word heading without one */
  code: string | null;
  /** the heading's words without its number */
  name: string;
  /** what the heading opens: a goal (基本目標・基本方針), a measure (施策・取組) or a section */
  kind: 'goal' | 'measure' | 'section';
  at: DocumentLine;
}

/** A heading is a short line: longer ones are sentences of the text. */
const MAX_HEADING = 60;
const KANJI_NUM = '一二三四五六七八九十';
const NUM = `[0-9]{1,2}|[${KANJI_NUM}]{1,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4}|[①-⑳]`;
const GOAL_WORDS = '基本目標|基本方針|政策目標|重点目標|基本的方向|政策分野|戦略目標|目標';
const MEASURE_WORDS = '具体的な施策|具体的施策|主な施策|重点施策|基本施策|施策の方向|施策|重点プロジェクト|プロジェクト|取組|事業';
/** 「基本目標１ …」「【基本目標Ⅱ】…」「施策(1)…」: a word that names what the number counts. */
const WORDED = new RegExp(`^[【［\\[]?\\s*(${GOAL_WORDS}|${MEASURE_WORDS})\\s*[(]?\\s*(${NUM})\\s*[)]?\\s*[】］\\]]?\\s*[:：.．、)\\s]?\\s*(.*)$`, 'u');
/** 「第1章」「第2節」「第1 …」 (not 「第2期」「第3次」: a count, not a heading). */
const DAI = new RegExp(`^第\\s*([0-9]{1,2}|[${KANJI_NUM}]{1,3})\\s*(章|節|款|部|編)?(?:[\\s.．、:：]+|(?<=[章節款部編]))(.*)$`, 'u');
const ROMAN = /^([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4})(?:[.．、]\s*|\s+)(\S.*)$/u;
/** 「1. …」「１．…」「1 …」 (a figure followed by a space or a stop, not 「1.5倍」). */
const ARABIC = /^([0-9]{1,2})(?:[.．、](?![0-9])\s*|\s+)(\S.*)$/u;
const PAREN = new RegExp(`^[(]\\s*([0-9]{1,2}|[${KANJI_NUM}]{1,3}|[ア-ン])\\s*[)]\\s*(\\S.*)$`, 'u');
const CIRCLED = /^([①-⑳])\s*(\S.*)$/u;
const KANA = /^([ア-ン])(?:[.．、)]\s*|\s+)(\S.*)$/u;
const LATIN = /^([A-Za-z])[.．)]\s*(\S.*)$/u;
/** 「【強い地域経済の構築】」 alone on its line. */
const BRACKET = /^[【［]\s*([^】］]{2,30})\s*[】］]$/u;
/** Bracketed marks that are not headings: the KPI block, 再掲, 工程, notes. */
const NOT_A_HEADING = /KPI|KGI|数値目標|重要業績評価指標|成果指標|評価指標|目標値|再掲|工程|参考|注|備考|概要|目次|例|コラム/;
const RANKED: Record<string, number> = { 編: 0, 部: 0, 章: 1, 節: 2, 款: 3 };

const kindOf = (words: string): Heading['kind'] => (new RegExp(`^(${GOAL_WORDS})`).test(words) ? 'goal' : new RegExp(`^(${MEASURE_WORDS})`).test(words) ? 'measure' : 'section');

/** A contents line (「第2章 基本目標……12」「ア. …	30」) lists a heading; the heading itself is further down. */
const TOC_LINE = /(?:\t|\s{2,}|[…‥.・]{2,})\s*[0-9]{1,3}\s*$/;

type Parsed = Omit<Heading, 'index' | 'at'>;

function worded(reading: string): Parsed | null {
  const m = WORDED.exec(reading);
  if (!m) return null;
  const word = m[1]!;
  return { style: word, code: m[2]!, name: m[3]!.trim(), kind: kindOf(word) };
}

function dai(reading: string): Parsed | null {
  const m = DAI.exec(reading);
  if (!m) return null;
  const unit = m[2] ?? '';
  const parsed: Parsed = { style: `第${unit}`, code: m[1]!, name: m[3]!.trim(), kind: 'section' };
  if (unit in RANKED) parsed.rank = { family: '第', rank: RANKED[unit]! };
  return parsed;
}

function numbered(reading: string): Parsed | null {
  const tries: Array<[RegExp, string]> = [
    [ROMAN, 'roman'],
    [ARABIC, 'num'],
    [PAREN, 'paren'],
    [CIRCLED, 'circled'],
    [KANA, 'kana'],
  ];
  for (const [re, style] of tries) {
    const m = re.exec(reading);
    if (!m) continue;
    const code = m[1]!;
    // (1) and (ア) count differently: two styles.
    const s = style === 'paren' && /[ア-ン]/.test(code) ? 'paren-kana' : style === 'paren' && /[一-十]/.test(code) ? 'paren-kanji' : style;
    return { style: s, code, name: m[2]!.trim(), kind: 'section' };
  }
  const l = LATIN.exec(reading);
  if (l) return { style: /[a-z]/.test(l[1]!) ? 'latin' : 'LATIN', code: l[1]!, name: l[2]!.trim(), kind: 'section' };
  const b = BRACKET.exec(reading);
  if (b && !NOT_A_HEADING.test(b[1]!)) return { style: 'bracket', code: null, name: b[1]!.trim(), kind: kindOf(b[1]!) };
  return null;
}

/** Whether the words after the number read as a heading: short, no sentence, no figures stated. */
function headingWords(name: string): boolean {
  if (name.length === 0 || name.length > MAX_HEADING) return false;
  if (/[。]/.test(name)) return false;
  // 「観光客数：100万人」「45%→60%」 are statements (the KPI finder's), not headings.
  if (/[:：]\s*\S*[0-9]/.test(name) || /[→⇒➡]/.test(name)) return false;
  return !/^[0-9,.%]+$/.test(name);
}

/** The heading a line opens, or null. */
export function headingOf(line: DocumentLine): Parsed | null {
  if (line.cells && line.cells.length > 2) return null;
  if (TOC_LINE.test(line.text)) return null;
  const reading = stripFootnotes(readingOf(line.text)).replace(/\s+/g, ' ').trim();
  if (reading.length === 0 || reading.length > MAX_HEADING + 12) return null;
  const parsed = worded(reading) ?? dai(reading) ?? numbered(reading);
  if (parsed) {
    if (parsed.name === '' && parsed.kind !== 'section') return parsed;
    return headingWords(parsed.name) ? parsed : null;
  }
  // Word's heading styles (見出し 1–6) without a number of their own.
  if (line.heading && headingWords(reading)) return { style: `h${line.heading}`, rank: { family: 'h', rank: line.heading }, code: null, name: reading, kind: kindOf(reading) };
  return null;
}

/** Every heading of the document in order; lines the finder read as KPI statements are not headings. */
export function findHeadings(lines: readonly DocumentLine[], kpiLines: ReadonlySet<number> = new Set()): Heading[] {
  const out: Heading[] = [];
  lines.forEach((line, index) => {
    if (kpiLines.has(index)) return;
    const parsed = headingOf(line);
    if (parsed) out.push({ ...parsed, index, at: line });
  });
  return out;
}

export interface OutlineEntry {
  heading: Heading;
  /** the entry's parent in the outline (an index into the entries), null at the top */
  parent: number | null;
  depth: number;
}

/** Whether an open heading closes when `h` comes: same style, or the same ranked family at the same or a deeper rank. */
const closes = (open: Heading, h: Heading) => open.style === h.style || (!!open.rank && !!h.rank && open.rank.family === h.rank.family && open.rank.rank >= h.rank.rank);

/** The headings nested by their numbering (see the file's comment). */
export function outline(headings: readonly Heading[]): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const stack: number[] = [];
  // The style each style was first met under: a style keeps that place when it comes back after
  // a stray heading of another style (「o.」 printed 「0.」 leaves 「p.」 at the letters' depth).
  const learnt = new Map<string, string | null>();
  for (const h of headings) {
    let j = stack.findIndex((e) => closes(out[e]!.heading, h));
    if (j < 0 && learnt.has(h.style)) {
      const above = learnt.get(h.style);
      const k = above === null ? -1 : stack.findIndex((e) => out[e]!.heading.style === above);
      if (above === null || k >= 0) j = k + 1;
    }
    if (j >= 0) stack.length = j;
    const parent = stack.length > 0 ? stack[stack.length - 1]! : null;
    if (!learnt.has(h.style)) learnt.set(h.style, parent === null ? null : out[parent]!.heading.style);
    out.push({ heading: h, parent, depth: stack.length });
    stack.push(out.length - 1);
  }
  return out;
}
