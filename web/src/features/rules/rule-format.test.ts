import { describe, expect, it } from 'vitest';
import { formatEffectivePeriod, formatRatio, formatRuleValue } from './rule-format.ts';

describe('rule parameter values as people read them', () => {
  it('shows ratios as percentages without float noise', () => {
    expect(formatRatio(0.4, 'ja')).toBe('40%');
    expect(formatRatio(0.05, 'ja')).toBe('5%');
    expect(formatRatio(0.07, 'ja')).toBe('7%');
    expect(formatRatio(2 / 3, 'ja')).toBe('66.67%');
  });

  it('shows yen, fiscal years, counts, flags and code lists', () => {
    expect(formatRuleValue(500_000, 'yen', 'ja')).toBe('50万円');
    expect(formatRuleValue(100_000, 'yen', 'en')).toBe('100,000円');
    expect(formatRuleValue(5, 'fiscal_years', 'ja')).toBe('5か年度');
    expect(formatRuleValue(10, 'count', 'ja')).toBe('10');
    expect(formatRuleValue(true, 'flag', 'ja')).toBe('はい（適用）');
    expect(formatRuleValue('floor_yen', 'choice', 'ja')).toBe('floor_yen');
    expect(formatRuleValue(['130001', '131016', '131024', '131032', '131041', '131059', '131067'], 'codes', 'ja')).toBe('130001、131016、131024、131032、131041 ほか2件');
  });

  it('shows an effective period in 西暦 with 和暦, an open end as 定めなし', () => {
    expect(formatEffectivePeriod('2020-04-01', '2028-03-31', 'ja')).toBe('2020年4月1日（令和2年4月1日） 〜 2028年3月31日（令和10年3月31日）');
    expect(formatEffectivePeriod('2020-04-01', null, 'ja')).toBe('2020年4月1日（令和2年4月1日） 〜 定めなし');
  });
});
