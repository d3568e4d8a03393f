/**
 * Periods and dates for people: 西暦 with 和暦 beside it where Japanese readers expect it
 * (「2030年度（令和12年度）」), and 年 / 年度 / 月 kept apart. Period labels come from the API in
 * canonical form: '2030' (calendar year), 'FY2030' (fiscal year, April–March), '2026-03' (month),
 * '2026-03-31' (date).
 */
import { tryParsePeriod, type PeriodKind } from '../../../src/shared/periods.ts';
import type { Lang } from '../i18n/dictionaries.ts';
import { formatValue } from './number.ts';

export type { PeriodKind } from '../../../src/shared/periods.ts';

export interface ParsedPeriod {
  kind: PeriodKind;
  year: number;
  month?: number;
  day?: number;
}

/** Labels in the API's form: 2030, FY2030, 2026-03, 2026-03-31 (1-digit months and days too). */
const LABEL_FORM = /^(FY)?\d{4}(-\d{1,2}){0,2}$/i;
const MS_PER_DAY = 86_400_000;

/**
 * A period label as the API gives it, read by the server's parser (src/shared/periods.ts); other
 * text (「令和6年度改訂」) is null, shown as written.
 */
export function parsePeriod(label: string): ParsedPeriod | null {
  const s = label.trim();
  if (!LABEL_FORM.test(s) || /^FY\d{4}-/i.test(s)) return null;
  const p = tryParsePeriod(s);
  if (!p) return null;
  // The period's first day gives its year (a 年度 is named by the year it starts in), month and day.
  const first = new Date(p.start * MS_PER_DAY);
  const year = first.getUTCFullYear();
  if (p.kind === 'year' || p.kind === 'fiscal_year') return { kind: p.kind, year };
  if (p.kind === 'month') return { kind: 'month', year, month: first.getUTCMonth() + 1 };
  return { kind: 'date', year, month: first.getUTCMonth() + 1, day: first.getUTCDate() };
}

interface Era {
  name: string;
  /** first day of the era as yyyymmdd */
  start: number;
  /** Gregorian year = offset + era year */
  offset: number;
}

const ERAS: readonly Era[] = [
  { name: '令和', start: 20190501, offset: 2018 },
  { name: '平成', start: 19890108, offset: 1988 },
  { name: '昭和', start: 19261225, offset: 1925 },
];

function eraYearText(era: Era, year: number): string {
  const n = year - era.offset;
  return `${era.name}${n === 1 ? '元' : n}年`;
}

/**
 * 和暦 of a year as a whole. Years are named by the era that holds most of them and that
 * people use for them in tables: 2019 → 令和元年, 1989 → 平成元年.
 */
export function warekiYear(year: number): string | null {
  if (year >= 2019) return eraYearText(ERAS[0]!, year);
  if (year >= 1989) return eraYearText(ERAS[1]!, year);
  if (year >= 1926) return eraYearText(ERAS[2]!, year);
  return null;
}

/** 和暦 of a fiscal year (April–March): FY2019 → 令和元年度, FY2018 → 平成30年度. */
export function warekiFiscalYear(year: number): string | null {
  const y = warekiYear(year);
  return y ? `${y}度` : null;
}

/** 和暦 of a day, exact at era boundaries: 2019-04-30 → 平成31年4月30日, 2019-05-01 → 令和元年5月1日. */
export function warekiDate(year: number, month: number, day: number): string | null {
  const ymd = year * 10000 + month * 100 + day;
  const era = ERAS.find((e) => ymd >= e.start);
  if (!era) return null;
  return `${eraYearText(era, year)}${month}月${day}日`;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface PeriodFormatOptions {
  /** add 和暦 in parentheses (Japanese only); default true */
  wareki?: boolean;
}

/** '2030' → 2030年（令和12年）, 'FY2030' → 2030年度（令和12年度）, '2026-03' → 2026年3月. */
export function formatPeriod(label: string | null | undefined, lang: Lang, options: PeriodFormatOptions = {}): string {
  if (!label) return '—';
  const p = parsePeriod(label);
  if (!p) return label;
  const withWareki = options.wareki ?? true;
  if (lang === 'en') {
    switch (p.kind) {
      case 'year':
        return String(p.year);
      case 'fiscal_year':
        return `FY${p.year}`;
      case 'month':
        return `${EN_MONTHS[(p.month ?? 1) - 1] ?? ''} ${p.year}`;
      case 'date':
        return `${EN_MONTHS[(p.month ?? 1) - 1] ?? ''} ${p.day} ${p.year}`;
    }
  }
  switch (p.kind) {
    case 'year': {
      const w = withWareki ? warekiYear(p.year) : null;
      return w ? `${p.year}年（${w}）` : `${p.year}年`;
    }
    case 'fiscal_year': {
      const w = withWareki ? warekiFiscalYear(p.year) : null;
      return w ? `${p.year}年度（${w}）` : `${p.year}年度`;
    }
    case 'month':
      return `${p.year}年${p.month}月`;
    case 'date': {
      const w = withWareki ? warekiDate(p.year, p.month ?? 1, p.day ?? 1) : null;
      return w ? `${p.year}年${p.month}月${p.day}日（${w}）` : `${p.year}年${p.month}月${p.day}日`;
    }
  }
}

/** Last day of a period, as a UTC timestamp (ms): for time axes. */
export function periodEnd(label: string): number | null {
  const p = parsePeriod(label);
  if (!p) return null;
  switch (p.kind) {
    case 'year':
      return Date.UTC(p.year, 11, 31);
    case 'fiscal_year':
      return Date.UTC(p.year + 1, 2, 31);
    case 'month':
      return Date.UTC(p.year, p.month ?? 1, 0);
    case 'date':
      return Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1);
  }
}

/** 'YYYY-MM-DD' → 2026年11月23日（令和8年11月23日） / Nov 23 2026. */
export function formatDay(iso: string, lang: Lang, options: PeriodFormatOptions = {}): string {
  return formatPeriod(iso, lang, options);
}

const JST_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function jstParts(d: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of JST_PARTS.formatToParts(d)) out[part.type] = part.value;
  return out;
}

/** Today in Japan time as YYYY-MM-DD (the API's default evaluation date is JST too). */
export function todayJst(now: Date = new Date()): string {
  const p = jstParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** An ISO timestamp in Japan time: 2026年11月23日 17:25 / 2026-11-23 17:25 JST. */
export function formatTimestamp(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = jstParts(d);
  if (lang === 'en') return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} JST`;
  return `${p.year}年${Number(p.month)}月${Number(p.day)}日 ${p.hour}:${p.minute}`;
}

export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** 「59%（2030年）」: a value in the one number format with its period in brackets (nothing when there is no period). */
export function formatValueAt(value: number, unit: string | null | undefined, period: string | null | undefined, lang: Lang): string {
  return `${formatValue(value, unit, lang)}${period ? `（${formatPeriod(period, lang)}）` : ''}`;
}

/** A baseline, target or actual as a table shows it: the value at its period, a target's words when it has no value, or —. */
export function formatFigureAt(x: { value: number | null; period: string | null; text?: string | null } | null | undefined, unit: string | null | undefined, lang: Lang): string {
  if (!x) return '—';
  if (x.value === null) return x.text || '—';
  return formatValueAt(x.value, unit, x.period, lang);
}
