/**
 * One logic-model node: breadcrumb to the root, its name and code, the items under it with
 * their counts, and the table of its KPIs (own and subtree).
 */
import { useMemo } from 'react';
import { Link } from 'wouter';
import { getCatalog, getEvaluation } from '../../api/endpoints.ts';
import type { CatalogNode, NodeSummary } from '../../api/types.ts';
import { useAsOf } from '../../app/AsOfContext.tsx';
import { useStrategies } from '../../app/StrategyContext.tsx';
import { paths } from '../../app/paths.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { AsOfSelector } from '../../components/AsOfSelector.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { StatusCounts } from '../../components/StatusCounts.tsx';
import { levelLabel } from '../../format/status.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ancestry, buildLogicModel, fallbackLang, indexKpis, nodeName, subtreeIds } from '../../model/logic-model.ts';
import { KpiTable } from './KpiTable.tsx';
import './node.css';

export default function NodePage({ sid, nodeId }: { sid: string; nodeId: string }) {
  const { t, lang } = useI18n();
  const { asOf } = useAsOf();
  const { strategies } = useStrategies();
  const catalog = useAsync(() => getCatalog(sid), [sid]);
  const evaluation = useAsync(() => getEvaluation(sid, asOf), [sid, asOf]);

  const model = useMemo(() => (catalog.data ? buildLogicModel(catalog.data.nodes) : null), [catalog.data]);
  const kpiIndex = useMemo(() => indexKpis(catalog.data?.kpis ?? []), [catalog.data]);
  const nodeIndex = useMemo(() => new Map<string, CatalogNode>((catalog.data?.nodes ?? []).map((n) => [n.id, n])), [catalog.data]);
  const summary = useMemo(() => new Map<string, NodeSummary>((evaluation.data?.summary.by_node ?? []).map((n) => [n.node, n])), [evaluation.data]);

  const tree = model?.byId.get(nodeId);
  const node = tree?.node;
  const title = node ? `${node.code ? `${node.code} ` : ''}${nodeName(node, lang)}` : undefined;
  usePageTitle(title);

  if (catalog.error) return <ErrorMessage error={catalog.error} onRetry={catalog.reload} />;
  if (!model) return <Loading />;
  if (!tree || !node) {
    return (
      <>
        <h1>{t('node.notFound')}</h1>
        <p>
          <Link href="/">{t('app.toHome')}</Link>
        </p>
      </>
    );
  }

  const firstId = strategies?.[0]?.id;
  const trail = ancestry(model, nodeId);
  const crumbs = [
    { label: t('node.home'), href: paths.overview(sid, firstId) },
    ...trail.map((n) => ({ label: `${n.code ? `${n.code} ` : ''}${n.level === 'goal' ? levelLabel('goal', t) : nodeName(n, lang)}`, href: paths.node(sid, n.id) })),
  ];
  const ids = subtreeIds(model, nodeId);
  const evaluations = (evaluation.data?.kpis ?? []).filter((k) => ids.has(k.node));
  // own KPIs first, then the subtree in logic-model order
  const order = new Map<string, number>();
  for (const [i, id] of [...ids].entries()) order.set(id, i);
  evaluations.sort((a, b) => (order.get(a.node) ?? 0) - (order.get(b.node) ?? 0));
  const s = summary.get(nodeId);

  return (
    <div className="node-page">
      <Breadcrumb items={crumbs} />
      <p className="page-kicker">{levelLabel(node.level, t)}</p>
      <h1>
        {node.code ? <span className="title-code">{node.code}</span> : null}
        <span lang={fallbackLang(node, lang)}>{nodeName(node, lang)}</span>
      </h1>
      {lang === 'ja' && node.name_en ? (
        <p className="subtitle" lang="en">
          {node.name_en}
        </p>
      ) : null}

      <section className="panel" aria-labelledby="node-summary">
        <div className="totals-head">
          <h2 id="node-summary">{t('overview.kpiCount', { n: s?.total ?? '…' })}</h2>
          <AsOfSelector busy={evaluation.loading && !!evaluation.data} />
        </div>
        {s ? <StatusCounts counts={s.by_status} /> : evaluation.error ? null : <Loading />}
      </section>

      {tree.children.length > 0 ? (
        <section className="panel" aria-labelledby="node-children">
          <h2 id="node-children">{t('node.children')}</h2>
          <ul className="child-list">
            {tree.children.map((c) => {
              const cs = summary.get(c.node.id);
              return (
                <li key={c.node.id}>
                  <span className="child-level">{levelLabel(c.node.level, t)}</span>
                  <Link href={paths.node(sid, c.node.id)} className="child-link">
                    {c.node.code ? (
                      <>
                        <span className="lm-code">{c.node.code}</span>{' '}
                      </>
                    ) : null}
                    <span lang={fallbackLang(c.node, lang)}>{nodeName(c.node, lang)}</span>
                  </Link>
                  <span className="child-total">{t('overview.kpiCount', { n: cs?.total ?? 0 })}</span>
                  {cs && cs.total > 0 ? <StatusCounts counts={cs.by_status} size="small" /> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section className="panel" aria-labelledby="node-kpis">
        <h2 id="node-kpis">{t('node.kpis')}</h2>
        {evaluation.error ? <ErrorMessage error={evaluation.error} onRetry={evaluation.reload} /> : null}
        {evaluation.data ? (
          evaluations.length > 0 ? (
            <>
              <p className="hint">{t('node.kpisIntro', { n: evaluations.length })}</p>
              <KpiTable sid={sid} caption={t('node.kpis')} evaluations={evaluations} kpis={kpiIndex} nodes={nodeIndex} ownNode={nodeId} />
            </>
          ) : (
            <p>{t('node.noKpis')}</p>
          )
        ) : !evaluation.error ? (
          <Loading />
        ) : null}
      </section>
    </div>
  );
}
