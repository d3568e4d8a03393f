/**
 * On a KPI's page: the statistics series it is fed from, when it is bound, with a link to compare
 * it with every other government's KPI bound to the same indicator (its area and 類似団体 first).
 * Renders nothing for an unbound KPI.
 */
import { Link } from 'wouter';
import { request } from '../../api/client.ts';
import { useAsync } from '../../app/useAsync.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { comparisonPaths, listComparableIndicators } from './api.ts';

interface Bindings {
  bindings: { kpi: string; indicator: string; area: string }[];
}

export function BoundSeries({ sid, kpiId }: { sid: string; kpiId: string }) {
  const { t } = useI18n();
  const r = useAsync(
    async (signal) => {
      const b = await request<Bindings>(`/api/v1/strategies/${encodeURIComponent(sid)}/bindings`, { signal });
      const mine = b.bindings.find((x) => x.kpi === kpiId);
      if (!mine) return null;
      const list = await listComparableIndicators(signal);
      const ind = list.indicators.find((i) => i.code === mine.indicator);
      return { ...mine, name: ind?.name ?? mine.indicator, others: ind ? ind.kpi_count - 1 : 0 };
    },
    [sid, kpiId],
  );
  if (!r.data) return null;
  return (
    <section className="panel" aria-labelledby="bound-series-title">
      <h2 id="bound-series-title">{t('cmp.bound.title')}</h2>
      <p>{t('cmp.bound.text', { indicator: r.data.name, area: r.data.area })}</p>
      <p>
        <Link href={comparisonPaths.page(r.data.indicator, r.data.area)}>{t('cmp.bound.link', { n: r.data.others })}</Link>
      </p>
    </section>
  );
}
