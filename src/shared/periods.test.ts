import { afterEach, describe, expect, it, vi } from 'vitest';
import { PeriodParseError, comparePeriods, fiscalYearOfDay, formatDay, parseDay, parsePeriod, toWarekiYear, todayDay, tryParsePeriod, type Period } from './periods.ts';

/** Period with start/end rendered as dates, for readable assertions. */
function show(p: Period): { kind: string; label: string; start: string; end: string } {
  return { kind: p.kind, label: p.label, start: formatDay(p.start), end: formatDay(p.end) };
}

describe('parsePeriod: calendar years', () => {
  it.each<[string | number, string]>([
    ['2017', '2017'],
    [2017, '2017'],
    ['2017年', '2017'],
    ['CY2017', '2017'],
    ['cy2017', '2017'],
    ['２０１７', '2017'],
    ['　２０１７年　', '2017'],
    ['平成29年', '2017'],
    ['H29年', '2017'],
    ['令和元年', '2019'],
    ['令和2年', '2020'],
    ['昭和63年', '1988'],
    ['㍻29年', '2017'],
    ['1800', '1800'],
    ['2200', '2200'],
  ])('%j → %s', (input, label) => {
    const p = parsePeriod(input);
    expect(show(p)).toEqual({ kind: 'year', label, start: `${label}-01-01`, end: `${label}-12-31` });
  });
});

describe('parsePeriod: fiscal years (April–March)', () => {
  it.each<[string, number]>([
    ['FY2017', 2017],
    ['fy2017', 2017],
    ['Fy2017', 2017],
    ['ＦＹ２０１７', 2017],
    ['FY 2017', 2017],
    ['2017年度', 2017],
    ['2017 年度', 2017],
    ['2017FY', 2017],
    ['平成29年度', 2017],
    ['H29年度', 2017],
    ['h29年度', 2017],
    ['令和元年度', 2019],
    ['R5年度', 2023],
    ['R05年度', 2023],
    ['令和５年度', 2023],
    ['昭和63年度', 1988],
    ['平成31年度', 2019],
    // Targets in first-period strategies were written before the era change.
    ['平成32年度', 2020],
  ])('%j → FY%i', (input, year) => {
    expect(show(parsePeriod(input))).toEqual({
      kind: 'fiscal_year',
      label: `FY${year}`,
      start: `${year}-04-01`,
      end: `${year + 1}-03-31`,
    });
  });
});

describe('parsePeriod: months', () => {
  it.each<[string, string, string]>([
    ['2018-08', '2018-08', '2018-08-31'],
    ['2018/08', '2018-08', '2018-08-31'],
    ['2018/8', '2018-08', '2018-08-31'],
    ['2018-8', '2018-08', '2018-08-31'],
    ['2018年8月', '2018-08', '2018-08-31'],
    ['２０１８年８月', '2018-08', '2018-08-31'],
    ['令和2年8月', '2020-08', '2020-08-31'],
    ['2018-04', '2018-04', '2018-04-30'],
    ['2018-12', '2018-12', '2018-12-31'],
    ['2020-02', '2020-02', '2020-02-29'],
    ['2019-02', '2019-02', '2019-02-28'],
    ['2100-02', '2100-02', '2100-02-28'],
  ])('%j → %s', (input, label, end) => {
    expect(show(parsePeriod(input))).toEqual({ kind: 'month', label, start: `${label}-01`, end });
  });
});

describe('parsePeriod: ends of periods (stocks as KPI tables print them)', () => {
  it.each<[string, string]>([
    ['2024年度末', '2025-03-31'], // 地域未来戦略: デジタル人材育成数 230万人（2026年度末）
    ['令和6年度末', '2025-03-31'],
    ['２０２４年度末', '2025-03-31'],
    ['2024年度末時点', '2025-03-31'],
    ['2024年3月末', '2024-03-31'],
    ['2024年2月末', '2024-02-29'],
    ['2023年2月末', '2023-02-28'],
    ['2024年末', '2024-12-31'],
  ])('%j → the day %s (kept to the day, so a later actual in the same year counts)', (input, day) => {
    expect(show(parsePeriod(input))).toEqual({ kind: 'date', label: day, start: day, end: day });
  });
  it('rejects a month that does not exist', () => {
    expect(() => parsePeriod('2024年13月末')).toThrow('「2024年13月末」の月は1〜12で指定してください');
  });
});

describe('parsePeriod: dates', () => {
  it.each<[string, string]>([
    ['2018-08-31', '2018-08-31'],
    ['2018/8/31', '2018-08-31'],
    ['2018/08/31', '2018-08-31'],
    ['2018.8.31', '2018-08-31'],
    ['2018年8月31日', '2018-08-31'],
    ['2018 年 8 月 31 日', '2018-08-31'],
    ['２０１８－０８－３１', '2018-08-31'],
    ['令和2年8月31日', '2020-08-31'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['2020-02-29', '2020-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('%j → %s', (input, label) => {
    expect(show(parsePeriod(input))).toEqual({ kind: 'date', label, start: label, end: label });
  });
});

describe('parsePeriod: rejects', () => {
  it.each<string | number>([
    '',
    '   ',
    'abc',
    '2017-13',
    '2017-00',
    '2017年13月',
    '17',
    '20170',
    '201808',
    '20180831',
    '2018.08',
    '20 17',
    'FY17',
    'FY20170',
    'H29',
    'R5',
    '令和0年度',
    '令和',
    '2017年度度',
    '2019-02-29',
    '2018-04-31',
    '2018-08-31T00:00:00',
    '2018-08/31',
    '1799',
    '2201',
    'FY1799',
    '2017.5',
    1799,
    2201,
    2017.5,
    20170,
    Number.NaN,
  ])('%j', (input) => {
    expect(() => parsePeriod(input)).toThrow(PeriodParseError);
    expect(tryParsePeriod(input)).toBeNull();
  });

  it('names the input and gives examples in Japanese', () => {
    expect(() => parsePeriod('abc')).toThrow('期間「abc」を解釈できません（例: 2017, 2017年度, FY2017, 2018-08, 2018-08-31）');
  });

  it('explains impossible dates and out-of-range years specifically', () => {
    expect(() => parsePeriod('2019-02-29')).toThrow('日付「2019-02-29」は存在しない日付です');
    expect(() => parsePeriod('2017-13')).toThrow('「2017-13」の月は1〜12で指定してください');
    expect(() => parsePeriod('1700年度')).toThrow('「1700年度」の年は1800〜2200年の範囲で指定してください');
  });

  it('PeriodParseError is an Error with its own name', () => {
    const e = (() => {
      try {
        parsePeriod('x');
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).name).toBe('PeriodParseError');
  });
});

describe('comparePeriods', () => {
  it('orders by end, then by start (longer period first when both end together)', () => {
    const labels = ['2018-03-31', '2018-03', 'FY2017', '2017-12', '2017', 'FY2016'];
    const sorted = labels
      .map((l) => parsePeriod(l))
      .sort(comparePeriods)
      .map((p) => p.label);
    expect(sorted).toEqual(['FY2016', '2017', '2017-12', 'FY2017', '2018-03', '2018-03-31']);
  });

  it('is 0 for the same period written differently', () => {
    expect(comparePeriods(parsePeriod('平成29年度'), parsePeriod('FY2017'))).toBe(0);
    expect(comparePeriods(parsePeriod('2017'), parsePeriod('FY2017'))).toBeLessThan(0);
    expect(comparePeriods(parsePeriod('FY2017'), parsePeriod('2017'))).toBeGreaterThan(0);
  });
});

describe('parseDay / formatDay', () => {
  const expected = parseDay('2026-03-31');

  it.each(['2026-03-31', '2026/3/31', '2026/03/31', '2026.3.31', '2026年3月31日', '令和8年3月31日', 'R8年3月31日', '２０２６／３／３１', '　2026-03-31 '])(
    '%j is 2026-03-31',
    (input) => {
      expect(parseDay(input)).toBe(expected);
      expect(formatDay(parseDay(input))).toBe('2026-03-31');
    },
  );

  it('counts days from 1970-01-01 UTC', () => {
    expect(parseDay('1970-01-01')).toBe(0);
    expect(parseDay('1970-01-02')).toBe(1);
    expect(parseDay('1969-12-31')).toBe(-1);
    expect(parseDay('2000-01-01')).toBe(10957);
    expect(expected).toBe(20543);
  });

  it.each(['2026-03', '2026', 'FY2026', 'abc', '', '2026-02-29', '2026-3-31T00:00', '20260331', '令和8年3月'])('rejects %j', (input) => {
    expect(() => parseDay(input)).toThrow(PeriodParseError);
  });

  it('message names the input', () => {
    expect(() => parseDay('abc')).toThrow('日付「abc」を解釈できません（例: 2026-03-31, 2026/3/31, 2026年3月31日, 令和8年3月31日）');
    expect(() => parseDay('2026-02-29')).toThrow('日付「2026-02-29」は存在しない日付です');
  });

  it('formatDay pads and round-trips across leap years and centuries', () => {
    expect(formatDay(0)).toBe('1970-01-01');
    expect(formatDay(-1)).toBe('1969-12-31');
    expect(formatDay(parseDay('1800-01-01'))).toBe('1800-01-01');
    expect(formatDay(parseDay('2200-12-31'))).toBe('2200-12-31');
    for (let d = parseDay('1999-12-01'); d <= parseDay('2001-03-31'); d++) {
      expect(parseDay(formatDay(d))).toBe(d);
    }
  });
});

describe('todayDay', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('uses Japan time (UTC+9)', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-31T14:59:59Z')); // 23:59:59 JST
    expect(formatDay(todayDay())).toBe('2026-03-31');
    vi.setSystemTime(new Date('2026-03-31T15:00:00Z')); // 00:00 JST on 1 April
    expect(formatDay(todayDay())).toBe('2026-04-01');
  });

  it('is an integer day number', () => {
    expect(Number.isInteger(todayDay())).toBe(true);
  });
});

describe('fiscalYearOfDay', () => {
  it.each<[string, number]>([
    ['2026-03-31', 2025],
    ['2026-04-01', 2026],
    ['2026-01-01', 2025],
    ['2025-12-31', 2025],
    ['2025-04-01', 2025],
    ['2020-02-29', 2019],
  ])('%s → %i', (date, fy) => {
    expect(fiscalYearOfDay(parseDay(date))).toBe(fy);
  });

  it('agrees with the FY period bounds', () => {
    const fy = parsePeriod('FY2017');
    expect(fiscalYearOfDay(fy.start)).toBe(2017);
    expect(fiscalYearOfDay(fy.end)).toBe(2017);
    expect(fiscalYearOfDay(fy.start - 1)).toBe(2016);
    expect(fiscalYearOfDay(fy.end + 1)).toBe(2018);
  });
});

describe('toWarekiYear (era in force on 31 December)', () => {
  it.each<[number, string]>([
    [2026, '令和8年'],
    [2020, '令和2年'],
    [2019, '令和元年'],
    [2018, '平成30年'],
    [1990, '平成2年'],
    [1989, '平成元年'],
    [1988, '昭和63年'],
    [1926, '昭和元年'],
    [1925, '大正14年'],
    [1912, '大正元年'],
    [1868, '明治元年'],
  ])('%i → %s', (year, wareki) => {
    expect(toWarekiYear(year)).toBe(wareki);
  });

  it('round-trips through parsePeriod for the eras parsePeriod reads', () => {
    for (let y = 1926; y <= 2100; y++) {
      expect(parsePeriod(toWarekiYear(y)).label).toBe(String(y));
    }
  });

  it('rejects years before 明治 and non-integers', () => {
    expect(() => toWarekiYear(1867)).toThrow(RangeError);
    expect(() => toWarekiYear(2017.5)).toThrow(RangeError);
  });
});
