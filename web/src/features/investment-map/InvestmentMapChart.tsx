/**
 * The investment map: the shipped boundaries (laid out as the statistics map lays them out) as an
 * ECharts geo, each area coloured by its class, and one marker per project on top. To assistive
 * technology the chart is an image with a summary; the tables below hold every figure and link.
 */
import { useCallback, useMemo } from 'react';
import { getBoundaries } from '../../api/statistics.ts';
import { useAsync } from '../../app/useAsync.ts';
import { Chart, type ChartSetup } from '../../components/Chart.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { type Classification, NO_DATA_COLOR } from '../statistics/shared/classify.ts';
import { escapeHtml } from '../statistics/shared/format.ts';
import { INSET_FRAME, layoutBoundaries, layoutPoint } from '../statistics/map/geo.ts';
import type { MapProject } from './api.ts';

const registered = new Set<string>();

export function InvestmentMapChart(props: {
  level: 'prefecture' | 'municipality';
  colours: Map<string, number | null>;
  classes: Classification;
  projects: MapProject[];
  label: string;
  describedBy: string;
  format: (v: number | null) => string;
}) {
  const { level, colours, classes, projects, label, describedBy, format } = props;
  const { t } = useI18n();
  const boundaries = useAsync(() => getBoundaries(level), [level]);
  const laid = useMemo(() => (boundaries.data ? layoutBoundaries(boundaries.data) : null), [boundaries.data]);
  const mapName = `sousei-investment-${level}`;

  const option = useCallback(
    (echarts: ChartSetup) => {
      if (!laid) return null;
      if (!registered.has(mapName)) {
        echarts.registerMap(mapName, laid.geojson as unknown as Parameters<typeof echarts.registerMap>[1]);
        registered.add(mapName);
      }
      const regions = laid.geojson.features.map((f) => {
        const code = String(f.properties.code);
        if (code === INSET_FRAME) return { name: code, itemStyle: { areaColor: 'rgba(0,0,0,0)', borderColor: '#666' }, tooltip: { show: false } };
        const v = colours.get(code);
        return { name: code, itemStyle: { areaColor: v === undefined || v === null ? NO_DATA_COLOR : classes.colorOf(v) } };
      });
      const names = new Map(laid.geojson.features.map((f) => [String(f.properties.code), String(f.properties.name ?? f.properties.code)]));
      return {
        animation: false,
        tooltip: {
          trigger: 'item',
          confine: true,
          formatter: (p: { componentType: string; name: string; data?: { project?: MapProject } }) => {
            const pr = p.data?.project;
            if (pr) return `<strong>${escapeHtml(pr.title)}</strong><br/>${escapeHtml(pr.plan_title)}<br/>${escapeHtml(format(pr.amount_yen))}`;
            if (p.name === INSET_FRAME) return '';
            return `<strong>${escapeHtml(names.get(p.name) ?? p.name)}</strong><br/>${escapeHtml(format(colours.get(p.name) ?? null))}`;
          },
        },
        geo: {
          map: mapName,
          nameProperty: 'code',
          roam: typeof window.matchMedia === 'function' && window.matchMedia('(pointer: fine)').matches,
          scaleLimit: { min: 1, max: 40 },
          aspectScale: 0.82,
          layoutCenter: ['50%', '50%'],
          layoutSize: '96%',
          selectedMode: false,
          label: { show: false },
          itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#ffffff', borderWidth: level === 'prefecture' ? 0.8 : 0.3 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd43d' } },
          regions,
        },
        series: [
          {
            type: 'scatter',
            coordinateSystem: 'geo',
            symbolSize: 7,
            itemStyle: { color: '#c2185b', borderColor: '#fff', borderWidth: 1 },
            // markers move with their area (沖縄県 into the inset, Ogasawara next to Izu)
            data: projects.flatMap((p) => {
              const at = p.lat === null || p.lon === null ? null : layoutPoint(p.muni_code, p.lon, p.lat);
              return at ? [{ name: p.title, value: at, project: p }] : [];
            }),
          },
        ],
      };
    },
    [laid, mapName, colours, classes, projects, level, format],
  );

  if (boundaries.error) return <ErrorMessage error={boundaries.error} onRetry={boundaries.reload} />;
  if (!laid) return <Loading label={t('stats.map.loadingBoundaries')} />;
  return <Chart option={option} loadingLabel={t('stats.chart.loading')} label={label} describedBy={describedBy} className="stats-map-canvas" />;
}
