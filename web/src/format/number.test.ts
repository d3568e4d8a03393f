import { describe, expect, it } from 'vitest';
import { formatCompact, formatJapaneseNumber, formatNumber, formatPercent, formatValue, formatValueExact } from './number.ts';

describe('formatJapaneseNumber: 万・億・兆 groups with their digits exact', () => {
  it('groups integers of 10,000 and more by 万, 億 and 兆, leaving empty groups out', () => {
    expect(formatJapaneseNumber(10_000)).toBe('1万');
    expect(formatJapaneseNumber(2_300_000)).toBe('230万');
    // 1816 × 10^4 + 7874
    expect(formatJapaneseNumber(18_167_874)).toBe('1,816万7,874');
    expect(formatJapaneseNumber(100_000_000)).toBe('1億');
    // 7 × 10^12 + 2000 × 10^8
    expect(formatJapaneseNumber(7_200_000_000_000)).toBe('7兆2,000億');
    expect(formatJapaneseNumber(100_000_005)).toBe('1億5');
  });

  it('writes small numbers and fractions as Intl ja-JP does, negatives with a minus sign', () => {
    expect(formatJapaneseNumber(9_999)).toBe('9,999');
    expect(formatJapaneseNumber(1_234.5)).toBe('1,234.5');
    expect(formatJapaneseNumber(-23_000)).toBe('−2万3,000');
    expect(formatJapaneseNumber(Number.NaN)).toBe('NaN');
  });
});

describe('formatNumber / formatValue / formatPercent', () => {
  it('uses plain grouping in English and a dash for no value', () => {
    expect(formatNumber(18_167_874, 'en')).toBe('18,167,874');
    expect(formatNumber(18_167_874, 'ja')).toBe('1,816万7,874');
    expect(formatNumber(null, 'ja')).toBe('—');
    expect(formatNumber(0.123456, 'en')).toBe('0.12'); // two decimals at most without a unit
    expect(formatNumber(-1_500, 'en')).toBe('−1,500'); // one minus sign in both languages
  });

  it('attaches Japanese units and %, and spaces Latin units', () => {
    expect(formatValue(64, '%', 'ja')).toBe('64%');
    expect(formatValue(2_300_000, '人', 'ja')).toBe('230万人');
    expect(formatValue(1_500, 't-CO2', 'en')).toBe('1,500 t-CO2');
    expect(formatValue(3, null, 'en')).toBe('3');
    expect(formatValue(undefined, '人', 'ja')).toBe('—');
    expect(formatPercent(64)).toBe('64%');
    expect(formatPercent(null)).toBe('—');
  });

  it('gives each unit its decimals: counts none, percentages one, others two', () => {
    expect(formatValue(12.345, '%', 'ja')).toBe('12.3%');
    expect(formatValue(1_234.6, '人', 'ja')).toBe('1,235人');
    expect(formatValue(3.14259, '億円', 'ja')).toBe('3.14億円');
    expect(formatValue(-0.25, 'ポイント', 'ja')).toBe('−0.3ポイント');
  });

  it('previews an entry with every decimal it will store', () => {
    expect(formatValueExact(1_234.5678, '人', 'ja')).toBe('1,234.5678人');
    expect(formatValueExact(-0.125, '%', 'ja')).toBe('\u22120.125%');
  });

  it('shortens axis labels: 万 in Japanese, K in English', () => {
    expect(formatCompact(12_000, 'ja')).toBe('1.2万');
    expect(formatCompact(12_000, 'en')).toBe('12K');
  });
});
