/** The census/projection age composition behind the RESAS endpoints: what the reader makes of the shipped files. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { STATISTICS_DIR } from '../src/platform/reference-data.ts';
import type { ValueRow } from '../src/modules/statistics/store/indicator-store.ts';
import { CENSUS_AGE3_FILES, CENSUS_AGE3_INDICATORS, type CensusAge3Files, readCensusAge3 } from '../src/modules/statistics/reference/census-age3.ts';

const files = Object.fromEntries(Object.entries(CENSUS_AGE3_FILES).map(([k, f]) => [k, readFileSync(`${STATISTICS_DIR}${f}`, 'utf8')])) as CensusAge3Files;

describe('census / projection age composition (the shipped files)', () => {
  let values: ValueRow[];
  let get: (indicator: string, area: string, year: string) => number | null | undefined;
  beforeAll(() => {
    values = readCensusAge3(files);
    const index = new Map(values.map((v) => [`${v.indicatorCode}|${v.areaCode}|${v.period.label}`, v.value]));
    get = (i, a, y) => index.get(`${i}|${a}|${y}`);
  });

  it('99,772 values: 4 per row of the four files plus 72 national sums, no key twice, every indicator defined', () => {
    expect(values).toHaveLength(4 * (611 + 235 + 15_669 + 8_410) + 72);
    expect(new Set(values.map((v) => `${v.indicatorCode}|${v.areaCode}|${v.period.label}`)).size).toBe(values.length);
    expect(new Set(values.map((v) => v.indicatorCode))).toEqual(new Set(CENSUS_AGE3_INDICATORS.map((d) => d.code)));
  });

  it('prefectures 1960–2020 and municipalities 1980–2020 as RESAS showed them; projections 2025–2045', () => {
    expect(get('census_age3_total', '010006', '1960')).toBe(5_039_206);
    expect(get('census_age3_age_0_14', '010006', '1960')).toBe(1_681_479);
    expect(get('census_age3_total', '011002', '1980')).toBe(1_401_757);
    expect(get('census_age3_total', '011002', '1975')).toBeUndefined();
    expect(get('projection_age3_age_65_plus', '011002', '2045')).toBe(715_995);
    expect(get('projection_age3_total', '072010', '2025')).toBeUndefined(); // IPSS did not project Fukushima's municipalities
  });

  it('the nation is the sum of the 47 prefectures (2020: the census total; 1960: 73 short, the 境界未定 area)', () => {
    expect(get('census_age3_total', '000000', '2020')).toBe(126_146_099);
    expect(get('census_age3_age_65_plus', '000000', '2020')).toBe(35_335_805);
    expect(get('census_age3_age_0_14', '000000', '1960')).toBe(28_434_129);
    expect(get('projection_age3_total', '000000', '2045')).toBe(106_421_185);
    expect(values.filter((v) => v.areaCode === '000000')).toHaveLength(4 * (13 + 5));
  });

  it('a bad shipped file is an error naming the file and line', () => {
    const bad = { ...files, censusPrefecture: files.censusPrefecture.replace('5039206', '5039206.5') };
    expect(() => readCensusAge3(bad)).toThrow(/census_prefecture_age3_1960_2020\.csv 2行目: total/);
  });
});
