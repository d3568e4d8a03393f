import { describe, expect, it } from 'vitest';
import type { AreaProfile } from '../../../api/statistics.ts';
import { AGE_COLORS, populationOption, pyramidOption } from './charts.ts';

const LABELS = { total: 'Total', young: '0–14', working: '15–64', old: '65+', unit: 'people' };
type Series = { name: string; stack?: string; data: Array<number | null>; lineStyle: { type?: string; color: string } };

describe('populationOption', () => {
  const series: AreaProfile['population']['series'] = [
    { period: '2020', total: 100, age_0_14: 10, age_15_64: 60, age_65_plus: 30 },
    { period: '2021', total: 98, age_0_14: 9, age_15_64: 58, age_65_plus: null },
  ];

  it('stacks the three age groups and draws the total dashed over them', () => {
    const o = populationOption(series, 'en', LABELS);
    const s = o.series as Series[];
    expect(s.map((x) => x.name)).toEqual(['0–14', '15–64', '65+', 'Total']);
    expect(s.slice(0, 3).every((x) => x.stack === 'age')).toBe(true);
    expect(s[2]!.data).toEqual([30, null]);
    expect(s[3]!.data).toEqual([100, 98]);
    expect(s[3]!.lineStyle).toEqual({ width: 2, color: AGE_COLORS.total, type: 'dashed' });
    expect(o.xAxis.data).toEqual(['2020', '2021']);
  });

  it('without any age figures draws the total alone, solid', () => {
    const totals = series.map((p) => ({ ...p, age_0_14: null, age_15_64: null, age_65_plus: null }));
    const s = populationOption(totals, 'en', LABELS).series as Series[];
    expect(s.map((x) => x.name)).toEqual(['Total']);
    expect(s[0]!.lineStyle.type).toBe('solid');
  });

  it('labels fiscal years on the axis by their year', () => {
    expect(populationOption(series, 'ja', LABELS).xAxis.axisLabel.formatter('FY2021')).toBe('2021');
  });
});

describe('pyramidOption', () => {
  const pyramid: NonNullable<AreaProfile['pyramid']> = {
    period: '2020',
    source: 'test',
    groups: [
      { age_group: '0〜4歳', male: 120, female: 110 },
      { age_group: '5〜9歳', male: null, female: 130 },
    ],
  };

  it('puts men to the left (negative) and women to the right, by age group', () => {
    const o = pyramidOption(pyramid, 'en', { male: 'Men', female: 'Women', unit: 'people' });
    expect(o.yAxis.data).toEqual(['0〜4歳', '5〜9歳']);
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ['Men', [-120, null]],
      ['Women', [110, 130]],
    ]);
  });

  it('shows magnitudes, never negative numbers, on the axis and in the tooltip', () => {
    const o = pyramidOption(pyramid, 'en', { male: 'Men', female: 'Women', unit: 'people' });
    expect(o.xAxis.axisLabel.formatter(-120)).toBe('120');
    const tip = o.tooltip.formatter([
      { seriesName: 'Men', value: -120, axisValue: '0〜4歳', marker: '' },
      { seriesName: 'Women', value: 110, axisValue: '0〜4歳', marker: '' },
    ]);
    expect(tip).toBe('0〜4歳<br/>Men: 120 people<br/>Women: 110 people');
  });
});
