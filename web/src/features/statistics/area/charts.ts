/** ECharts options of the area profile: population by three age groups over time, and the pyramid. */
import type { AreaProfile } from '../../../api/statistics.ts';
import type { Lang } from '../../../i18n/dictionaries.ts';
import { axisValue, escapeHtml, periodText, statValue } from '../shared/format.ts';

/** Okabe–Ito: distinguishable with every common colour-vision deficiency. */
export const AGE_COLORS = { young: '#56b4e9', working: '#009e73', old: '#e69f00', total: '#000000', male: '#0072b2', female: '#d55e00' };

export interface PopulationLabels {
  total: string;
  young: string;
  working: string;
  old: string;
  unit: string;
}

export function populationOption(p: AreaProfile['population']['series'], lang: Lang, l: PopulationLabels) {
  const x = p.map((d) => d.period);
  const hasAges = p.some((d) => d.age_0_14 !== null || d.age_15_64 !== null || d.age_65_plus !== null);
  const area = (name: string, color: string, data: Array<number | null>) => ({
    name,
    type: 'line',
    stack: 'age',
    areaStyle: { color, opacity: 0.85 },
    lineStyle: { width: 1, color },
    itemStyle: { color },
    symbol: 'none',
    data,
  });
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { fontSize: 13 } },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (items: Array<{ seriesName: string; value: number | null; axisValue: string; marker: string }>) => {
        const head = items[0] ? escapeHtml(periodText(items[0].axisValue, lang, false)) : '';
        return [head, ...items.map((i) => `${i.marker}${escapeHtml(i.seriesName)}: ${escapeHtml(statValue(i.value, l.unit, lang))}`)].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: x, boundaryGap: false, axisLabel: { formatter: (v: string) => v.replace(/^FY/, '') } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => axisValue(v, lang) } },
    series: [
      ...(hasAges
        ? [
            area(
              l.young,
              AGE_COLORS.young,
              p.map((d) => d.age_0_14),
            ),
            area(
              l.working,
              AGE_COLORS.working,
              p.map((d) => d.age_15_64),
            ),
            area(
              l.old,
              AGE_COLORS.old,
              p.map((d) => d.age_65_plus),
            ),
          ]
        : []),
      {
        name: l.total,
        type: 'line',
        data: p.map((d) => d.total),
        symbol: 'circle',
        symbolSize: 5,
        lineStyle: { width: 2, color: AGE_COLORS.total, type: hasAges ? 'dashed' : 'solid' },
        itemStyle: { color: AGE_COLORS.total },
      },
    ],
  };
}

export function pyramidOption(pyramid: NonNullable<AreaProfile['pyramid']>, lang: Lang, l: { male: string; female: string; unit: string }) {
  const groups = pyramid.groups.map((g) => g.age_group);
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (items: Array<{ seriesName: string; value: number | null; axisValue: string; marker: string }>) =>
        [
          escapeHtml(items[0]?.axisValue ?? ''),
          ...items.map((i) => `${i.marker}${escapeHtml(i.seriesName)}: ${escapeHtml(statValue(i.value === null ? null : Math.abs(i.value), l.unit, lang))}`),
        ].join('<br/>'),
    },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => axisValue(Math.abs(v), lang) } },
    yAxis: { type: 'category', data: groups, axisTick: { show: false } },
    series: [
      { name: l.male, type: 'bar', stack: 'p', barCategoryGap: '10%', itemStyle: { color: AGE_COLORS.male }, data: pyramid.groups.map((g) => (g.male === null ? null : -g.male)) },
      { name: l.female, type: 'bar', stack: 'p', barCategoryGap: '10%', itemStyle: { color: AGE_COLORS.female }, data: pyramid.groups.map((g) => g.female) },
    ],
  };
}
