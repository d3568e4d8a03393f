import { describe, expect, it } from 'vitest';
import { formatDay, formatPeriod, formatTimestamp, isIsoDay, parsePeriod, periodEnd, todayJst, warekiDate, warekiFiscalYear, warekiYear } from './period.ts';

describe("parsePeriod (the API's labels, read by src/shared/periods.ts)", () => {
  it('reads years, fiscal years, months and days', () => {
    expect(parsePeriod('2030')).toEqual({ kind: 'year', year: 2030 });
    expect(parsePeriod('FY2030')).toEqual({ kind: 'fiscal_year', year: 2030 });
    expect(parsePeriod('2026-03')).toEqual({ kind: 'month', year: 2026, month: 3 });
    expect(parsePeriod('2026-03-31')).toEqual({ kind: 'date', year: 2026, month: 3, day: 31 });
  });

  it('leaves other text and impossible dates unread', () => {
    expect(parsePeriod('令和6年度改訂')).toBeNull();
    expect(parsePeriod('2026-02-30')).toBeNull();
    expect(parsePeriod('2026-13')).toBeNull();
  });
});

describe('和暦', () => {
  it('names a year by the era in force for most of it (元年 for the first)', () => {
    expect(warekiYear(2019)).toBe('令和元年');
    expect(warekiYear(2030)).toBe('令和12年');
    expect(warekiYear(2018)).toBe('平成30年');
    expect(warekiYear(1989)).toBe('平成元年');
    expect(warekiYear(1926)).toBe('昭和元年');
    expect(warekiYear(1925)).toBeNull();
    expect(warekiFiscalYear(2019)).toBe('令和元年度');
  });

  it('is exact to the day at era boundaries', () => {
    expect(warekiDate(2019, 4, 30)).toBe('平成31年4月30日');
    expect(warekiDate(2019, 5, 1)).toBe('令和元年5月1日');
    expect(warekiDate(1989, 1, 7)).toBe('昭和64年1月7日');
    expect(warekiDate(1989, 1, 8)).toBe('平成元年1月8日');
  });
});

describe('formatPeriod', () => {
  it('writes 西暦 with 和暦 beside it in Japanese', () => {
    expect(formatPeriod('2030', 'ja')).toBe('2030年（令和12年）');
    expect(formatPeriod('FY2030', 'ja')).toBe('2030年度（令和12年度）');
    expect(formatPeriod('2026-03', 'ja')).toBe('2026年3月');
    expect(formatPeriod('2026-03-31', 'ja')).toBe('2026年3月31日（令和8年3月31日）');
    expect(formatPeriod('FY2030', 'ja', { wareki: false })).toBe('2030年度');
    expect(formatDay('2019-05-01', 'ja')).toBe('2019年5月1日（令和元年5月1日）');
  });

  it('writes English forms', () => {
    expect(formatPeriod('2030', 'en')).toBe('2030');
    expect(formatPeriod('FY2030', 'en')).toBe('FY2030');
    expect(formatPeriod('2026-03', 'en')).toBe('Mar 2026');
    expect(formatPeriod('2026-11-23', 'en')).toBe('Nov 23 2026');
  });

  it('shows a dash for no period and other text as written', () => {
    expect(formatPeriod(null, 'ja')).toBe('—');
    expect(formatPeriod('', 'en')).toBe('—');
    expect(formatPeriod('第2期', 'ja')).toBe('第2期');
  });
});

describe('periodEnd', () => {
  it('is the last day of the period (a 年度 ends on 31 March of the next year)', () => {
    expect(periodEnd('2030')).toBe(Date.UTC(2030, 11, 31));
    expect(periodEnd('FY2030')).toBe(Date.UTC(2031, 2, 31));
    expect(periodEnd('2024-02')).toBe(Date.UTC(2024, 1, 29));
    expect(periodEnd('2023-02')).toBe(Date.UTC(2023, 1, 28));
    expect(periodEnd('2026-03-15')).toBe(Date.UTC(2026, 2, 15));
    expect(periodEnd('x')).toBeNull();
  });
});

describe('Japan time', () => {
  it('today in Japan is already tomorrow after 15:00 UTC', () => {
    expect(todayJst(new Date('2026-11-30T14:59:00Z'))).toBe('2026-11-30');
    expect(todayJst(new Date('2026-11-30T15:00:00Z'))).toBe('2026-12-01');
  });

  it('timestamps are shown in JST (UTC+9)', () => {
    expect(formatTimestamp('2026-11-23T08:25:00Z', 'ja')).toBe('2026年11月23日 17:25');
    expect(formatTimestamp('2026-11-23T08:25:00Z', 'en')).toBe('2026-11-23 17:25 JST');
    expect(formatTimestamp('not a time', 'en')).toBe('not a time');
  });
});

describe('isIsoDay', () => {
  it('accepts real YYYY-MM-DD days only', () => {
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2026-1-01')).toBe(false);
    expect(isIsoDay('2026-04-31')).toBe(false);
  });
});
