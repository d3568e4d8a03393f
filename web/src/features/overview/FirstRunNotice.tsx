/**
 * The overview before the first actuals: instead of bare zeros, why every KPI is ③, when the
 * first actuals come (the national strategy: every year, by the secretariat and the ministries —
 * 地域未来戦略 第7節; an actual counts once its period has ended), and what one can do now.
 */
import { Link } from 'wouter';
import type { CatalogEvaluation, CatalogKpi } from '../../api/types.ts';
import { paths } from '../../app/paths.ts';
import { formatDay, formatPeriod, periodEnd } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

const NATIONAL = '000000';

/** Observations of the KPIs and their components whose period ends after the evaluation date. */
function laterObservations(kpis: readonly CatalogKpi[], asOf: string): number {
  const limit = Date.parse(`${asOf}T00:00:00Z`);
  let n = 0;
  const visit = (k: CatalogKpi) => {
    for (const o of k.observations) if ((periodEnd(o.period) ?? 0) > limit) n++;
    for (const c of k.components ?? []) visit(c);
  };
  for (const k of kpis) visit(k);
  return n;
}

/** No KPI (nor component) has an actual as of the evaluation date. */
export function hasNoActuals(ev: CatalogEvaluation): boolean {
  return ev.kpis.every((k) => k.actual === null && (k.components ?? []).every((c) => c.actual === null));
}

interface Props {
  sid: string;
  ownerCode: string | undefined;
  startsIn: string | undefined;
  evaluation: CatalogEvaluation;
  kpis: readonly CatalogKpi[];
}

export function FirstRunNotice({ sid, ownerCode, startsIn, evaluation, kpis }: Props) {
  const { t, lang } = useI18n();
  const later = laterObservations(kpis, evaluation.as_of);
  return (
    <section className="panel first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('overview.firstRun.title')}</h2>
      <p>{t('overview.firstRun.why')}</p>
      {ownerCode === NATIONAL ? <p>{t('overview.firstRun.national', { from: formatPeriod(startsIn ?? 'FY2026', lang) })}</p> : <p>{t('overview.firstRun.local')}</p>}
      {later > 0 ? <p>{t('overview.firstRun.later', { n: later, date: formatDay(evaluation.as_of, lang) })}</p> : null}
      <h3>{t('overview.firstRun.todo')}</h3>
      <ul>
        <li>
          <Link href={paths.entry(sid)}>{t('overview.firstRun.enter')}</Link>
          {t('overview.firstRun.enterNote')}
        </li>
        <li>
          {t('overview.firstRun.demo')} <code>npx sousei demo add</code>
          {t('overview.firstRun.demoNote')} <code>npx sousei demo remove</code>
        </li>
      </ul>
    </section>
  );
}
