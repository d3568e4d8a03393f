/**
 * The KPI chart's option: actual values against the straight target path from (baseline
 * period, baseline) to (target period, target), on a time axis by period end date. Series differ
 * by line style and symbol as well as colour (Okabe–Ito blue / vermillion).
 */
import type { CatalogKpi, KpiEvaluation } from '../../api/types.ts';
import { formatCompact, formatValue } from '../../format/number.ts';
import { formatPeriod, periodEnd } from '../../format/period.ts';
import type { Lang } from '../../i18n/dictionaries.ts';

export interface ChartLabels {
  actual: string;
  path: string;
  target: string;
  baseline: string;
}

type Point = [number, number, string];

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function hasChartData(kpi: CatalogKpi, ev: KpiEvaluation): boolean {
  return kpi.observations.length > 0 || (ev.target?.value != null && !!ev.target.period);
}

export function buildChartOption(kpi: CatalogKpi, ev: KpiEvaluation, lang: Lang, labels: ChartLabels): Record<string, unknown> {
  const actual: Point[] = [];
  for (const o of kpi.observations) {
    const x = periodEnd(o.period);
    if (x !== null) actual.push([x, o.value, o.period]);
  }
  actual.sort((a, b) => a[0] - b[0]);

  const path: Point[] = [];
  const b = ev.baseline ?? kpi.baseline;
  const tgt = ev.target;
  if (b && tgt && tgt.value !== null && tgt.period) {
    const x0 = periodEnd(b.period);
    const x1 = periodEnd(tgt.period);
    if (x0 !== null && x1 !== null) path.push([x0, b.value, b.period], [x1, tgt.value, tgt.period]);
  }
  const targetOnly = path.length === 0 && tgt && tgt.value !== null;
  const tp = tgt?.period ? periodEnd(tgt.period) : null;

  const unit = ev.unit;
  const tooltip = (name: string, p: Point) => `${esc(name)}<br>${esc(formatPeriod(p[2], lang))}：<b>${esc(formatValue(p[1], unit, lang))}</b>`;

  const series: Record<string, unknown>[] = [
    {
      name: labels.actual,
      type: 'line',
      data: actual,
      symbol: 'circle',
      symbolSize: 9,
      lineStyle: { width: 3, type: 'solid' },
      itemStyle: { color: '#0072B2' },
      z: 3,
    },
  ];
  if (path.length > 0) {
    series.push({
      name: labels.path,
      type: 'line',
      data: path,
      symbol: 'diamond',
      symbolSize: 11,
      lineStyle: { width: 2, type: 'dashed' },
      itemStyle: { color: '#D55E00' },
      z: 2,
    });
  } else if (targetOnly && tgt) {
    const points: Point[] = tp !== null ? [[tp, tgt.value!, tgt.period!]] : [];
    series.push({
      name: labels.target,
      type: 'line',
      data: points,
      symbol: 'diamond',
      symbolSize: 11,
      itemStyle: { color: '#D55E00' },
      markLine: {
        symbol: 'none',
        silent: true,
        lineStyle: { type: 'dashed', color: '#D55E00', width: 2 },
        label: { formatter: `${labels.target} ${formatValue(tgt.value, unit, lang)}`, position: 'insideEndTop', color: '#1a1a1a' },
        data: [{ yAxis: tgt.value }],
      },
    });
  }

  return {
    animation: false,
    textStyle: { fontFamily: "'Noto Sans JP', -apple-system, BlinkMacSystemFont, sans-serif", fontSize: 13, color: '#1a1a1a' },
    grid: { left: 12, right: 24, top: 48, bottom: 12, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 28, textStyle: { fontSize: 13, color: '#1a1a1a' } },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesName: string; data: Point }) => tooltip(p.seriesName, p.data),
    },
    xAxis: {
      type: 'time',
      // one label per year at most (periods end on 31 Dec / 31 Mar / month ends)
      minInterval: 365 * 86_400_000,
      // ticks are dates (periods are placed at their last day): say so — 2025年1月 / Jan 2025
      axisLabel: { color: '#333333', hideOverlap: true, formatter: lang === 'ja' ? '{yyyy}年{M}月' : '{MMM} {yyyy}' },
      axisLine: { lineStyle: { color: '#666666' } },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { color: '#333333', formatter: (v: number) => formatCompact(v, lang) },
      splitLine: { lineStyle: { color: '#e6e6e6' } },
    },
    series,
  };
}
