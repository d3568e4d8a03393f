/**
 * Landing page: the strategy (the first stored one, or /strategies/:sid), its goal, the
 * evaluation date, the counts per class and the logic model as a diagram.
 */
import { useMemo } from 'react';
import { Link } from 'wouter';
import { getCatalog, getEvaluation } from '../../api/endpoints.ts';
import { BANDS, type NodeSummary } from '../../api/types.ts';
import { useAsOf } from '../../app/AsOfContext.tsx';
import { useStrategies } from '../../app/StrategyContext.tsx';
import { paths } from '../../app/paths.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { AsOfSelector } from '../../components/AsOfSelector.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { StatusCounts } from '../../components/StatusCounts.tsx';
import { StatusLegend } from '../../components/StatusLegend.tsx';
import { formatDay, formatPeriod } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { buildLogicModel } from '../../model/logic-model.ts';
import { FromDocumentLink } from '../strategy-documents/FromDocumentLink.tsx';
import { FirstRunNotice, hasNoActuals } from './FirstRunNotice.tsx';
import { LogicModelTree } from './LogicModelTree.tsx';
import './overview.css';

export function OverviewPage({ sid: sidParam }: { sid?: string }) {
  const { t } = useI18n();
  const { strategies, loading, error, reload } = useStrategies();
  const sid = sidParam ?? strategies?.[0]?.id;

  if (!sid) {
    if (error) return <ErrorMessage error={error} onRetry={reload} />;
    if (loading) return <Loading />;
    return <p>{t('overview.noStrategy')}</p>;
  }
  return <StrategyOverview sid={sid} />;
}

function StrategyOverview({ sid }: { sid: string }) {
  const { t, lang } = useI18n();
  const { asOf } = useAsOf();
  const { strategies } = useStrategies();
  const catalog = useAsync(() => getCatalog(sid), [sid]);
  const evaluation = useAsync(() => getEvaluation(sid, asOf), [sid, asOf]);

  const model = useMemo(() => (catalog.data ? buildLogicModel(catalog.data.nodes) : null), [catalog.data]);
  const summary = useMemo(() => {
    const m = new Map<string, NodeSummary>();
    for (const n of evaluation.data?.summary.by_node ?? []) m.set(n.node, n);
    return m;
  }, [evaluation.data]);

  const listed = strategies?.find((s) => s.id === sid);
  const strategy = catalog.data?.strategy;
  const name = (lang === 'en' ? (strategy?.name_en ?? listed?.extra?.name_en) : undefined) ?? strategy?.name ?? listed?.name;
  const goal = strategy?.goal ?? listed?.extra?.goal;
  const period = strategy?.period ?? listed?.extra?.period;
  usePageTitle(name);

  if (catalog.error) return <ErrorMessage error={catalog.error} onRetry={catalog.reload} />;

  const totals = evaluation.data?.summary;
  const others = strategies?.filter((s) => s.id !== sid) ?? [];

  return (
    <div className="overview">
      <section className="hero" aria-labelledby="strategy-title">
        <p className="hero-kicker">{t('app.tagline')}</p>
        <h1 id="strategy-title">{name ?? t('app.loading')}</h1>
        {goal ? (
          <div className="hero-goal">
            <h2 className="hero-goal-label">{t('overview.goal')}</h2>
            <p lang="ja">{goal}</p>
          </div>
        ) : null}
        <dl className="hero-meta">
          {period?.from || period?.to ? (
            <div>
              <dt>{t('overview.period')}</dt>
              <dd>
                {formatPeriod(period.from, lang)} 〜 {formatPeriod(period.to, lang)}
              </dd>
            </div>
          ) : null}
          {strategy?.edition ? (
            <div>
              <dt>{t('overview.edition')}</dt>
              <dd lang="ja">{strategy.edition}</dd>
            </div>
          ) : null}
          {strategy?.source ? (
            <div>
              <dt>{t('overview.source')}</dt>
              <dd lang="ja">{strategy.source}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <FromDocumentLink />

      {evaluation.data && catalog.data && hasNoActuals(evaluation.data) ? (
        <FirstRunNotice sid={sid} ownerCode={listed?.owner_code} startsIn={period?.from} evaluation={evaluation.data} kpis={catalog.data.kpis} />
      ) : null}

      <section className="panel totals" aria-labelledby="totals-title">
        <div className="totals-head">
          <h2 id="totals-title">
            {t('overview.kpiTotal', { n: totals?.total ?? listed?.kpi_count ?? '…' })}
            {totals ? <span className="heading-sub">{t('asOf.current', { date: formatDay(totals.as_of, lang) })}</span> : null}
          </h2>
          <AsOfSelector busy={evaluation.loading && !!evaluation.data} />
        </div>
        {evaluation.error ? <ErrorMessage error={evaluation.error} onRetry={evaluation.reload} /> : null}
        {totals ? (
          <>
            <StatusCounts counts={totals.by_status} />
            <p className="bands">
              <span>{t('overview.bands')}</span>
              {BANDS.map((b, i) => (
                <span key={b}>
                  {i > 0 ? t('list.separator') : ''}
                  {t(`band.${b}`)} <strong>{totals.by_band[b]}</strong>
                  {lang === 'ja' ? '件' : ''}
                </span>
              ))}
            </p>
            <p className="totals-links">
              <Link href={paths.report(sid)}>{t('nav.report')}</Link>
            </p>
          </>
        ) : !evaluation.error ? (
          <Loading />
        ) : null}
      </section>

      <section className="panel" aria-labelledby="lm-title">
        <h2 id="lm-title">{t('overview.logicModel')}</h2>
        <p className="hint">{t('overview.logicModelIntro')}</p>
        {model && totals ? <LogicModelTree sid={sid} model={model} summary={summary} labelledBy="lm-title" /> : !evaluation.error ? <Loading /> : null}
      </section>

      <StatusLegend />

      {others.length > 0 ? (
        <section className="panel" aria-labelledby="others-title">
          <h2 id="others-title">{t('overview.otherStrategies')}</h2>
          <ul>
            {others.map((s) => (
              <li key={s.id}>
                <Link href={paths.overview(s.id, strategies?.[0]?.id)}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
