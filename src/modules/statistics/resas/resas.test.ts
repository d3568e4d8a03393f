import { describe, expect, it } from 'vitest';
import { flowYear } from './resas-estimate.ts';
import { parsePyramidYear, pyramidSide } from './resas-pyramid.ts';
import { areaCodeOf, bigCityFlag, changeRate, compositionResult, parseAddArea, parseCityCode, parsePrefCode, shareRate, sumPerYearResult, type YearRow } from './resas.ts';

describe('RESAS parameters', () => {
  it('prefCode 1–47, with or without a leading zero', () => {
    expect(parsePrefCode('1')).toBe(1);
    expect(parsePrefCode('01')).toBe(1);
    expect(parsePrefCode('47')).toBe(47);
    for (const bad of [undefined, '', '0', '48', 'x', '1.5', '001']) expect(parsePrefCode(bad)).toBeNull();
  });

  it("cityCode '-' (or none) or five digits in the prefecture", () => {
    expect(parseCityCode('-', 1)).toBe('-');
    expect(parseCityCode('01100', 1)).toBe('01100');
    expect(parseCityCode('13101', 1)).toBeNull();
    expect(parseCityCode('011002', 1)).toBeNull();
    // missing or empty: the prefecture, as RESAS answered
    expect(parseCityCode(undefined, 1)).toBe('-');
    expect(parseCityCode('', 1)).toBe('-');
    expect(parseCityCode('x', 1)).toBeNull();
  });

  it('addArea: prefectures with cityCode -, cities otherwise; at most 10', () => {
    expect(parseAddArea('13_,14_', true)).toEqual([
      { prefCode: 13, cityCode: '-' },
      { prefCode: 14, cityCode: '-' },
    ]);
    expect(parseAddArea('13_13101', true)).toEqual([{ prefCode: 13, cityCode: '-' }]);
    expect(parseAddArea('13_13101,1_01100', false)).toEqual([
      { prefCode: 13, cityCode: '13101' },
      { prefCode: 1, cityCode: '01100' },
    ]);
    expect(parseAddArea('13_', false)).toBeNull();
    expect(parseAddArea('13_01100', false)).toBeNull();
    expect(parseAddArea(Array.from({ length: 11 }, (_, i) => `${i + 1}_`).join(','), true)).toBeNull();
    expect(parseAddArea(undefined, true)).toEqual([]);
  });

  it('maps RESAS codes to 6-digit 団体コード', () => {
    expect(areaCodeOf({ prefCode: 1, cityCode: '-' })).toBe('010006');
    expect(areaCodeOf({ prefCode: 1, cityCode: '01100' })).toBe('011002');
    expect(areaCodeOf({ prefCode: 13, cityCode: '13101' })).toBe('131016');
  });

  it('bigCityFlag: 0 一般, 1 政令指定都市の区, 2 政令指定都市, 3 東京都23区', () => {
    expect(bigCityFlag({ level: 'municipality', type: '市', prefCode: '01' })).toBe('0');
    expect(bigCityFlag({ level: 'ward', type: '行政区', prefCode: '01' })).toBe('1');
    expect(bigCityFlag({ level: 'municipality', type: '政令指定都市', prefCode: '01' })).toBe('2');
    expect(bigCityFlag({ level: 'municipality', type: '特別区', prefCode: '13' })).toBe('3');
  });
});

describe('RESAS rounding', () => {
  it('rates in percent with two decimals, half away from zero', () => {
    // RESAS (boundaryYear 2020): 北海道 1960 年少人口 1,681,479 of 5,039,206 → 33.37
    expect(shareRate(1_681_479, 5_039_206)).toBe(33.37);
    expect(shareRate(513_397, 1_426_606)).toBe(35.99);
    expect(shareRate(3, 20_000)).toBe(0.02); // exactly 0.015 → up
    expect(changeRate(12_707, 12_817)).toBe(-0.86);
    expect(changeRate(97, 100)).toBe(-3);
    expect(changeRate(10_015, 10_000)).toBe(0.15);
  });
});

describe('RESAS shapes', () => {
  const rows: YearRow[] = [
    { year: 2015, total: 12_000, young: 1_500, working: 7_000, old: 3_500 },
    { year: 2020, total: 11_400, young: 1_300, working: 6_400, old: 3_700 },
    { year: 2021, total: 11_300, young: 1_280, working: 6_300, old: 3_720 },
  ];

  it('composition: four labels in RESAS order; 総人口 without rate; the others with rate', () => {
    const r = compositionResult(rows, 2021);
    expect(r.boundaryYear).toBe(2021);
    expect(r.data.map((d) => d.label)).toEqual(['総人口', '年少人口', '生産年齢人口', '老年人口']);
    expect(r.data[0].data[0]).toEqual({ year: 2015, value: 12_000 });
    expect(Object.keys(r.data[0].data[0]!)).toEqual(['year', 'value']);
    expect(r.data[1].data[0]).toEqual({ year: 2015, value: 1_500, rate: 12.5 });
    expect(Object.keys(r.data[1].data[0]!)).toEqual(['year', 'value', 'rate']);
    expect(r.data[3].data.map((d) => d.rate)).toEqual([29.17, 32.46, 32.92]);
  });

  it('sum/perYear: 5-year change at multiples of 5, class in RESAS order (老年・生産年齢・年少)', () => {
    const r = sumPerYearResult(rows, 2021);
    expect(r.line).toEqual({ boundaryYear: 2021, data: [{ year: 2020, value: -5 }] });
    expect(r.bar.data).toEqual([
      {
        year: 2020,
        sum: -5,
        class: [
          { label: '老年人口', value: 5.71 },
          { label: '生産年齢人口', value: -8.57 },
          { label: '年少人口', value: -13.33 },
        ],
      },
    ]);
  });
});

describe('RESAS pyramid', () => {
  it("years 1980–2045 five-yearly, or the register's 2022", () => {
    expect(parsePyramidYear('1980')).toBe(1980);
    expect(parsePyramidYear('2045')).toBe(2045);
    expect(parsePyramidYear('2022')).toBe(2022);
    for (const bad of [undefined, '', '1975', '2050', '2021', '20x0', '2020.0']) expect(parsePyramidYear(bad)).toBeNull();
  });

  it("percentages as in RESAS's documented sample: age groups truncated to whole percent, classes to two decimals", () => {
    // RESAS documentation sample (2030): 3,212 / 3,693 / 705 → 42 / 48 / 9; 0～4歳 men 104 of 7,610 → 1.37
    const s = pyramidSide(2030, { young: 705, working: 3_693, old: 3_212 }, [
      { class: '0～4歳', man: 104, woman: 99 },
      { class: 'rest', man: 3_500, woman: 3_907 },
    ]);
    expect(s).toMatchObject({ year: 2030, oldAgeCount: 3_212, oldAgePercent: 42, middleAgeCount: 3_693, middleAgePercent: 48, newAgeCount: 705, newAgePercent: 9 });
    expect(s.data[0]).toEqual({ class: '0～4歳', man: 104, manPercent: 1.37, woman: 99, womanPercent: 1.3 });
    // 1980 of the same sample: 2,906 / 12,816 = 22.67… → 22 (truncated, not rounded)
    expect(pyramidSide(1980, { young: 2_906, working: 8_360, old: 1_550 }, []).newAgePercent).toBe(22);
  });
});

describe('RESAS sum/estimate', () => {
  it('flow periods become RESAS years: FY2012 → 2012, 2013 → 2013', () => {
    expect(flowYear('FY2012')).toBe(2012);
    expect(flowYear('2013')).toBe(2013);
    expect(flowYear('2013-01')).toBeNull();
  });
});
