/**
 * The KPI chart: actual values against the target path (chart-option.ts), drawn by the shared
 * Chart. The canvas is summarised for screen readers; the figures are in the observations table
 * on the same page.
 */
import { useCallback } from 'react';
import type { CatalogKpi, KpiEvaluation } from '../../api/types.ts';
import { Chart } from '../../components/Chart.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { kpiName } from '../../model/logic-model.ts';
import { buildChartOption, hasChartData } from './chart-option.ts';

export function KpiChart({ kpi, evaluation }: { kpi: CatalogKpi; evaluation: KpiEvaluation }) {
  const { t, lang } = useI18n();
  const option = useCallback(
    () =>
      buildChartOption(kpi, evaluation, lang, {
        actual: t('kpi.chart.actual'),
        path: t('kpi.chart.path'),
        target: t('kpi.chart.target'),
        baseline: t('kpi.chart.baseline'),
      }),
    [kpi, evaluation, lang, t],
  );

  if (!hasChartData(kpi, evaluation)) return <p>{t('kpi.chart.none')}</p>;
  return <Chart option={option} label={t('kpi.chart.summary', { name: kpiName(kpi, lang), n: kpi.observations.length })} loadingLabel={t('kpi.chart.loading')} className="chart" />;
}
