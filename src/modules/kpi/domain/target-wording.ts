/**
 * Targets written in words instead of a number, as real KPI tables write them: a direction
 * (「増加（2020年度比）」「減少（2019年45.0％）」「観光客数を増加させる」「改善」「横ばい」) or a level
 * relative to another series (「東京圏以上（2030年）」「全国平均と同水準」). The rule is in the README
 * (“Targets written in words”). Pure; parsed once per text (texts repeat across KPIs).
 */
import { toHalfWidth } from '../../../shared/normalize-text.ts';
import { tryParsePeriod, type Period } from '../../../shared/periods.ts';
import type { Direction } from './catalog.ts';

/** 'improve' (改善) and 'reversal' (反転) take their sense from the KPI's declared direction. */
export type WordSense = Direction | 'improve' | 'reversal';

/**
 * What the actual is compared with: a base period's observation, a value written in the text, or
 * (前年比・前年度比) the observation just before the actual.
 */
export type WordBase = { period: Period; value: null } | { period: Period | null; value: number } | 'previous';

export interface DirectionWording {
  kind: 'direction';
  sense: WordSense;
  /** null: the KPI's baseline */
  base: WordBase | null;
}

/** gte 以上, gt 超・上回る, lte 以下, lt 未満・下回る, same 同水準・並み (judged in the KPI's direction) */
export type RelativeComparator = 'gte' | 'gt' | 'lte' | 'lt' | 'same';

export interface RelativeWording {
  kind: 'relative';
  /** the series named, as written (「東京圏」「全国平均」) */
  reference: string;
  comparator: RelativeComparator;
}

export type TargetWording = DirectionWording | RelativeWording;

const SENSES: ReadonlyArray<[string, WordSense]> = [
  ['増加', 'increase'],
  ['上昇', 'increase'],
  ['向上', 'increase'],
  ['拡大', 'increase'],
  ['増大', 'increase'],
  ['伸長', 'increase'],
  ['減少', 'decrease'],
  ['低下', 'decrease'],
  ['縮小', 'decrease'],
  ['削減', 'decrease'],
  ['抑制', 'decrease'],
  ['縮減', 'decrease'],
  ['現状維持', 'maintain'],
  ['維持', 'maintain'],
  ['横ばい', 'maintain'],
  ['改善', 'improve'],
  ['反転', 'reversal'],
];
const SENSE_OF = new Map(SENSES);
const WORDS = SENSES.map(([w]) => w).join('|');
// The word, a verb form or 傾向, and an ending such as 「を目指す」; nothing may follow but brackets.
const RE_DIRECTION = new RegExp(`(${WORDS})(?:させる|させます|させること|する|します|すること|している|傾向)?(?:を(?:目指す|図る|目標とする)|に努める)?$`);
// What may stand right before the word: nothing, a particle, a comparison or a separator.
const RE_BEFORE = /(?:^|[をがはでにも、,・\s]|比|より|から|前年|前年度)$/;
const RE_BRACKETS = /[（(]([^（）()]*)[）)]\s*$/;
const YEAR = String.raw`(?:\d{4}|(?:令和|平成|昭和)(?:元|\d{1,2}))`;
const PERIOD = String.raw`${YEAR}年(?:度末?|\d{1,2}月末?|末)?`;
const RE_BASE_RATIO = new RegExp(`^(?:基準[:：]?(${PERIOD})|(${PERIOD})(?:比|基準))$`);
const RE_BASE_VALUE = new RegExp(`^(?:基準[:：]?)?(${PERIOD})(?:[:：]|時点)?\\s*([-−△]?[\\d,]+(?:\\.\\d+)?)\\s*(?:[%％]|[^\\d\\s]{0,6})$`);
const RE_PLAIN_PERIOD = new RegExp(`^(?:${PERIOD}|${YEAR}年度?(?:まで|以降|[~〜～-]${YEAR}年度?))$`);
const RE_LEADING_BASE = new RegExp(`(${PERIOD})(?:比|より|から|に比べ(?:て)?)$`);
const NUMBER = String.raw`([-−△]?[\d,]+(?:\.\d+)?)`;
// 「2019年度（45.0％）から」「45.0％（2019年度）から」
const RE_LEADING_VALUE = new RegExp(`(?:(${PERIOD})[（(]\\s*${NUMBER}[^）)]*[）)]|${NUMBER}[^（(\\d]{0,6}[（(](${PERIOD})[）)])(?:比|より|から)$`);
const RE_PREVIOUS = /前年度?(?:同期|同月)?比$/;

const RE_RELATIVE = /^(.+?)(以上|を上回る|を超える|超|以下|を下回る|未満|と同水準|と同程度|並み|の水準)(?:に|を|とする|を目指す|を確保|を維持)*$/;
const COMPARATORS: Record<string, RelativeComparator> = {
  以上: 'gte',
  を上回る: 'gt',
  を超える: 'gt',
  超: 'gt',
  以下: 'lte',
  を下回る: 'lt',
  未満: 'lt',
  と同水準: 'same',
  と同程度: 'same',
  並み: 'same',
  の水準: 'same',
};
// A relative target names a series, not a figure: 「80%以上」 is a numeric target.
const RE_REFERENCE = /(全国|東京圏|東京都|首都圏|都道府県|政令市|大都市|地方圏|三大都市圏|平均|県内|県平均|国平均|同規模|類似団体)/;

const cache = new Map<string, TargetWording | null>();

/** The wording of a target without a number, or null when it is neither a direction nor relative. */
export function parseTargetWording(text: string | null): TargetWording | null {
  if (!text) return null;
  let hit = cache.get(text);
  if (hit === undefined) {
    hit = parseUncached(text);
    if (cache.size > 10_000) cache.clear();
    cache.set(text, hit);
  }
  return hit;
}

function parseUncached(raw: string): TargetWording | null {
  let s = toHalfWidth(raw)
    .trim()
    .replace(/[。.]+$/, '');
  const qualifiers: string[] = [];
  for (let m = RE_BRACKETS.exec(s); m && m.index > 0; m = RE_BRACKETS.exec(s)) {
    qualifiers.unshift(m[1]!.trim());
    s = s.slice(0, m.index).trim();
  }
  return relativeOf(s) ?? directionOf(s, qualifiers);
}

function relativeOf(s: string): RelativeWording | null {
  const m = RE_RELATIVE.exec(s);
  if (!m) return null;
  // The subject (「労働生産性を」) is not part of the series' name; a figure (「80%以上」) is a numeric target.
  const reference = m[1]!.replace(/^.*[をがは]/, '').replace(/[のと]$/, '');
  if (!reference || !RE_REFERENCE.test(reference) || /^[\d,.]+\s*[^\s\d（(]{0,6}$/.test(reference)) return null;
  return { kind: 'relative', reference, comparator: COMPARATORS[m[2]!]! };
}

function directionOf(s: string, qualifiers: readonly string[]): DirectionWording | null {
  const m = RE_DIRECTION.exec(s);
  if (!m) return null;
  const before = s.slice(0, m.index);
  if (before !== '' && !RE_BEFORE.test(before)) return null;
  const lead = leadingBase(before.replace(/で$/, ''));
  if (lead === undefined) return null; // a number before the word is a numeric target's wording
  let base = lead;
  for (const q of qualifiers) {
    const b = baseOf(q);
    if (b === undefined) return null; // a bracket we cannot read: not a direction-only target
    if (b !== null) base = b;
  }
  return { kind: 'direction', sense: SENSE_OF.get(m[1]!)!, base };
}

/** A base written before the word (「2020年度比で」「2019年度（45.0％）から」「前年度比」); undefined: a figure we do not read. */
function leadingBase(before: string): WordBase | null | undefined {
  if (RE_PREVIOUS.test(before)) return 'previous';
  const v = RE_LEADING_VALUE.exec(before);
  if (v) return { period: tryParsePeriod(v[1] ?? v[4]!), value: numberOf(v[2] ?? v[3]!) };
  const p = RE_LEADING_BASE.exec(before);
  const period = p ? tryParsePeriod(p[1]!) : null;
  if (period) return { period, value: null };
  return /\d/.test(before) ? undefined : null;
}

const numberOf = (s: string) => Number(s.replace(/,/g, '').replace(/[−△]/, '-'));

/** A bracket's base: a period (比), a period with a value, null for a target period; undefined: unreadable. */
function baseOf(q: string): WordBase | null | undefined {
  const ratio = RE_BASE_RATIO.exec(q);
  if (ratio) {
    const p = tryParsePeriod(ratio[1] ?? ratio[2]!);
    return p ? { period: p, value: null } : undefined;
  }
  const val = RE_BASE_VALUE.exec(q);
  if (val) {
    const v = numberOf(val[2]!);
    return Number.isFinite(v) ? { period: tryParsePeriod(val[1]!), value: v } : undefined;
  }
  if (RE_PREVIOUS.test(q)) return 'previous';
  if (RE_PLAIN_PERIOD.test(q) || /^(毎年度?|各年度?)$/.test(q)) return null;
  return undefined;
}

/** The sense in which a word judges, given the KPI's declared direction. */
export function senseFor(word: WordSense, declared: Direction): Direction {
  if (word === 'reversal') return declared;
  if (word === 'improve') return declared === 'decrease' ? 'decrease' : 'increase';
  return word;
}
