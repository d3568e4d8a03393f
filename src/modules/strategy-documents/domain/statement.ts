/**
 * One KPI statement's figures, read from the text after the indicator's name: a baseline and a
 * target, each a figure with its unit and period, or a target in words (「増加（2030年）」,
 * 「東京圏以上（2030年）」). Layouts: 「54%（2025年）→59%（2030年）」 (→ ⇒ ➡ ～), 「42%（2026年）から46%に向上
 * （2030年）」, 「45%（基準値）→50%（目標値）」, 「2019年 45% → 2024年 50%」, 「50%（2030年度）」.
 */
import { parseTargetWording } from '../../kpi/index.ts';
import { directionOfWords, findPeriods, findQuantities, type FoundPeriod, type WordDirection } from './quantities.ts';

export interface Side {
  value: number | null;
  unit: string;
  period: FoundPeriod | null;
  /** the direction the words give (「に向上」「以上」「減少」) */
  word: WordDirection | null;
  /** 「（基準値）」「（目標値）」 written beside the figure */
  label: 'baseline' | 'target' | null;
  /** a target relative to another series (「東京圏以上」) */
  relativeTo: string | null;
  /** 毎年・各年度: a target for every year, not one period */
  recurring: boolean;
  text: string;
}

export interface Statement {
  baseline: Side | null;
  target: Side | null;
}

const BASELINE_LABEL = /^(?:基準値?|現状値?|現況値?|策定時(?:点)?|実績値?)(?:[:：]|$)/;
const TARGET_LABEL = /^(?:目標値?|目標年度?)(?:[:：]|$)/;
const RECURRING = /毎年度?|各年度|年間|毎期/;

/** Brackets' contents, with where each bracket starts and ends. */
function brackets(text: string): Array<{ inner: string; start: number; end: number }> {
  return [...text.matchAll(/[(（]([^()（）]*)[)）]/g)].map((m) => ({ inner: m[1]!.trim(), start: m.index, end: m.index + m[0].length }));
}

function labelOf(text: string): Side['label'] {
  for (const b of brackets(text)) {
    if (BASELINE_LABEL.test(b.inner)) return 'baseline';
    if (TARGET_LABEL.test(b.inner)) return 'target';
  }
  return null;
}

/** The period of a side: one alone in a bracket (「（2030年度）」「（令和11年度末）」) first, else the last one written. */
function periodOf(text: string, periods: FoundPeriod[]): FoundPeriod | null {
  if (periods.length === 0) return null;
  const pure = brackets(text).flatMap((b) => {
    const inner = b.inner.replace(/まで|末|時点|見込み?|実績|[:：]|基準値?|目標値?|現状値?/g, '').trim();
    return periods.filter((p) => p.start > b.start && p.end < b.end && inner.replace(/\s+/g, '') === p.text.replace(/\s+/g, '').replace(/末$/, ''));
  });
  return pure.at(-1) ?? periods.at(-1) ?? null;
}

/** A baseline or a target as written; null when it holds neither a figure nor a target in words. */
export function readSide(text: string): Side | null {
  const t = text.trim();
  if (t === '') return null;
  const periods = findPeriods(t);
  const period = periodOf(t, periods);
  const q = findQuantities(t)[0];
  const base = { period, label: labelOf(t), recurring: RECURRING.test(t), text: t };
  if (q) {
    const after = t.slice(q.start);
    return { ...base, value: q.value, unit: q.unit, word: directionOfWords(after), relativeTo: null };
  }
  // Words only: the KPI module's reading of targets without a figure decides what counts.
  const wording = parseTargetWording(t.replace(/^(?:目標値?|目標)[:：]?/, ''));
  if (!wording) return otherSeries(t, base);
  if (wording.kind === 'relative') {
    const word: WordDirection = wording.comparator === 'lte' || wording.comparator === 'lt' ? 'decrease' : 'increase';
    return { ...base, value: null, unit: '', word, relativeTo: wording.reference };
  }
  const sense = wording.sense === 'improve' || wording.sense === 'reversal' ? 'increase' : wording.sense;
  return { ...base, value: null, unit: '', word: sense, relativeTo: null };
}

/**
 * 「地域別の最低賃金の伸び率（令和5年度補正予算）を超える（2030年度）」: a level relative to a series the KPI
 * module's wording does not name (it knows 全国・東京圏・平均…); the series is kept as written for the planner.
 */
function otherSeries(t: string, base: Omit<Side, 'value' | 'unit' | 'word' | 'relativeTo'>): Side | null {
  const m = /^(.{2,60}?)(?:を|と)?(上回る|超える|下回る|同水準|同程度)(?:こと)?(?:[(（][^()（）]*[)）])?[。.]?$/.exec(t);
  if (!m) return null;
  const reference = m[1]!.replace(/[(（][^()（）]*[)）]\s*$/, '').trim();
  if (!reference || /\d/.test(reference.replace(/[(（][^()（）]*[)）]/g, ''))) return null;
  const word: WordDirection = m[2] === '下回る' ? 'decrease' : m[2] === '同水準' || m[2] === '同程度' ? 'maintain' : 'increase';
  return { ...base, value: null, unit: '', word, relativeTo: reference };
}

/** Positions of the character outside brackets. */
function splitOutside(text: string, re: RegExp): number[] {
  const at: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') depth = Math.max(0, depth - 1);
    else if (depth === 0 && re.test(text.slice(i))) at.push(i);
  }
  return at;
}

const ARROWS = /^[→⇒➡➔⇨]/;
const TILDES = /^[~～〜]/;
const FROM = /^(?:から|より)/;

/** The text after the name: a baseline and a target, or a target alone. */
export function readStatement(text: string): Statement | null {
  const t = text.trim();
  for (const [re, width] of [
    [ARROWS, 1],
    [TILDES, 1],
    [FROM, 2],
  ] as const) {
    for (const at of splitOutside(t, re)) {
      const left = readSide(t.slice(0, at));
      const right = readSide(t.slice(at + (re === FROM && t.startsWith('より', at) ? 2 : width)));
      // 「2026年度～2030年度」 is a period, not two figures; 「120人から」 must be a figure.
      if (left?.value != null && right && (right.value !== null || right.word !== null)) return { baseline: left, target: right };
    }
  }
  const one = readSide(t);
  if (!one) return null;
  return one.label === 'baseline' ? { baseline: one, target: null } : { baseline: null, target: one };
}
