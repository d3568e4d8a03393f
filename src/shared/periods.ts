/**
 * Periods (暦年・年度・月・日) as used in KPI tables, and day arithmetic.
 *
 * Days are integers counted from 1970-01-01 in UTC so that period maths never meets time zones
 * or DST; only todayDay() looks at the clock, and it uses Japan time.
 */
import { toHalfWidth } from './normalize-text.ts';

export type PeriodKind = 'year' | 'fiscal_year' | 'month' | 'date';

export interface Period {
  kind: PeriodKind;
  /** canonical label: '2017' (calendar year), 'FY2017', '2018-08', '2018-08-31' */
  label: string;
  /** first day, as days since 1970-01-01 UTC (integer) */
  start: number;
  /** last day inclusive, as days since 1970-01-01 UTC (integer) */
  end: number;
}

export class PeriodParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PeriodParseError';
  }
}

const MS_PER_DAY = 86_400_000;
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

const PERIOD_EXAMPLES = '（例: 2017, 2017年度, FY2017, 2018-08, 2018-08-31）';
const DAY_EXAMPLES = '（例: 2026-03-31, 2026/3/31, 2026年3月31日, 令和8年3月31日）';

/**
 * Era name → offset (Gregorian year = offset + era year). Era years past an era's end are
 * accepted on purpose: strategies written before 2019 set targets for 「平成32年度」, and
 * 人口ビジョン use e.g. 「平成72年」 for 2060.
 */
const ERA_OFFSETS: Readonly<Record<string, number>> = {
  令和: 2018,
  R: 2018,
  平成: 1988,
  H: 1988,
  昭和: 1925,
  S: 1925,
};

/** Single-character era ligatures (㋿ etc.) as they come out of some Japanese fonts/IMEs. */
const ERA_LIGATURES: Readonly<Record<string, string>> = {
  '\u32FF': '令和',
  '\u337B': '平成',
  '\u337C': '昭和',
};

function dayFromYmd(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC maps years 0–99 to 1900–1999; our years are 1800–2200 so this cannot bite.
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Folds widths, era ligatures and dash look-alikes, uppercases Latin letters, and drops spaces
 * — except spaces between two digits, which are left so that '20 17' fails rather than
 * silently becoming 2017.
 */
function canonicalize(input: string): string {
  let s = toHalfWidth(input).trim();
  s = s.replace(/[\u32FF\u337B\u337C]/g, (c) => ERA_LIGATURES[c] ?? c);
  s = s.replace(/[\u2010-\u2013\u2212]/g, '-');
  s = s.replace(/\s+/g, (m, offset: number, whole: string) => (/\d/.test(whole.charAt(offset - 1)) && /\d/.test(whole.charAt(offset + m.length)) ? m : ''));
  return s.toUpperCase();
}

type Failure = { reason: string };

/** Gregorian year from either 4 digits or era + (元 | 1–2 digits). */
function resolveYear(western: string | undefined, era: string | undefined, eraYear: string | undefined): number {
  if (western !== undefined) return Number(western);
  const offset = ERA_OFFSETS[era ?? ''] ?? NaN;
  const n = eraYear === '元' ? 1 : Number(eraYear);
  // 「令和0年」 does not exist (the first year is 元年).
  return n >= 1 ? offset + n : NaN;
}

// The year part shared by every pattern: 4 Western digits, or an era with 元/1–2 digits.
const YEAR = String.raw`(?:(\d{4})|(令和|平成|昭和|R|H|S)(元|\d{1,2}))`;

const RE_YEAR_PLAIN = /^(\d{4})$/;
const RE_YEAR_CY = /^CY(\d{4})$/;
const RE_YEAR_NEN = new RegExp(`^${YEAR}年$`);
const RE_FY_PREFIX = /^FY(\d{4})$/;
const RE_FY_SUFFIX = /^(\d{4})FY$/;
const RE_FY_NENDO = new RegExp(`^${YEAR}年度$`);
const RE_MONTH_SEP = /^(\d{4})([-/])(\d{1,2})$/;
const RE_MONTH_KANJI = new RegExp(`^${YEAR}年(\\d{1,2})月$`);
// '.' is accepted for full dates only: '2017.5' is too easily a decimal number.
const RE_DATE_SEP = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const RE_DATE_KANJI = new RegExp(`^${YEAR}年(\\d{1,2})月(\\d{1,2})日$`);
// Points in time written as the end of a period (「2024年度末」「2024年3月末」「2024年末」), as KPI
// tables print stocks (登録者数, 累計): the last day itself, so a later actual in the same year counts.
const RE_FY_END = new RegExp(`^${YEAR}年度末(?:時点)?$`);
const RE_MONTH_END = new RegExp(`^${YEAR}年(\\d{1,2})月末(?:時点)?$`);
const RE_YEAR_END = new RegExp(`^${YEAR}年末(?:時点)?$`);

function yearOutOfRange(year: number, raw: string): Failure | null {
  if (!Number.isInteger(year)) return { reason: `「${raw}」の年が正しくありません` };
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { reason: `「${raw}」の年は${MIN_YEAR}〜${MAX_YEAR}年の範囲で指定してください` };
  }
  return null;
}

function yearPeriod(year: number): Period {
  return { kind: 'year', label: String(year), start: dayFromYmd(year, 1, 1), end: dayFromYmd(year, 12, 31) };
}

function fiscalYearPeriod(year: number): Period {
  return { kind: 'fiscal_year', label: `FY${year}`, start: dayFromYmd(year, 4, 1), end: dayFromYmd(year + 1, 3, 31) };
}

function monthPeriod(year: number, month: number): Period {
  return {
    kind: 'month',
    label: `${year}-${pad(month, 2)}`,
    start: dayFromYmd(year, month, 1),
    end: dayFromYmd(year, month + 1, 1) - 1,
  };
}

function datePeriod(year: number, month: number, d: number): Period {
  const day = dayFromYmd(year, month, d);
  return { kind: 'date', label: `${year}-${pad(month, 2)}-${pad(d, 2)}`, start: day, end: day };
}

/** Date-only matcher shared by parsePeriod and parseDay. */
function matchDate(s: string, raw: string): Period | Failure | null {
  let y: number;
  let mo: number;
  let d: number;
  const sep = RE_DATE_SEP.exec(s);
  const kanji = sep ? null : RE_DATE_KANJI.exec(s);
  if (sep) {
    y = Number(sep[1]);
    mo = Number(sep[3]);
    d = Number(sep[4]);
  } else if (kanji) {
    y = resolveYear(kanji[1], kanji[2], kanji[3]);
    mo = Number(kanji[4]);
    d = Number(kanji[5]);
  } else {
    return null;
  }
  const bad = yearOutOfRange(y, raw);
  if (bad) return bad;
  if (!isRealDate(y, mo, d)) return { reason: `日付「${raw}」は存在しない日付です` };
  return datePeriod(y, mo, d);
}

function matchPeriod(s: string, raw: string): Period | Failure | null {
  // Tried in order; the first pattern that matches decides.
  const matchers: ReadonlyArray<() => Period | Failure | null> = [
    () => {
      const m = RE_YEAR_PLAIN.exec(s) ?? RE_YEAR_CY.exec(s);
      return m && (yearOutOfRange(Number(m[1]), raw) ?? yearPeriod(Number(m[1])));
    },
    () => {
      const m = RE_YEAR_NEN.exec(s);
      const year = m && resolveYear(m[1], m[2], m[3]);
      return year === null ? null : (yearOutOfRange(year, raw) ?? yearPeriod(year));
    },
    () => {
      const m = RE_FY_PREFIX.exec(s) ?? RE_FY_SUFFIX.exec(s);
      return m && (yearOutOfRange(Number(m[1]), raw) ?? fiscalYearPeriod(Number(m[1])));
    },
    () => {
      const m = RE_FY_NENDO.exec(s);
      const year = m && resolveYear(m[1], m[2], m[3]);
      return year === null ? null : (yearOutOfRange(year, raw) ?? fiscalYearPeriod(year));
    },
    () => {
      const m = RE_MONTH_SEP.exec(s);
      return m && checkedMonth(Number(m[1]), Number(m[3]), raw);
    },
    () => {
      const m = RE_MONTH_KANJI.exec(s);
      return m && checkedMonth(resolveYear(m[1], m[2], m[3]), Number(m[4]), raw);
    },
  ];
  for (const match of matchers) {
    const r = match();
    if (r) return r;
  }
  return matchDate(s, raw) ?? matchPeriodEnd(s, raw);
}

/** 「…年度末」 → 31 March of the next calendar year; 「…年M月末」 → the month's last day; 「…年末」 → 31 December. */
function matchPeriodEnd(s: string, raw: string): Period | Failure | null {
  const fy = RE_FY_END.exec(s);
  const mo = fy ? null : RE_MONTH_END.exec(s);
  const ye = fy || mo ? null : RE_YEAR_END.exec(s);
  const m = fy ?? mo ?? ye;
  if (!m) return null;
  const year = resolveYear(m[1], m[2], m[3]);
  const bad = yearOutOfRange(year, raw);
  if (bad) return bad;
  if (fy) return datePeriod(year + 1, 3, 31);
  if (ye) return datePeriod(year, 12, 31);
  const month = checkedMonth(year, Number(m[4]), raw);
  return isFailure(month) ? month : datePeriod(year, Number(m[4]), new Date(Date.UTC(year, Number(m[4]), 0)).getUTCDate());
}

function checkedMonth(year: number, month: number, raw: string): Period | Failure {
  const bad = yearOutOfRange(year, raw);
  if (bad) return bad;
  if (month < 1 || month > 12) return { reason: `「${raw}」の月は1〜12で指定してください` };
  return monthPeriod(year, month);
}

function isFailure(x: Period | Failure): x is Failure {
  return 'reason' in x;
}

function parseOrReason(input: string | number): Period | Failure {
  if (typeof input === 'number') {
    // Spreadsheets hand us years as numbers; anything else numeric (2017.5, 20170) is ambiguous.
    if (Number.isInteger(input) && input >= MIN_YEAR && input <= MAX_YEAR) return yearPeriod(input);
    return { reason: `期間「${String(input)}」を解釈できません${PERIOD_EXAMPLES}` };
  }
  const raw = String(input);
  const r = matchPeriod(canonicalize(raw), raw.trim());
  return r ?? { reason: `期間「${raw.trim()}」を解釈できません${PERIOD_EXAMPLES}` };
}

/** Parses a period label; throws PeriodParseError with a Japanese message naming the input. */
export function parsePeriod(input: string | number): Period {
  const r = parseOrReason(input);
  if (isFailure(r)) throw new PeriodParseError(r.reason);
  return r;
}

export function tryParsePeriod(input: string | number): Period | null {
  const r = parseOrReason(input);
  return isFailure(r) ? null : r;
}

/**
 * By last day, then first day (earlier first), so a series reads in time order and a longer
 * period ending the same day (FY2017) comes before the shorter one (2018-03).
 */
export function comparePeriods(a: Period, b: Period): number {
  return a.end - b.end || a.start - b.start;
}

/** Parses a single calendar date (Western or 和暦, full-width digits allowed) to a day number. */
export function parseDay(input: string): number {
  const raw = String(input).trim();
  const r = matchDate(canonicalize(raw), raw);
  if (r === null) throw new PeriodParseError(`日付「${raw}」を解釈できません${DAY_EXAMPLES}`);
  if (isFailure(r)) throw new PeriodParseError(r.reason);
  return r.start;
}

/** 'YYYY-MM-DD' for a day number. */
export function formatDay(day: number): string {
  const dt = new Date(day * MS_PER_DAY);
  return `${pad(dt.getUTCFullYear(), 4)}-${pad(dt.getUTCMonth() + 1, 2)}-${pad(dt.getUTCDate(), 2)}`;
}

/** Today in Japan (UTC+9, no DST), so a run just after midnight JST counts as the new day. */
export function todayDay(): number {
  return Math.floor((Date.now() + 9 * 3_600_000) / MS_PER_DAY);
}

/** Japanese 年度 (April–March) containing the day: 2026-03-31 → 2025, 2026-04-01 → 2026. */
export function fiscalYearOfDay(day: number): number {
  const dt = new Date(day * MS_PER_DAY);
  const y = dt.getUTCFullYear();
  return dt.getUTCMonth() < 3 ? y - 1 : y;
}

/**
 * Era year for a Gregorian year, using the era in force on 31 December of that year — the
 * usual convention for year-level labels (2019 → 令和元年, 1989 → 平成元年, 1926 → 昭和元年).
 */
const ERAS_DESC: ReadonlyArray<{ name: string; firstYear: number }> = [
  { name: '令和', firstYear: 2019 },
  { name: '平成', firstYear: 1989 },
  { name: '昭和', firstYear: 1926 },
  { name: '大正', firstYear: 1912 },
  { name: '明治', firstYear: 1868 },
];

export function toWarekiYear(year: number): string {
  if (!Number.isInteger(year)) throw new RangeError(`年「${year}」は整数で指定してください`);
  for (const era of ERAS_DESC) {
    if (year >= era.firstYear) {
      const n = year - era.firstYear + 1;
      return `${era.name}${n === 1 ? '元' : n}年`;
    }
  }
  throw new RangeError(`${year}年は和暦（明治以降）で表せません`);
}
