/**
 * The KPI chart. ECharts is loaded on demand (dynamic import of the tree-shaken setup); until
 * then a status line says so. The canvas is summarised for screen readers; the figures are in
 * the observations table on the same page.
 */
import { useEffect, useRef, useState } from 'react';
import type { CatalogKpi, KpiEvaluation } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { kpiName } from '../../model/logic-model.ts';
import { buildChartOption, hasChartData } from './chart-option.ts';
import type { EChartsType } from './echarts-setup.ts';

export function KpiChart({ kpi, evaluation }: { kpi: CatalogKpi; evaluation: KpiEvaluation }) {
  const { t, lang } = useI18n();
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState<unknown>(null);
  const drawable = hasChartData(kpi, evaluation);

  useEffect(() => {
    if (!drawable) return;
    let disposed = false;
    let observer: ResizeObserver | null = null;
    import('./echarts-setup.ts').then(
      ({ init }) => {
        if (disposed || !el.current) return;
        const c = init(el.current, null, { renderer: 'canvas' });
        chart.current = c;
        c.setOption(
          buildChartOption(kpi, evaluation, lang, {
            actual: t('kpi.chart.actual'),
            path: t('kpi.chart.path'),
            target: t('kpi.chart.target'),
            baseline: t('kpi.chart.baseline'),
          }),
        );
        observer = new ResizeObserver(() => c.resize());
        observer.observe(el.current);
        setState('ready');
      },
      (err: unknown) => {
        if (disposed) return;
        setError(err);
        setState('error');
      },
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, [kpi, evaluation, lang, t, drawable]);

  if (!drawable) return <p>{t('kpi.chart.none')}</p>;
  return (
    <div className="chart-wrap">
      {state === 'loading' ? <Loading label={t('kpi.chart.loading')} /> : null}
      {state === 'error' ? <ErrorMessage error={error} /> : null}
      <div ref={el} className="chart" role="img" aria-label={t('kpi.chart.summary', { name: kpiName(kpi, lang), n: kpi.observations.length })} />
    </div>
  );
}
