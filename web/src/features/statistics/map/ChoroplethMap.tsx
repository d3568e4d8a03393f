/**
 * The choropleth: boundaries from the platform's own GeoJSON (no tile server), coloured by the
 * class of each area's value; hatched grey where there is no value. Click (or tap) an area to
 * open its profile; zoom with the buttons, the wheel or a pinch. To screen readers the map is an
 * image summarised in words; the ranking table beside it holds every figure and a link per area.
 */
import { useCallback, useMemo, useRef, type RefObject } from 'react';
import { getBoundaries, type MapLevel, type MapValue } from '../../../api/statistics.ts';
import { useAsync } from '../../../app/useAsync.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { Classification } from '../shared/classify.ts';
import { NO_DATA_COLOR, NO_DATA_STRIPE } from '../shared/classify.ts';
import { Chart } from '../../../components/Chart.tsx';
import type { ChartSetup, EChartsCoreOption, EChartsType } from '../../../components/Chart.tsx';
import { escapeHtml, statValue } from '../shared/format.ts';
import { INSET_FRAME, layoutBoundaries } from './geo.ts';

const registered = new Set<string>();

export function ChoroplethMap({
  level,
  prefCode,
  values,
  classes,
  unit,
  label,
  describedBy,
  onSelect,
  chartRef,
}: {
  level: MapLevel;
  prefCode?: string;
  values: MapValue[];
  classes: Classification;
  unit: string;
  label: string;
  describedBy?: string;
  onSelect: (code: string) => void;
  chartRef?: RefObject<EChartsType | null>;
}) {
  const { t, lang } = useI18n();
  const boundaries = useAsync(() => getBoundaries(level), [level]);
  const laid = useMemo(() => (boundaries.data ? layoutBoundaries(boundaries.data, prefCode || undefined) : null), [boundaries.data, prefCode]);
  const mapName = `sousei-${level}-${prefCode || 'all'}`;
  const local = useRef<EChartsType | null>(null);
  const last = useRef<EChartsCoreOption | null>(null);

  const option = useCallback(
    (echarts: ChartSetup) => {
      if (!laid) return null;
      if (!registered.has(mapName)) {
        echarts.registerMap(mapName, laid.geojson as unknown as Parameters<typeof echarts.registerMap>[1]);
        registered.add(mapName);
      }
      const byCode = new Map(values.map((v) => [v.code, v]));
      const noData = { areaColor: NO_DATA_COLOR, decal: { symbol: 'rect', symbolSize: 1, color: NO_DATA_STRIPE, dashArrayX: [1, 0], dashArrayY: [1, 4], rotation: Math.PI / 4 } };
      const data = laid.geojson.features.map((f) => {
        const code = String(f.properties.code);
        if (code === INSET_FRAME) {
          return {
            name: code,
            value: null,
            itemStyle: { areaColor: 'rgba(0,0,0,0)', borderColor: '#666', borderWidth: 1 },
            emphasis: { disabled: true },
            select: { disabled: true },
            tooltip: { show: false },
            label: { show: false },
          };
        }
        const v = byCode.get(code);
        const value = v?.value ?? null;
        return { name: code, value, itemStyle: value === null ? noData : { areaColor: classes.colorOf(value) } };
      });
      const opt = {
        animation: false,
        tooltip: {
          trigger: 'item',
          confine: true,
          formatter: (p: { name: string; value: unknown }) => {
            if (p.name === INSET_FRAME) return '';
            const v = byCode.get(p.name);
            const feature = v?.name ?? laid.geojson.features.find((f) => f.properties.code === p.name)?.properties.name ?? p.name;
            const where = level === 'municipality' && v?.pref_name ? `（${escapeHtml(v.pref_name)}）` : '';
            const val = typeof p.value === 'number' ? statValue(p.value, unit, lang) : t('stats.noData');
            return `<strong>${escapeHtml(String(feature))}</strong>${where}<br/>${escapeHtml(val)}`;
          },
        },
        series: [
          {
            type: 'map',
            map: mapName,
            nameProperty: 'code',
            roam: typeof window.matchMedia === 'function' && window.matchMedia('(pointer: fine)').matches,
            scaleLimit: { min: 1, max: 40 },
            aspectScale: 0.82,
            layoutCenter: ['50%', '50%'],
            layoutSize: '96%',
            selectedMode: false,
            label: { show: false },
            itemStyle: { areaColor: NO_DATA_COLOR, borderColor: level === 'prefecture' ? '#ffffff' : 'rgba(255,255,255,0.7)', borderWidth: level === 'prefecture' ? 0.8 : 0.3 },
            emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd43d', borderColor: '#000', borderWidth: 1.5 } },
            data,
          },
        ],
      };
      last.current = opt;
      return opt;
    },
    [laid, mapName, values, classes, unit, lang, level, t],
  );

  const setZoom = (factor: number | null) => {
    const c = local.current;
    if (!c) return;
    if (factor === null) {
      if (last.current) c.setOption(last.current, { notMerge: true });
      return;
    }
    // The current zoom includes what the wheel or a pinch did.
    const current = (c.getOption() as { series?: Array<{ zoom?: number }> }).series?.[0]?.zoom ?? 1;
    c.setOption({ series: [{ zoom: Math.min(40, Math.max(1, current * factor)) }] });
  };

  if (boundaries.error) return <ErrorMessage error={boundaries.error} onRetry={boundaries.reload} />;
  if (!laid) return <Loading label={t('stats.map.loadingBoundaries')} />;
  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: the zoom buttons are a labelled group, not a form section */}
      <div className="map-zoom no-print" role="group" aria-label={t('stats.map.zoom')}>
        <button type="button" className="button button-secondary button-small" onClick={() => setZoom(1.6)}>
          <span aria-hidden="true">＋ </span>
          {t('stats.map.zoomIn')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => setZoom(1 / 1.6)}>
          <span aria-hidden="true">− </span>
          {t('stats.map.zoomOut')}
        </button>
        <button type="button" className="button button-text button-small" onClick={() => setZoom(null)}>
          {t('stats.map.reset')}
        </button>
      </div>
      <Chart
        option={option}
        loadingLabel={t('stats.chart.loading')}
        label={label}
        describedBy={describedBy}
        className="stats-map-canvas"
        png={{ fileName: label, label: t('stats.download.pngOf') }}
        onClick={(name) => {
          if (name !== INSET_FRAME) onSelect(name);
        }}
        onReady={(c) => {
          local.current = c;
          if (chartRef) chartRef.current = c;
        }}
      />
    </>
  );
}
