import { describe, expect, it } from 'vitest';
import type { CatalogKpi, KpiEvaluation } from '../../api/types.ts';
import { buildChartOption, hasChartData, type ChartLabels } from './chart-option.ts';

const LABELS: ChartLabels = { actual: 'Actual', path: 'Target path', target: 'Target', baseline: 'Baseline' };

function kpi(over: Partial<CatalogKpi> = {}): CatalogKpi {
  return { id: 'K1', node: 'n1', name: 'KPI', unit: '%', direction: 'increase', baseline: null, targets: [], target_text: null, observations: [], ...over };
}

function evaluation(over: Partial<KpiEvaluation> = {}): KpiEvaluation {
  return {
    id: 'K1',
    node: 'n1',
    name: 'KPI',
    unit: '%',
    direction: 'increase',
    status: '3',
    band: null,
    progress: null,
    progress_exact: null,
    reason: '',
    actual: null,
    baseline: null,
    target: null,
    target_kind: 'none',
    target_due: null,
    expected: null,
    on_track: null,
    reached: null,
    pre_revision_target_reached: false,
    ...over,
  };
}

type Series = { name: string; data: Array<[number, number, string]>; markLine?: { data: Array<{ yAxis: number }>; label: { formatter: string } } };
const seriesOf = (o: Record<string, unknown>) => o.series as Series[];

describe('hasChartData', () => {
  it('needs an actual value or a numeric target with a period', () => {
    expect(hasChartData(kpi(), evaluation())).toBe(false);
    expect(hasChartData(kpi(), evaluation({ target: { value: 80, period: 'FY2030', text: null } }))).toBe(true);
    expect(hasChartData(kpi(), evaluation({ target: { value: 80, period: null, text: null } }))).toBe(false);
    expect(hasChartData(kpi({ observations: [{ period: '2024', value: 1 }] }), evaluation())).toBe(true);
  });
});

describe('buildChartOption', () => {
  it('places actual values at the last day of their periods, in time order, and drops labels that are no period', () => {
    const k = kpi({
      observations: [
        { period: 'FY2022', value: 30 },
        { period: '2021', value: 20 },
        { period: 'someday', value: 99 },
      ],
    });
    const [actual] = seriesOf(buildChartOption(k, evaluation(), 'en', LABELS));
    expect(actual!.name).toBe('Actual');
    expect(actual!.data).toEqual([
      [Date.UTC(2021, 11, 31), 20, '2021'],
      [Date.UTC(2023, 2, 31), 30, 'FY2022'],
    ]);
  });

  it('draws the straight target path from the baseline to the target', () => {
    const ev = evaluation({ baseline: { value: 40, period: 'FY2020' }, target: { value: 80, period: 'FY2030', text: null } });
    const series = seriesOf(buildChartOption(kpi(), ev, 'en', LABELS));
    expect(series.map((s) => s.name)).toEqual(['Actual', 'Target path']);
    expect(series[1]!.data).toEqual([
      [Date.UTC(2021, 2, 31), 40, 'FY2020'],
      [Date.UTC(2031, 2, 31), 80, 'FY2030'],
    ]);
  });

  it('takes the catalog baseline when the evaluation has none', () => {
    const ev = evaluation({ target: { value: 80, period: '2030', text: null } });
    const series = seriesOf(buildChartOption(kpi({ baseline: { value: 10, period: '2020' } }), ev, 'en', LABELS));
    expect(series[1]!.data[0]).toEqual([Date.UTC(2020, 11, 31), 10, '2020']);
  });

  it('without a baseline shows the target as a point and a labelled line at its value', () => {
    const ev = evaluation({ target: { value: 80, period: 'FY2030', text: null } });
    const series = seriesOf(buildChartOption(kpi(), ev, 'en', LABELS));
    expect(series.map((s) => s.name)).toEqual(['Actual', 'Target']);
    expect(series[1]!.data).toEqual([[Date.UTC(2031, 2, 31), 80, 'FY2030']]);
    expect(series[1]!.markLine!.data).toEqual([{ yAxis: 80 }]);
    expect(series[1]!.markLine!.label.formatter).toBe('Target 80%');
  });

  it('has only the actual series without a numeric target', () => {
    expect(seriesOf(buildChartOption(kpi(), evaluation({ target: { value: null, period: null, text: '増加' } }), 'ja', LABELS))).toHaveLength(1);
  });

  it('escapes names in the tooltip and writes the period and value for people', () => {
    const o = buildChartOption(kpi(), evaluation(), 'ja', LABELS) as { tooltip: { formatter: (p: unknown) => string } };
    expect(o.tooltip.formatter({ seriesName: '<b>&', data: [0, 64, 'FY2030'] })).toBe('&#60;b&#62;&#38;<br>2030年度（令和12年度）：<b>64%</b>');
  });
});
