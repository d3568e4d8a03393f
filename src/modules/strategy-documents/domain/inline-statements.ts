/**
 * KPI statements within running text: 「名称：目標（期間）」 bullets, 「名称 基準（期間）→目標（期間）」,
 * labelled lines 「基準値：… 目標値：…」 and sentences 「2030年までに○○を△△にする」.
 */
import { findPeriods, findQuantities } from './quantities.ts';
import { readSide, readStatement, type Side, type Statement } from './statement.ts';

export interface InlineHit {
  /** the name as written (from the original text: same positions as the reading form) */
  name: string;
  statement: Statement;
  /** the statement has a baseline→target arrow, a label or a period: it is a KPI even outside a KPI section */
  strong: boolean;
}

/** Where the text is cut into name and figures: positions valid in both the original and the reading form. */
const cut = (original: string, reading: string, a: number, b: number) => (original.length === reading.length ? original : reading).slice(a, b);

function outsideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = text[i];
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
  }
  return depth === 0;
}

const strongOf = (s: Statement) => Boolean(s.baseline && s.target) || Boolean(s.target?.period) || s.target?.label === 'target' || Boolean(s.baseline?.period);

/** 「名称：…」: the last colon after which the figures read (a name may hold colons and figures: 「…指標：…都市数：1,000都市」「KPI 目標を 1 つでも…割合：75%」). */
export function colonStatement(original: string, reading: string): InlineHit | null {
  const colons = [...reading.matchAll(/[:：]/g)].map((m) => m.index).filter((i) => i > 0 && outsideBrackets(reading, i));
  for (const c of colons.reverse()) {
    const statement = readStatement(reading.slice(c + 1));
    if (statement) return { name: cut(original, reading, 0, c), statement, strong: strongOf(statement) };
  }
  return null;
}

/** Where the figures start: the first figure, or a period written before it (「2019年 45%→…」). */
function firstFigureAt(reading: string): number {
  const q = findQuantities(reading)[0];
  if (!q) return -1;
  const p = findPeriods(reading).find((x) => x.end <= q.start && reading.slice(x.end, q.start).trim() === '');
  return p ? p.start : q.start;
}

/** 「名称 120人（2019年）→150人（2024年）」 without a colon: only with a baseline→target pair or a 「（目標値）」 label. */
export function arrowStatement(original: string, reading: string): InlineHit | null {
  const at = firstFigureAt(reading);
  if (at <= 0) return null;
  const statement = readStatement(reading.slice(at));
  if (!statement) return null;
  const paired = Boolean(statement.baseline && statement.target) || statement.target?.label === 'target';
  if (!paired) return null;
  return { name: cut(original, reading, 0, at), statement, strong: true };
}

const BASE_LABEL = `基準値|現状値|現況値|策定時(?:点)?(?:の値)?|基準|現状|現況`;
const TARGET_LABEL = `目標値|目標`;
const NAME_LABEL = `指標名|指標|KPI|項目`;
// A label ends with a colon, or with spaces before a figure (「現状値 3,200億円」).
const LABEL = new RegExp(String.raw`(${NAME_LABEL}|${BASE_LABEL}|${TARGET_LABEL})\s*(?:[(（]([^()（）]*)[)）])?(?:\s*[:：]|\s+(?=[-▲△\d]))`, 'g');

export interface Labelled {
  name: string | null;
  baseline: Side | null;
  target: Side | null;
}

/** 「基準値：120人（令和5年度）　目標値：200人（令和11年度）」, 「指標：…」; null without a baseline or target label. */
export function labelledParts(original: string, reading: string): Labelled | null {
  // A label starts the line or follows a separator: 「数値目標：」 is a heading, not a target.
  const labels = [...reading.matchAll(LABEL)].filter((m) => outsideBrackets(reading, m.index) && /[\s　・、,/／\-●○■□◆◇]/.test(reading.charAt(m.index - 1) || ' '));
  if (!labels.some((m) => !new RegExp(`^(?:${NAME_LABEL})$`).test(m[1]!))) return null;
  const out: Labelled = { name: null, baseline: null, target: null };
  const before = reading.slice(0, labels[0]!.index).replace(/[\s　・\-●○■□◆◇]+$/, '');
  if (before.trim()) out.name = cut(original, reading, 0, before.length);
  labels.forEach((m, i) => {
    const end = labels[i + 1]?.index ?? reading.length;
    const body = reading.slice(m.index + m[0].length, end).replace(/[\s　/／、,]+$/, '');
    const withPeriod = m[2] ? `${body}（${m[2]}）` : body;
    if (new RegExp(`^(?:${NAME_LABEL})$`).test(m[1]!)) out.name = cut(original, reading, m.index + m[0].length, end);
    else if (new RegExp(`^(?:${BASE_LABEL})$`).test(m[1]!)) out.baseline = readSide(withPeriod);
    else out.target = readSide(withPeriod);
  });
  return out.baseline || out.target ? out : null;
}

const PERIOD_TEXT = String.raw`(?:\d{4}|(?:令和|平成|R|H)\s*(?:元|\d{1,2}))\s*年\s*度?\s*末?`;
const BY_PERIOD = new RegExp(String.raw`(${PERIOD_TEXT})\s*(?:まで|迄)に(?:は)?[、,]?\s*`);
const VERB = /(?:に|へ|まで|と)\s*(?:する|します|増や|増加|伸ば|高め|引き上げ|向上|減ら|削減|低減|抑え|引き下げ|改善|拡大|達成|なる|目指)/;

/** 「2030年までに観光客数を100万人にする」「移住者数を、令和11年度までに200人に増やす」: the period is the target's. */
export function sentenceStatement(original: string, reading: string): (InlineHit & { period: string | null }) | null {
  const by = BY_PERIOD.exec(reading);
  if (!by) return plainSentence(original, reading);
  const period = findPeriods(by[1]!)[0]?.label;
  if (!period) return null;
  const after = reading.slice(by.index + by[0].length);
  const wo = after.indexOf('を');
  let nameStart: number;
  let nameEnd: number;
  let tail: string;
  if (wo > 0) {
    nameStart = by.index + by[0].length;
    nameEnd = nameStart + wo;
    tail = after.slice(wo + 1);
  } else {
    // The name before the period: 「○○を、2030年までに△△に」
    const head = reading.slice(0, by.index);
    const w = head.lastIndexOf('を');
    if (w <= 0) return null;
    const start = Math.max(head.lastIndexOf('、', w - 1), head.lastIndexOf('。', w - 1)) + 1;
    nameStart = start;
    nameEnd = w;
    tail = after;
  }
  if (!VERB.test(tail) && !/(?:増加|向上|減少|維持)(?:させる|する)/.test(tail)) return null;
  const statement = readStatement(tail.replace(/[。.]\s*$/, ''));
  if (!statement?.target) return null;
  return { name: cut(original, reading, nameStart, nameEnd), statement, strong: true, period };
}

/** 「待機児童数を0人にする（2027年度）」: a figure right after 「を」, a verb, and a period written somewhere in the line. */
function plainSentence(original: string, reading: string): (InlineHit & { period: string | null }) | null {
  const m = /^(.{2,80}?)を\s*(?=[-▲△\d])/.exec(reading);
  if (!m || !findPeriods(reading).length) return null;
  const tail = reading.slice(m[0].length);
  if (!VERB.test(tail)) return null;
  const statement = readStatement(tail.replace(/[。.]\s*$/, ''));
  if (!statement?.target || statement.target.value === null) return null;
  return { name: cut(original, reading, 0, m[1]!.length), statement, strong: true, period: null };
}
