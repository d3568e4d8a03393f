/**
 * The pieces of a KPI statement, read from the reading form of a line (widths already folded):
 * a figure with its unit (「1.3億人泊」「18,167,874t-CO2」「50%以上」), a period
 * (「2030年度」「令和6年度」「R6」「平成31年」「2026年度末」「2025～2027年度」) and the words of a target
 * without a figure. Figures are summed by the shared Japanese number reader (万・億・千, commas).
 */
import { parseJapaneseNumber } from '../../../shared/japanese-numbers.ts';
import { tryParsePeriod } from '../../../shared/periods.ts';

export interface Quantity {
  value: number;
  unit: string;
  /** 以上・超・以下・未満・程度 written after the figure */
  qualifier: string | null;
  /** where the figure starts and ends in the text searched */
  start: number;
  end: number;
}

export interface FoundPeriod {
  /** the interchange label: '2030' (年), 'FY2030' (年度), '2030-03' */
  label: string;
  /** as written, e.g. 「令和11年度」 */
  text: string;
  /** the window's first period when a range was written (「2025～2027年度」) */
  from: string | null;
  start: number;
  end: number;
}

const ERA = String.raw`(?:令和|平成|昭和|R|H)\s*(?:元|\d{1,2})`;
const YEAR = String.raw`(?:\d{4}|${ERA})`;
// 「2030年度末」「令和6年度」「2030年3月」「2030年」, a bare era year 「R6」 (read as 年度, see the README), 「FY2030」.
const ONE_PERIOD = String.raw`(?:FY\s*\d{4}|${YEAR}\s*年\s*(?:度\s*末?|\d{1,2}\s*月\s*末?|末)?(?:時点)?|[RH]\s*(?:元|\d{1,2})(?![\d年.]))`;
const RANGE = new RegExp(String.raw`(${YEAR})\s*(?:年\s*度?)?\s*[~～〜\-－‐]\s*(${ONE_PERIOD})`, 'g');
const SINGLE = new RegExp(ONE_PERIOD, 'g');

/** A period as written → the interchange label, or null. */
export function periodLabel(written: string): string | null {
  let s = written.replace(/\s+/g, '').replace(/時点$/, '');
  if (/^FY\d{4}$/.test(s)) return s;
  if (/^[RH](?:元|\d{1,2})$/.test(s)) s = `${s}年度`; // 「R6」 alone: the administrative year
  s = s.replace(/^R/, '令和').replace(/^H/, '平成');
  s = s
    .replace(/年度末$/, '年度')
    .replace(/年末$/, '年')
    .replace(/月末$/, '月');
  const p = tryParsePeriod(s);
  return p && (p.kind === 'year' || p.kind === 'fiscal_year' || p.kind === 'month') ? p.label : null;
}

/** Every period in the text, a range counted once (its end, with `from`). */
export function findPeriods(text: string): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of text.matchAll(RANGE)) {
    const end = periodLabel(m[2]!);
    if (!end) continue;
    const fy = end.startsWith('FY');
    const from = periodLabel(`${m[1]!}${fy ? '年度' : /^\d{4}$/.test(m[1]!) ? '年' : ''}`) ?? periodLabel(m[1]!);
    out.push({ label: end, text: m[0], from, start: m.index, end: m.index + m[0].length });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(SINGLE)) {
    if (taken.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const label = periodLabel(m[0]);
    if (label) out.push({ label, text: m[0].trim(), from: null, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const MULT = String.raw`(?:\s*[千百]?[万億兆]|\s*千(?![葉代歳]))`;
const FIGURE = `(?:${NUM})${MULT}?(?:(?:${NUM})${MULT})*`;
// Units: %, letters (ha, t-CO2, km), or up to 8 characters that are no digit, bracket, punctuation or particle.
const UNIT = String.raw`%|パーセント|ポイント|[A-Za-z][A-Za-z0-9\-/]*|[^\s\d()\[\]【】「」、。,.:;~～〜→⇒➡/にをへとでのがは]{1,8}?(?:/[年日月人])?`;
const QUALIFIER = `以上|超|以下|未満|程度|前後|台`;
const STOP = String.raw`(?=\s|$|[()\[\]【】、。,:;~～〜→⇒➡]|に|を|へ|から|まで|と|で|の|が|は|${QUALIFIER})`;
const QUANTITY = new RegExp(String.raw`([-+−△▲]?)(${FIGURE})\s*(?:(${UNIT})${STOP})?\s*(${QUALIFIER})?`, 'g');

/** Letters a figure may be followed by; any other letter makes it part of a name (「5G」「SDGs」). */
const LETTER_UNITS = /^(?:ha|a|t|kt|km|km2|m|m2|m3|g|kg|mg|L|kL|kW|kWh|MW|MWh|GWh|TEU|pt|t-CO2|CO2)$/i;

/** Figures that are not KPI values: years, dates, ordinals (第2期), item numbers, parts of codes. */
function notAValue(text: string, start: number, end: number, unit: string): boolean {
  const before = text.slice(Math.max(0, start - 1), start);
  const after = text.slice(end, end + 2);
  if (/[A-Za-z第]/.test(before)) return true;
  if (/^\s*(?:年|月|日|期|次|号|条|章|節|回目|歳以上)/.test(after) && unit === '') return true;
  if (/^(?:年|月|日|期|次|号|条|章|節|か年|カ年|ヵ年)/.test(unit)) return true;
  if (/^[A-Za-z]/.test(unit) && !LETTER_UNITS.test(unit)) return true;
  return false;
}

/** Every figure in the text with its unit, left to right; years and ordinals are not figures. */
export function findQuantities(text: string): Quantity[] {
  const periods = findPeriods(text);
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index + m[1]!.length;
    const figureEnd = start + m[2]!.length;
    if (periods.some((p) => start >= p.start && start < p.end)) continue;
    const unit = (m[3] ?? '').trim();
    if (notAValue(text, start, figureEnd, unit)) continue;
    const parsed = parseJapaneseNumber(m[2]!.replace(/\s+/g, ''));
    if (!parsed.ok || parsed.value === null) continue;
    const negative = m[1] !== '' && m[1] !== '+';
    out.push({
      value: negative ? -parsed.value : parsed.value,
      unit: unit === 'パーセント' ? '%' : unit,
      qualifier: m[4] ?? null,
      start,
      end: m.index + m[0].length,
    });
  }
  return out;
}

export type WordDirection = 'increase' | 'decrease' | 'maintain';

/** Target words, and the direction each gives (the target's wording decides, never the indicator's name). */
const DIRECTION_WORDS: ReadonlyArray<[RegExp, WordDirection]> = [
  [/維持|横ばい|現状維持|同水準/, 'maintain'],
  [/減少|低下|削減|縮減|縮小|抑制|減ら|引き下げ|低減|抑え|解消|ゼロ|以下|未満/, 'decrease'],
  [/増加|向上|上昇|拡大|増大|伸長|増や|伸ば|高め|引き上げ|改善|以上|超/, 'increase'],
];

export function directionOfWords(text: string): WordDirection | null {
  for (const [re, d] of DIRECTION_WORDS) if (re.test(text)) return d;
  return null;
}

/** A target written only as a direction (「増加」「向上させる」「維持」), with nothing else but a period in brackets. */
export function directionOnly(text: string): WordDirection | null {
  const bare = text
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/[。.\s]/g, '')
    .replace(/^(?:目標値?|目標)[:：]?/, '');
  if (!/^(?:[^\d]{0,12}?を)?(?:増加|向上|上昇|拡大|減少|低下|削減|維持|改善|現状維持)(?:させる|する|を目指す|を図る|傾向)?$/.test(bare)) return null;
  return directionOfWords(bare);
}
