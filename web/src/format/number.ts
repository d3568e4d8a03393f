/**
 * Numbers for the web: the platform's one format (src/shared/display-format.ts — minus sign
 * U+2212, decimals by unit, 万・億・兆 grouping in Japanese), which the CLI and the Excel exports
 * use too. Reading what a person types (全角, 1.2万, △5, 64％) is src/shared/japanese-numbers.ts,
 * as on the server.
 */
import { fractionDigitsForUnit, formatNumberText, formatValueText } from '../../../src/shared/display-format.ts';
import type { Lang } from '../i18n/dictionaries.ts';

const JA_COMPACT = new Intl.NumberFormat('ja-JP', { notation: 'compact', maximumFractionDigits: 2 });
const EN_COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });

/** 万/億/兆 grouping for integers ≥ 10,000; other numbers with at most 2 decimals. */
export function formatJapaneseNumber(value: number): string {
  return formatNumberText(value, 'ja');
}

export function formatNumber(value: number | null | undefined, lang: Lang, unit?: string | null): string {
  if (value === null || value === undefined) return '—';
  return formatNumberText(value, lang, fractionDigitsForUnit(unit));
}

/** Short form for chart axes: 1.2万, 7.2兆 / 12K, 7.2T. */
export function formatCompact(value: number, lang: Lang): string {
  return (lang === 'ja' ? JA_COMPACT : EN_COMPACT).format(value).replace('-', '\u2212');
}

/** A value with its unit: 64%, 230万人, 1,816万7,874 t-CO2. */
export function formatValue(value: number | null | undefined, unit: string | null | undefined, lang: Lang): string {
  return formatValueText(value, unit, lang);
}

/** A value exactly as it will be stored (an entry's preview): every decimal, with its unit. */
export function formatValueExact(value: number | null | undefined, unit: string | null | undefined, lang: Lang): string {
  return formatValueText(value, unit, lang, 10);
}

/** A progress rate (an integer, rounded by the engine). */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${formatNumberText(value, 'ja', 1)}%`;
}
