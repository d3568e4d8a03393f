/**
 * Numbers as Japanese tables print them: 万・億・兆 grouping with the digits of each group
 * kept exact (230万, 1,816万7,874, 7兆2,000億), via Intl ja-JP; English uses plain grouping.
 * Reading what a person types (全角, 1.2万, △5, 64％) is src/shared/japanese-numbers.ts, as on
 * the server.
 */
import type { Lang } from '../i18n/dictionaries.ts';

const JA = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 4 });
const EN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const JA_COMPACT = new Intl.NumberFormat('ja-JP', { notation: 'compact', maximumFractionDigits: 2 });
const EN_COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });

const UNITS: ReadonlyArray<[bigint, string]> = [
  [10n ** 12n, '兆'],
  [10n ** 8n, '億'],
  [10n ** 4n, '万'],
];

/** 万/億/兆 grouping for integers ≥ 10,000; other numbers as Intl ja-JP prints them. */
export function formatJapaneseNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (!Number.isInteger(value) || Math.abs(value) < 10_000 || !Number.isSafeInteger(value)) return JA.format(value);
  let rest = BigInt(Math.abs(value));
  let out = '';
  for (const [size, name] of UNITS) {
    if (rest >= size) {
      const q = rest / size;
      rest %= size;
      out += `${JA.format(Number(q))}${name}`;
    }
  }
  if (rest > 0n) out += JA.format(Number(rest));
  return (value < 0 ? '−' : '') + out;
}

export function formatNumber(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  return lang === 'ja' ? formatJapaneseNumber(value) : EN.format(value);
}

/** Short form for chart axes: 1.2万, 7.2兆 / 12K, 7.2T. */
export function formatCompact(value: number, lang: Lang): string {
  return (lang === 'ja' ? JA_COMPACT : EN_COMPACT).format(value);
}

/** A value with its unit: 64%, 230万人, 1,816万7,874 t-CO2. */
export function formatValue(value: number | null | undefined, unit: string | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  const n = formatNumber(value, lang);
  if (!unit) return n;
  // Latin units (t-CO2, ha) read better with a space; Japanese units and % attach.
  return /^[A-Za-z]/.test(unit) && unit !== '%' ? `${n} ${unit}` : `${n}${unit}`;
}

export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${value}%`;
}
