/** Small helpers shared by the statistics pages. */
import { formatCompact, formatNumber, formatValue } from '../../../format/number.ts';
import { formatPeriod } from '../../../format/period.ts';
import type { Lang, MessageKey } from '../../../i18n/dictionaries.ts';
import type { Translate } from '../../../i18n/I18nProvider.tsx';
import type { Indicator, IndicatorCategory } from '../../../api/statistics.ts';

/** '2022' → 2022年（令和4年）; 'FY2021' → 2021年度（令和3年度）. */
export function periodText(period: string | null | undefined, lang: Lang, wareki = true): string {
  return formatPeriod(period, lang, { wareki });
}

/** A value on screen in the one number format (decimals per unit: src/shared/display-format.ts); downloads carry the stored figure. */
export function statValue(v: number | null | undefined, unit: string | null | undefined, lang: Lang): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return formatValue(v, unit, lang);
}

export function axisValue(v: number, lang: Lang): string {
  return Math.abs(v) >= 10_000 ? formatCompact(v, lang) : formatNumber(Number(v.toFixed(2)), lang);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function indicatorName(ind: Pick<Indicator, 'name' | 'name_en'>, lang: Lang): string {
  return lang === 'en' && ind.name_en ? ind.name_en : ind.name;
}

/** The many 5-year-age × sex breakdowns (age5_…, census_age5_…) get their own group after the rest. */
const isDetail = (ind: Indicator) => /^(census_)?age5_/.test(ind.code);

/** Indicators grouped by category, in the catalog's category order; detailed breakdowns last. */
export function groupIndicators(
  indicators: Indicator[],
  categories: IndicatorCategory[],
  detailLabel: (label: string) => string,
): Array<{ code: string; label: string; items: Indicator[] }> {
  const groups = new Map<string, { code: string; label: string; items: Indicator[] }>();
  const details = new Map<string, { code: string; label: string; items: Indicator[] }>();
  for (const c of categories) groups.set(c.code, { code: c.code, label: c.label, items: [] });
  for (const ind of indicators) {
    const label = ind.category_label ?? categories.find((c) => c.code === ind.category)?.label ?? ind.category;
    const target = isDetail(ind) ? details : groups;
    let g = target.get(ind.category);
    if (!g) {
      g = { code: `${ind.category}${isDetail(ind) ? '-detail' : ''}`, label: isDetail(ind) ? detailLabel(label) : label, items: [] };
      target.set(ind.category, g);
    }
    g.items.push(ind);
  }
  // 0〜4歳 before 5〜9歳 before 100歳以上, 男 before 女.
  const ageKey = (i: Indicator) => {
    const m = /age5_(\d+)_/.exec(i.code);
    return (m ? Number(m[1]) : 0) * 2 + (i.code.endsWith('_female') ? 1 : 0);
  };
  for (const g of details.values())
    g.items.sort((a, b) => (a.code.startsWith('census_') === b.code.startsWith('census_') ? ageKey(a) - ageKey(b) : a.code.startsWith('census_') ? 1 : -1));
  return [...groups.values(), ...details.values()].filter((g) => g.items.length > 0);
}

/** Katakana → hiragana, full-width ASCII → half-width, lower case: for searching names by reading. */
export function foldKana(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** The prefecture's 団体コード from its two-digit code: '01' → '010006' (check digit as src/shared/local-gov-code.ts). */
export function prefectureCode(pref: string): string {
  const five = `${pref}000`;
  const digits = five.split('').map(Number);
  const sum = digits.reduce((s, d, i) => s + d * (6 - i), 0);
  return `${five}${(11 - (sum % 11)) % 10}`;
}

const FLAG_KEYS = {
  preliminary: 'stats.flag.preliminary',
  estimate: 'stats.flag.estimate',
  confidential: 'stats.flag.confidential',
  not_applicable: 'stats.flag.not_applicable',
  not_available: 'stats.flag.not_available',
  reference: 'stats.flag.reference',
} as const satisfies Record<string, MessageKey>;

/** 速報・推計・秘匿（x）… for a value's flag (unknown flags as given). */
export function flagText(flag: string, t: Translate): string {
  const key = (FLAG_KEYS as Record<string, MessageKey>)[flag];
  return key ? t(key) : flag;
}

/** The indicator a first visit shows: total population if there is one, else the catalog's first. */
export function defaultIndicator(list: Indicator[]): Indicator | undefined {
  return list.find((i) => /^population(_total)?$/.test(i.code)) ?? list.find((i) => i.category === 'population') ?? list[0];
}
