import { describe, expect, it } from 'vitest';
import { excelNumberFormat, formatDayWareki, formatJstTimestamp, formatNumberText, formatPeriodText, formatValueText, MINUS_SIGN } from './display-format.ts';

describe('one number format for web, CLI and exports', () => {
  it('groups by 万・億・兆 in Japanese, exactly', () => {
    expect(formatNumberText(15_000_000_000_000)).toBe('15兆');
    expect(formatNumberText(15_000_000)).toBe('1,500万');
    expect(formatNumberText(1_200_000)).toBe('120万');
    expect(formatNumberText(18_167_874)).toBe('1,816万7,874');
    expect(formatNumberText(9_999)).toBe('9,999');
    expect(formatNumberText(18_167_874, 'en')).toBe('18,167,874');
  });

  it('writes negatives with U+2212 in both languages', () => {
    expect(formatNumberText(-23_000)).toBe(`${MINUS_SIGN}2万3,000`);
    expect(formatNumberText(-5, 'en')).toBe(`${MINUS_SIGN}5`);
    expect(formatNumberText(-0.001)).toBe('0'); // rounds to zero: no signed zero
  });

  it('takes the decimals from the unit and attaches it', () => {
    expect(formatValueText(64.25, '%')).toBe('64.3%');
    expect(formatValueText(2_300_000.4, '人')).toBe('230万人');
    expect(formatValueText(1.2345, '倍')).toBe('1.23倍');
    expect(formatValueText(1_500, 't-CO2', 'en')).toBe('1,500 t-CO2');
    expect(formatValueText(null, '人')).toBe('—');
  });

  it('gives Excel the same decimals and minus sign', () => {
    expect(excelNumberFormat('人')).toBe(`#,##0;"${MINUS_SIGN}"#,##0`);
    expect(excelNumberFormat('%')).toBe(`#,##0.#;"${MINUS_SIGN}"#,##0.#`);
    expect(excelNumberFormat('億円')).toBe(`#,##0.##;"${MINUS_SIGN}"#,##0.##`);
  });
});

describe('periods, days and times for people', () => {
  it('names 年度 and 年, with 和暦 when asked', () => {
    expect(formatPeriodText('FY2025')).toBe('2025年度');
    expect(formatPeriodText('2030')).toBe('2030年');
    expect(formatPeriodText('FY2025', { wareki: true })).toBe('2025年度（令和7年度）');
    expect(formatPeriodText('2019', { wareki: true })).toBe('2019年（令和元年）');
    expect(formatPeriodText('2026-03')).toBe('2026年3月');
    expect(formatPeriodText('2026-03-31')).toBe('2026年3月31日');
    expect(formatPeriodText('令和6年度改訂')).toBe('令和6年度改訂');
    expect(formatPeriodText(null)).toBe('—');
  });

  it('puts 和暦 beside 西暦 in titles and shows instants in JST', () => {
    expect(formatDayWareki('2026-11-23')).toBe('令和8年（2026年）11月23日');
    expect(formatJstTimestamp('2026-12-01T14:35:00Z')).toBe('2026-12-01 23:35 JST');
    expect(formatJstTimestamp('2026-12-31T15:00:00Z')).toBe('2027-01-01 00:00 JST');
  });
});
