/**
 * Numbers and periods as people read them — one format for the web (web/src/format/number.ts
 * wraps this), the CLI's tables and the Excel exports:
 *
 * - the minus sign is U+2212 「−」 everywhere text is shown (Japanese typesetting; ASCII '-'
 *   reads as a hyphen beside full-width text); files keep numbers as numbers;
 * - decimals by unit, at most: counts (人, 件, 社, …) 0, percentages and points 1, anything else
 *   2 — so a rate never shows 4 decimals and a head count never shows any;
 * - Japanese: integers of 10,000 and more grouped by 万・億・兆 with each group's digits exact
 *   (230万, 1,816万7,874, 15兆); English: plain grouping.
 * - periods: '2030' → 2030年, 'FY2025' → 2025年度 (和暦 beside 西暦 where asked).
 */
import { toWarekiYear, tryParsePeriod } from './periods.ts';

export type DisplayLang = 'ja' | 'en';

export const MINUS_SIGN = '\u2212';

const COUNT_UNITS = new Set([
  '人',
  '名',
  '件',
  '社',
  '者',
  '団体',
  '市町村',
  '自治体',
  '地区',
  '地点',
  '地域',
  'か所',
  '箇所',
  'ヶ所',
  '校',
  '施設',
  '世帯',
  '戸',
  '回',
  '組',
  '事業',
  '品目',
  '店舗',
  '台',
  '本',
  '床',
  '機関',
  '法人',
  '企業',
  '拠点',
]);
const PERCENT_UNITS = new Set(['%', '％', 'ポイント', 'pt', 'ppt', '割']);

/** At most this many decimals for a value in `unit` (see the file comment). */
export function fractionDigitsForUnit(unit: string | null | undefined): number {
  const u = (unit ?? '').trim();
  if (COUNT_UNITS.has(u)) return 0;
  if (PERCENT_UNITS.has(u) || u.endsWith('%') || u.endsWith('％')) return 1;
  return 2;
}

const formatters = new Map<string, Intl.NumberFormat>();
function intl(lang: DisplayLang, digits: number): Intl.NumberFormat {
  const key = `${lang}${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
}

const GROUPS: ReadonlyArray<[bigint, string]> = [
  [10n ** 12n, '兆'],
  [10n ** 8n, '億'],
  [10n ** 4n, '万'],
];

/** |value| in 万・億・兆 groups (an integer ≥ 10,000 that is safe), else null. */
function japaneseGroups(abs: number): string | null {
  if (!Number.isSafeInteger(abs) || abs < 10_000) return null;
  let rest = BigInt(abs);
  let out = '';
  for (const [size, name] of GROUPS) {
    if (rest >= size) {
      out += `${intl('ja', 0).format(Number(rest / size))}${name}`;
      rest %= size;
    }
  }
  return rest > 0n ? out + intl('ja', 0).format(Number(rest)) : out;
}

/** A number for reading, with at most `digits` decimals (default 2) and the minus sign U+2212. */
export function formatNumberText(value: number, lang: DisplayLang = 'ja', digits = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toFixed(digits));
  const abs = Math.abs(rounded);
  const body = (lang === 'ja' ? japaneseGroups(abs) : null) ?? intl(lang, digits).format(abs);
  return rounded < 0 ? `${MINUS_SIGN}${body}` : body;
}

/**
 * A value with its unit and the unit's decimals: 230万人, 12.5%, 1,500 t-CO2; '—' for none.
 * `digits` overrides the unit's decimals where every digit matters (what an entry will store).
 */
export function formatValueText(value: number | null | undefined, unit: string | null | undefined, lang: DisplayLang = 'ja', digits = fractionDigitsForUnit(unit)): string {
  if (value === null || value === undefined) return '—';
  const n = formatNumberText(value, lang, digits);
  if (!unit) return n;
  // Latin units (t-CO2, ha) read better with a space; Japanese units and % attach.
  return /^[A-Za-z]/.test(unit) ? `${n} ${unit}` : `${n}${unit}`;
}

/** Excel's number format for a value in `unit`: the same decimals and minus sign as the text. */
export function excelNumberFormat(unit: string | null | undefined): string {
  const digits = fractionDigitsForUnit(unit);
  const body = digits === 0 ? '#,##0' : `#,##0.${'#'.repeat(digits)}`;
  return `${body};"${MINUS_SIGN}"${body}`;
}

/** 'FY2025' → 2025年度, '2030' → 2030年, '2026-03' → 2026年3月 (with 和暦 when asked); other text as it is. */
export function formatPeriodText(label: string | null | undefined, opts: { wareki?: boolean } = {}): string {
  if (!label) return '—';
  const p = /^(FY)?\d{4}(-\d{2}){0,2}$/.test(label) ? tryParsePeriod(label) : null;
  if (!p) return label;
  const first = new Date(p.start * 86_400_000);
  const y = first.getUTCFullYear();
  const era = (suffix: string) => (opts.wareki && y >= 1868 ? `（${toWarekiYear(y)}${suffix}）` : '');
  if (p.kind === 'fiscal_year') return `${y}年度${era('度')}`;
  if (p.kind === 'year') return `${y}年${era('')}`;
  if (p.kind === 'month') return `${y}年${first.getUTCMonth() + 1}月`;
  return `${y}年${first.getUTCMonth() + 1}月${first.getUTCDate()}日`;
}

/**
 * A baseline, target or actual as text tables print it: the value with its period in brackets
 * (「59%（2030年）」), a target's words when it has no value, `empty` when there is nothing. The
 * server-side twin of the web's formatFigureAt.
 */
export function formatFigureText(x: { value: number | null; period: string | null; text?: string | null } | null | undefined, unit: string, empty = '—'): string {
  if (!x) return empty;
  if (x.value === null) return x.text || empty;
  return `${formatValueText(x.value, unit)}${x.period ? `（${formatPeriodText(x.period)}）` : ''}`;
}

/** A day (YYYY-MM-DD) with 和暦 first, as titles print it: 令和8年（2026年）11月23日. */
export function formatDayWareki(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const y = Number(m[1]);
  return `${toWarekiYear(y)}（${y}年）${Number(m[2])}月${Number(m[3])}日`;
}

const JST = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant in Japan time: 2026-12-01 23:35 JST. */
export function formatJstTimestamp(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return String(iso);
  const p: Record<string, string> = {};
  for (const part of JST.formatToParts(d)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} JST`;
}
