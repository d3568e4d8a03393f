/**
 * The KPI chart: baseline, actual values and the target path (chart-option.ts), drawn by the
 * shared Chart. The canvas is summarised for screen readers; the figures are in the observations
 * table on the same page. On a narrow screen the ticks are fewer and shorter.
 */
import { useCallback, useEffect, useState } from 'react';
import type { CatalogKpi, KpiEvaluation } from '../../api/types.ts';
import { Chart } from '../../components/Chart.tsx';
import { flagLabel } from '../../format/status.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { kpiName } from '../../model/logic-model.ts';
import { buildChartOption, hasChartData } from './chart-option.ts';

const NARROW = '(max-width: 480px)';

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const q = window.matchMedia(NARROW);
    const on = () => setNarrow(q.matches);
    q.addEventListener('change', on);
    return () => q.removeEventListener('change', on);
  }, []);
  return narrow;
}

export function KpiChart({ kpi, evaluation }: { kpi: CatalogKpi; evaluation: KpiEvaluation }) {
  const { t, lang } = useI18n();
  const compact = useNarrow();
  const option = useCallback(
    () =>
      buildChartOption(
        kpi,
        evaluation,
        lang,
        {
          actual: t('kpi.chart.actual'),
          path: t('kpi.chart.path'),
          target: t('kpi.chart.target'),
          baseline: t('kpi.chart.baseline'),
          flag: (f) => flagLabel(f, t),
          sample: t('kpi.chart.sample'),
        },
        { compact },
      ),
    [kpi, evaluation, lang, t, compact],
  );

  // Before the first actuals the chart holds only the path: say why, rather than leave it bare.
  const none = kpi.observations.length === 0 ? <p className="hint">{t('kpi.chart.noActuals')}</p> : null;
  if (!hasChartData(kpi, evaluation))
    return (
      <p>
        {t('kpi.chart.none')}
        {kpi.observations.length === 0 ? ` ${t('kpi.chart.noActuals')}` : ''}
      </p>
    );
  return (
    <>
      <Chart option={option} label={t('kpi.chart.summary', { name: kpiName(kpi, lang), n: kpi.observations.length })} loadingLabel={t('kpi.chart.loading')} className="chart" />
      {none}
    </>
  );
}
