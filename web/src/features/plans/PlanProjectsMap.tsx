/**
 * A published plan's investment projects on a small map of Japan (the 国内投資マップ's chart, this
 * plan only; a project without a point stands at its municipality). Read from the public map API,
 * so it shows the published version's projects, as the map does. The list beside it holds every
 * figure for assistive technology.
 */
import { useMemo } from 'react';
import { useAsync } from '../../app/useAsync.ts';
import { formatValue } from '../../format/number.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { getInvestmentMap } from '../investment-map/api.ts';
import { InvestmentMapChart } from '../investment-map/InvestmentMapChart.tsx';
import { classify } from '../statistics/shared/classify.ts';
import '../statistics/shared/stats.css';

export function PlanProjectsMap({ planId, status }: { planId: string; status: string }) {
  const { t, lang } = useI18n();
  const map = useAsync((signal) => getInvestmentMap({ level: 'prefecture', status, plan_id: planId }, signal), [planId, status]);
  const colours = useMemo(() => new Map((map.data?.areas ?? []).map((a) => [a.code, a.projects > 0 ? a.amount_yen : null])), [map.data]);
  const classes = useMemo(() => classify([...colours.values()], 3, 'quantile'), [colours]);
  if (!map.data || map.data.projects.length === 0) return null;
  return (
    <div className="plan-projects-map">
      <p id={`plan-map-${planId}`} className="visually-hidden">
        {t('plans.map.summary', { count: String(map.data.projects.length) })}
      </p>
      <InvestmentMapChart
        level="prefecture"
        colours={colours}
        classes={classes}
        projects={map.data.projects}
        label={t('plans.map.label')}
        describedBy={`plan-map-${planId}`}
        format={(v) => formatValue(v, '円', lang)}
      />
    </div>
  );
}
