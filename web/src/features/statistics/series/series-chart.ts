/**
 * The line chart of one indicator in the time-series view: periods in order, each area a line,
 * index mode (a common base period = 100), and the series' breaks (系列の断層, from the API) as
 * dashed vertical lines with their label, so a step such as the register's 2013 change is not
 * read as a real change.
 */
import type { Series } from '../../../api/statistics.ts';
import type { Lang } from '../../../i18n/dictionaries.ts';
import { axisValue, escapeHtml, periodText, statValue } from '../shared/format.ts';
import { AREA_COLORS, AREA_DASHES, AREA_SYMBOLS } from '../shared/palette.ts';

export type SeriesBreak = Series['breaks'][number];

export function periodsOf(series: Series[]): string[] {
  const set = new Set<string>();
  for (const s of series) for (const p of s.points) set.add(p.period);
  const key = (p: string) => Number(p.replace(/^FY/, '')) + (p.startsWith('FY') ? 0.25 : 0);
  return [...set].sort((a, b) => key(a) - key(b) || a.localeCompare(b));
}

/** The breaks of an indicator's series, once each, in period order. */
export function breaksOf(series: Series[]): SeriesBreak[] {
  const m = new Map<string, SeriesBreak>();
  for (const s of series) for (const b of s.breaks ?? []) m.set(b.period, b);
  const order = periodsOf(series);
  return [...m.values()].sort((a, b) => order.indexOf(a.period) - order.indexOf(b.period));
}

/**
 * The base of index mode: the first period at which every area with data has a non-zero value
 * (so all lines start from 100 at the same point), else each area's own first value.
 */
export function indexBase(series: Series[]): string | null {
  const withData = series.filter((s) => s.points.some((p) => p.value !== null && p.value !== 0));
  for (const period of periodsOf(withData)) {
    if (withData.every((s) => s.points.some((p) => p.period === period && p.value !== null && p.value !== 0))) return period;
  }
  return null;
}

/** Each series as an index of its value at the base period (= 100). */
export function indexed(series: Series[], base: string | null): Series[] {
  return series.map((s) => {
    const at = base === null ? s.points.find((p) => p.value !== null && p.value !== 0) : s.points.find((p) => p.period === base);
    const b = at?.value ?? null;
    return { ...s, unit: '', points: s.points.map((p) => ({ ...p, value: b === null || b === 0 || p.value === null ? null : Math.round((p.value / b) * 10000) / 100 })) };
  });
}

export function lineOption(raw: Series[], areas: string[], lang: Lang, asIndex: boolean) {
  const series = asIndex ? indexed(raw, indexBase(raw)) : raw;
  const periods = periodsOf(series);
  const unit = series[0]?.unit ?? '';
  const breaks = breaksOf(raw).filter((b) => periods.includes(b.period));
  const markLine = breaks.length
    ? {
        symbol: 'none',
        silent: true,
        lineStyle: { type: 'dashed', color: '#595959', width: 1.5 },
        label: { formatter: (p: { name: string }) => p.name, position: 'insideEndTop', color: '#1a1a1a', backgroundColor: 'rgba(255,255,255,0.85)', padding: 2 },
        // Neighbouring breaks (2013, 2014) would write over each other: every other label sits at the foot of its line.
        data: breaks.map((b, i) => ({ name: b.label, xAxis: b.period, label: { position: i % 2 ? 'insideStartBottom' : 'insideEndTop' } })),
      }
    : undefined;
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (items: Array<{ seriesName: string; value: number | null; axisValue: string; marker: string }>) => {
        const period = items[0]?.axisValue ?? '';
        const br = breaks.find((b) => b.period === period);
        return [
          escapeHtml(periodText(period, lang, false)),
          ...items.map((i) => `${i.marker}${escapeHtml(i.seriesName)}: ${escapeHtml(statValue(i.value, unit, lang))}`),
          ...(br ? [escapeHtml(br.label)] : []),
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: periods, boundaryGap: false, axisLabel: { formatter: (v: string) => v.replace(/^FY/, '') } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => axisValue(v, lang) } },
    series: series.map((s, n) => {
      const i = Math.max(0, areas.indexOf(s.area));
      const byPeriod = new Map(s.points.map((p) => [p.period, p.value]));
      const color = AREA_COLORS[i % AREA_COLORS.length]!;
      return {
        name: s.area_name,
        type: 'line',
        connectNulls: false,
        symbol: AREA_SYMBOLS[i % AREA_SYMBOLS.length],
        symbolSize: 7,
        lineStyle: { color, width: 2, type: AREA_DASHES[i % AREA_DASHES.length] },
        itemStyle: { color },
        data: periods.map((p) => byPeriod.get(p) ?? null),
        ...(n === 0 && markLine ? { markLine } : {}),
      };
    }),
  };
}
