/**
 * How a rule parameter's value and period read to people: ratios as %, yen in the platform's one
 * format, fiscal-year counts as 年度, dates in 西暦 with 和暦. Shared by the rule book's page and
 * the calculators' traces, so a parameter reads the same in both.
 */
import { formatNumberText, formatValueText } from '../../../../src/shared/display-format.ts';
import { formatDay } from '../../format/period.ts';
import type { Lang } from '../../i18n/dictionaries.ts';

export type RuleValue = number | boolean | string | readonly string[];

/** codes lists (団体コード) are long: the first few, then how many more */
const CODES_SHOWN = 5;

/** 0.4 → 40%, 0.05 → 5%, 2/3 → 66.67% (the float error of ×100 rounded away). */
export function formatRatio(ratio: number, lang: Lang): string {
  const percent = Math.round(ratio * 100 * 10_000) / 10_000;
  return `${formatNumberText(percent, lang, 2)}%`;
}

export function formatRuleValue(value: RuleValue, unit: string, lang: Lang): string {
  const ja = lang === 'ja';
  if (typeof value === 'boolean') return ja ? (value ? 'はい（適用）' : 'いいえ') : value ? 'yes (applies)' : 'no';
  if (Array.isArray(value)) {
    const shown = value.slice(0, CODES_SHOWN).join(ja ? '、' : ', ');
    const more = value.length - CODES_SHOWN;
    return more > 0 ? (ja ? `${shown} ほか${more}件` : `${shown} and ${more} more`) : shown;
  }
  if (typeof value === 'string') return value;
  if (typeof value !== 'number') return String(value);
  switch (unit) {
    case 'ratio':
      return formatRatio(value, lang);
    case 'yen':
      return formatValueText(value, '円', lang);
    case 'fiscal_years':
      return ja ? `${value}か年度` : `${value} fiscal year${value === 1 ? '' : 's'}`;
    default:
      // counts too: they count applications or points, which the label says
      return formatNumberText(value, lang);
  }
}

/** 「2020年4月1日（令和2年4月1日）〜 2028年3月31日（令和10年3月31日）」; an open end reads 「定めなし」. */
export function formatEffectivePeriod(from: string, to: string | null, lang: Lang): string {
  const end = to ? formatDay(to, lang) : lang === 'ja' ? '定めなし' : 'open-ended';
  return `${formatDay(from, lang)} 〜 ${end}`;
}
