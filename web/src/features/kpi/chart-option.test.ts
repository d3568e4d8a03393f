import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatalogKpi, KpiEvaluation } from '../../api/types.ts';
import { SAMPLE_SOURCE } from '../../../../src/shared/sample-data.ts';
import { buildChartOption, hasChartData, niceStep, periodX, yRange, type ChartLabels, type Point } from './chart-option.ts';

// The shipped national strategy, read as a file (the web's code may not import reference data).
const national = JSON.parse(readFileSync(new URL('../../../../reference-data/strategies/chiiki-mirai-senryaku-2026.json', import.meta.url), 'utf8')) as { kpis: CatalogKpi[] };

const FLAGS: Record<string, string> = { preliminary: '速報値', final: '確報値', estimate: '推計値' };
const LABELS: ChartLabels = { actual: '実績値', path: '目標経路', target: '目標値', baseline: '基準値', flag: (f) => FLAGS[f] ?? f, sample: 'サンプル' };

/** A KPI of the national strategy as the API serves it, with the given actuals. */
function nationalKpi(id: string, observations: CatalogKpi['observations'] = []): CatalogKpi {
  const k = national.kpis.find((x) => x.id === id);
  if (!k) throw new Error(`no KPI ${id}`);
  return { ...k, observations };
}

/** Its evaluation's baseline and current target, as the engine reports them. */
function evaluationOf(k: CatalogKpi): KpiEvaluation {
  const t = k.targets.at(-1) ?? null;
  return {
    id: k.id,
    node: k.node,
    name: k.name,
    unit: k.unit,
    direction: k.direction,
    status: '3',
    band: null,
    progress: null,
    progress_exact: null,
    reason: '',
    actual: null,
    baseline: k.baseline,
    target: t ? { value: t.value, period: t.period ?? null, text: t.text ?? null } : null,
    target_kind: 'numeric',
    target_due: null,
    expected: null,
    on_track: null,
    reached: null,
    pre_revision_target_reached: false,
  } as KpiEvaluation;
}

type Item = { value: Point; symbol?: string; label?: { show: boolean; formatter: string } };
type Series = { name: string; data: Item[]; lineStyle?: { type: string } };
type Axis = { min: number; max: number; interval: number; name?: string; axisLabel: { formatter: (v: number) => string; customValues: number[] } };
const option = (k: CatalogKpi, compact = false) => buildChartOption(k, evaluationOf(k), 'ja', LABELS, { compact }) as { series: Series[]; xAxis: Axis; yAxis: Axis };

describe('periodX', () => {
  it('puts years and 年度 at their year, months inside the 年度 or the year', () => {
    expect(periodX('FY2024', true)).toBe(2024);
    expect(periodX('2024', true)).toBe(2024);
    expect(periodX('2025-04', true)).toBe(2025);
    expect(periodX('2026-03', true)).toBeCloseTo(2025 + 11 / 12);
    expect(periodX('2026-03', false)).toBeCloseTo(2026 + 2 / 12);
    expect(periodX('令和6年度改訂', true)).toBeNull();
  });
});

describe('yRange and niceStep', () => {
  it('shows the movement on round steps, not from 0', () => {
    const r = yRange([42, 44, 46]);
    expect(r.min).toBeGreaterThan(30);
    expect(r.min).toBeLessThan(42);
    expect(r.max).toBeGreaterThan(46);
    expect(r.interval).toBe(niceStep(4, 4));
    expect((r.max - r.min) / r.interval).toBeLessThanOrEqual(8);
  });

  it('stays at 0 or above for values that are all ≥ 0, and widens a single value', () => {
    expect(yRange([0, 2740, 1500]).min).toBe(0);
    const one = yRange([50]);
    expect(one.min).toBeLessThan(50);
    expect(one.max).toBeGreaterThan(50);
  });
});

describe('buildChartOption with the national strategy’s KPIs', () => {
  it('IMP-02: baseline 42% (2026) to target 46% (2030) as one straight path, the target marked, the actual flagged', () => {
    const k = nationalKpi('IMP-02', [{ period: '2027', value: 44, flag: 'preliminary', source: SAMPLE_SOURCE }]);
    const o = option(k);
    const [actual, path] = o.series;
    expect(path!.name).toBe('目標経路');
    expect(path!.lineStyle!.type).toBe('dashed');
    expect(path!.data.map((d) => d.value.slice(0, 2))).toEqual([
      [2026, 42],
      [2030, 46],
    ]);
    expect(path!.data.map((d) => d.label!.formatter)).toEqual(['基準値 42%', '目標値 46%']);
    expect(path!.data[1]!.symbol).toBe('diamond');
    expect(actual!.data[0]!.value.slice(0, 2)).toEqual([2027, 44]);
    expect(actual!.data[0]!.label!.formatter).toBe('速報値・サンプル');
    expect(actual!.data[0]!.symbol).toBe('emptyCircle');
    // The x axis reaches the target period; its ticks are years (this KPI has calendar years)
    expect(o.xAxis.min).toBeLessThan(2026);
    expect(o.xAxis.max).toBeGreaterThan(2030);
    expect(o.xAxis.axisLabel.formatter(2027)).toBe('2027年\n令和9');
    expect(o.xAxis.axisLabel.formatter(2027.5)).toBe('');
    expect(o.xAxis.axisLabel.customValues).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(o.yAxis.name).toBe('単位：%');
    expect(o.yAxis.min).toBeGreaterThan(0);
    expect(o.yAxis.min).toBeLessThanOrEqual(42);
    expect(o.yAxis.max).toBeGreaterThanOrEqual(46);
  });

  it('OUT-A-05: a 年度 target without a baseline is the target point, ticks in 年度 with 和暦, shorter on a phone', () => {
    const k = nationalKpi('OUT-A-05', [{ period: 'FY2025', value: 1_800_000, flag: 'final' }]);
    const o = option(k);
    expect(o.series[1]!.name).toBe('目標値');
    expect(o.series[1]!.data.map((d) => d.value.slice(0, 2))).toEqual([[2026, 2_300_000]]);
    expect(o.series[0]!.data[0]!.label!.formatter).toBe('確報値');
    expect(o.xAxis.axisLabel.formatter(2026)).toBe('2026年度\n令和8');
    expect(option(k, true).xAxis.axisLabel.formatter(2026)).toBe('2026年度');
    expect(o.yAxis.name).toBe('単位：人');
  });

  it('OUT-I-01 (decrease to 0 地区): the range holds the baseline and the target', () => {
    const o = option(nationalKpi('OUT-I-01', [{ period: '2027', value: 2100 }]));
    expect(o.yAxis.min).toBe(0);
    expect(o.yAxis.max).toBeGreaterThanOrEqual(2740);
    expect(o.series[0]!.data[0]!.label).toBeUndefined();
  });

  it('keeps the ticks few on a phone over a long span (OUT-a-06, target FY2033)', () => {
    const k = nationalKpi('OUT-a-06', [{ period: 'FY2020', value: 20 }]);
    const o = option(k, true);
    const ticks = o.xAxis.axisLabel.customValues;
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[0]).toBe(2020);
    expect(ticks.every(Number.isInteger)).toBe(true);
  });

  it('has no chart for a KPI without actuals and without a numeric target (KGI-B-01)', () => {
    const k = nationalKpi('KGI-B-01');
    expect(hasChartData(k, evaluationOf(k))).toBe(false);
  });

  it('escapes names in the tooltip and writes the period, value and mark for people', () => {
    const o = buildChartOption(nationalKpi('IMP-02'), evaluationOf(nationalKpi('IMP-02')), 'ja', LABELS) as { tooltip: { formatter: (p: unknown) => string } };
    expect(o.tooltip.formatter({ seriesName: '<b>&', data: { value: [2030, 64, 'FY2030', '速報値'] } })).toBe('&#60;b&#62;&#38;<br>2030年度（令和12年度）：<b>64%</b>（速報値）');
  });
});
