/**
 * The KPI chart's option: the baseline, the actual values and the straight target path from
 * (baseline period, baseline) to (target period, target), the target marked, on an axis of years.
 * The x axis is a value axis in years (a period sits at its year; months and days in between),
 * so ticks are whole 年度 (or 年, when the KPI has no fiscal-year period) and the path is one
 * straight line however far the target lies. Series differ by line style and symbol as well as
 * colour (Okabe–Ito blue / vermillion); flagged actuals (速報値 …, サンプル) are hollow and labelled.
 */
import type { CatalogKpi, CatalogObservation, KpiEvaluation } from '../../api/types.ts';
import { formatCompact, formatValue } from '../../format/number.ts';
import { formatPeriod, parsePeriod, warekiYear } from '../../format/period.ts';
import type { Lang } from '../../i18n/dictionaries.ts';
import { isSampleSource } from '../../../../src/shared/sample-data.ts';

export interface ChartLabels {
  actual: string;
  path: string;
  target: string;
  baseline: string;
  /** a flag's words (速報値 …) */
  flag: (flag: string) => string | null;
  /** the mark of demo / sample values */
  sample: string;
}

export interface ChartOptions {
  /** a narrow screen (a phone): shorter tick labels, fewer ticks */
  compact?: boolean;
}

/** [x (years), y, period label, mark (flag words) or ''] */
export type Point = [number, number, string, string];

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const BLUE = '#0072B2';
const VERMILLION = '#D55E00';
const INK = '#1a1a1a';

export function hasChartData(kpi: CatalogKpi, ev: KpiEvaluation): boolean {
  return kpi.observations.length > 0 || (ev.target?.value != null && !!ev.target.period);
}

/**
 * Where a period sits on the axis, in years: FY2024 and 2024 at 2024; a month or a day inside its
 * 年度 (fiscal axis: April = .0) or its year (calendar axis: January = .0).
 */
export function periodX(label: string, fiscal: boolean): number | null {
  const p = parsePeriod(label);
  if (!p) return null;
  if (p.kind === 'year' || p.kind === 'fiscal_year') return p.year;
  const month = p.month ?? 1;
  const dayPart = p.kind === 'date' ? ((p.day ?? 1) - 1) / 31 : 0;
  if (!fiscal) return p.year + (month - 1 + dayPart) / 12;
  const fy = month >= 4 ? p.year : p.year - 1;
  return fy + (((month + 8) % 12) + dayPart) / 12;
}

/** A step of 1, 2 or 5 × 10ⁿ that cuts `span` into about `parts` pieces. */
export function niceStep(span: number, parts: number): number {
  if (!(span > 0)) return 1;
  const raw = span / parts;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

/**
 * A y range that shows the movement: the values with a margin, on round steps, not from 0 unless
 * the values come near it (and never below 0 for values that are all ≥ 0).
 */
export function yRange(values: number[]): { min: number; max: number; interval: number } {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, 4);
  let min = Math.floor((lo - step * 0.25) / step) * step;
  const max = Math.ceil((hi + step * 0.25) / step) * step;
  if (Math.min(...values) >= 0 && min < 0) min = 0;
  // Rounded to the step's decimals, so 0.1 + 0.2 does not become a label
  const places = Math.max(0, -Math.floor(Math.log10(step)));
  return { min: Number(min.toFixed(places)), max: Number(max.toFixed(places)), interval: step };
}

function markOf(o: CatalogObservation, labels: ChartLabels): string {
  const words = [o.flag ? labels.flag(o.flag) : null, isSampleSource(o.source) ? labels.sample : null].filter(Boolean);
  return words.join('・');
}

interface Parts {
  fiscal: boolean;
  actual: Point[];
  baseline: Point | null;
  target: Point | null;
}

function chartParts(kpi: CatalogKpi, ev: KpiEvaluation, labels: ChartLabels): Parts {
  const b = ev.baseline ?? kpi.baseline;
  const tgt = ev.target;
  const labelsUsed = [...kpi.observations.map((o) => o.period), b?.period, tgt?.period].filter((l): l is string => !!l);
  const fiscal = labelsUsed.some((l) => parsePeriod(l)?.kind === 'fiscal_year');
  const actual: Point[] = [];
  for (const o of kpi.observations) {
    const x = periodX(o.period, fiscal);
    if (x !== null) actual.push([x, o.value, o.period, markOf(o, labels)]);
  }
  actual.sort((p, q) => p[0] - q[0]);
  const bx = b ? periodX(b.period, fiscal) : null;
  const tx = tgt?.period && tgt.value !== null ? periodX(tgt.period, fiscal) : null;
  return {
    fiscal,
    actual,
    baseline: b && bx !== null ? [bx, b.value, b.period, ''] : null,
    target: tgt && tgt.value !== null && tx !== null ? [tx, tgt.value, tgt.period!, ''] : null,
  };
}

/** A tick label: 2024年度 with 令和6 below it, or only the year where space is short. */
function tickLabel(v: number, fiscal: boolean, lang: Lang, compact: boolean): string {
  if (!Number.isInteger(v)) return '';
  if (lang === 'en') return fiscal ? `FY${v}` : String(v);
  const head = `${v}${fiscal ? '年度' : '年'}`;
  const w = warekiYear(v);
  return compact || !w ? head : `${head}\n${w.replace(/年$/, '')}`;
}

function actualSeries(parts: Parts, labels: ChartLabels) {
  return {
    name: labels.actual,
    type: 'line',
    data: parts.actual.map((p) => ({
      value: p,
      // A flagged value (速報値, サンプル …) is hollow and says what it is above the point.
      symbol: p[3] ? 'emptyCircle' : 'circle',
      label: p[3] ? { show: true, position: 'top', formatter: p[3], color: INK, fontSize: 11 } : undefined,
    })),
    symbol: 'circle',
    symbolSize: 9,
    lineStyle: { width: 3, type: 'solid' },
    itemStyle: { color: BLUE },
    z: 3,
  };
}

function pathSeries(parts: Parts, labels: ChartLabels, unit: string, lang: Lang) {
  const ends = [parts.baseline, parts.target].filter((p): p is Point => p !== null);
  return {
    name: parts.baseline && parts.target ? labels.path : parts.target ? labels.target : labels.baseline,
    type: 'line',
    data: ends.map((p) => ({
      value: p,
      symbol: p === parts.target ? 'diamond' : 'rect',
      symbolSize: p === parts.target ? 14 : 10,
      label: {
        show: true,
        position: p === parts.target ? 'top' : 'bottom',
        formatter: `${p === parts.target ? labels.target : labels.baseline} ${formatValue(p[1], unit, lang)}`,
        color: INK,
        fontSize: 12,
      },
    })),
    lineStyle: { width: 2, type: 'dashed' },
    itemStyle: { color: VERMILLION },
    z: 2,
  };
}

export function buildChartOption(kpi: CatalogKpi, ev: KpiEvaluation, lang: Lang, labels: ChartLabels, opts: ChartOptions = {}): Record<string, unknown> {
  const compact = opts.compact ?? false;
  const parts = chartParts(kpi, ev, labels);
  const unit = ev.unit;
  const points = [...parts.actual, parts.baseline, parts.target].filter((p): p is Point => p !== null);
  const xs = points.map((p) => p[0]);
  const xMin = Math.floor(Math.min(...xs, Number.POSITIVE_INFINITY));
  const xMax = Math.ceil(Math.max(...xs, Number.NEGATIVE_INFINITY));
  const xStep = Number.isFinite(xMin) ? Math.max(1, Math.ceil((xMax - xMin) / (compact ? 4 : 8))) : 1;
  const y = points.length > 0 ? yRange(points.map((p) => p[1])) : null;
  const ticks: number[] = [];
  if (Number.isFinite(xMin)) for (let v = xMin; v <= xMax; v += xStep) ticks.push(v);

  const series: Record<string, unknown>[] = [actualSeries(parts, labels)];
  if (parts.baseline || parts.target) series.push(pathSeries(parts, labels, unit, lang));
  const tooltip = (name: string, p: Point) => `${esc(name)}<br>${esc(formatPeriod(p[2], lang))}：<b>${esc(formatValue(p[1], unit, lang))}</b>${p[3] ? `（${esc(p[3])}）` : ''}`;

  return {
    animation: false,
    textStyle: { fontFamily: "'Noto Sans JP', -apple-system, BlinkMacSystemFont, sans-serif", fontSize: 13, color: INK },
    grid: { left: 8, right: compact ? 16 : 32, top: 64, bottom: 8, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 28, textStyle: { fontSize: 13, color: INK } },
    tooltip: { trigger: 'item', confine: true, formatter: (p: { seriesName: string; data: { value: Point } }) => tooltip(p.seriesName, p.data.value) },
    xAxis: {
      type: 'value',
      // half a step of room either side, so no point sits on an axis
      min: Number.isFinite(xMin) ? xMin - 0.5 : undefined,
      max: Number.isFinite(xMax) ? xMax + 0.5 : undefined,
      // Labels at whole years only (the axis itself runs half a year past either end).
      axisLabel: { color: '#333333', hideOverlap: true, lineHeight: 16, customValues: ticks, formatter: (v: number) => tickLabel(v, parts.fiscal, lang, compact) },
      axisTick: { show: true, customValues: ticks, lineStyle: { color: '#666666' } },
      axisLine: { onZero: false, lineStyle: { color: '#666666' } },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      ...(y ?? { scale: true }),
      name: unit ? (lang === 'ja' ? `単位：${unit}` : `Unit: ${unit}`) : undefined,
      nameLocation: 'end',
      nameGap: 14,
      nameTextStyle: { align: 'left', color: '#333333', fontSize: 12 },
      axisLabel: { color: '#333333', formatter: (v: number) => formatCompact(v, lang) },
      splitLine: { lineStyle: { color: '#e6e6e6' } },
    },
    series,
  };
}
