/**
 * /search?q= : KPIs and logic-model items matching the words (partial matches on kanji and kana,
 * done by the server), and areas and statistical indicators (stats-search.ts), grouped, linked,
 * with the match highlighted. An area leads to its profile, an indicator to its map.
 */
import { useMemo } from 'react';
import { Link, useSearch } from 'wouter';
import { getCatalog, search } from '../../api/endpoints.ts';
import type { CatalogNode, SearchResult } from '../../api/types.ts';
import { paths } from '../../app/paths.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { nodeName } from '../../model/logic-model.ts';
import { indicatorName } from '../statistics/shared/format.ts';
import { Highlight } from './highlight.tsx';
import { searchStatistics } from './stats-search.ts';
import './search.css';

export default function SearchPage() {
  const { t, lang } = useI18n();
  const params = new URLSearchParams(useSearch());
  const q = (params.get('q') ?? '').trim();
  const strategy = params.get('strategy') ?? undefined;
  const title = q ? t('search.titleFor', { q }) : t('search.title');
  usePageTitle(title);

  const res = useAsync(
    async (signal) => {
      if (!q) return null;
      const r = await search(q, strategy, signal);
      // Node names for "under …" lines; catalogs are usually cached already.
      const sids = [...new Set(r.results.map((x) => x.strategy))];
      const nodes = new Map<string, CatalogNode>();
      // Components (e.g. IMP-03a) are shown on their parent KPI's page.
      const parents = new Map<string, string>();
      await Promise.all(
        sids.map(async (sid) => {
          try {
            const c = await getCatalog(sid);
            for (const n of c.nodes) nodes.set(`${sid}/${n.id}`, n);
            for (const k of c.kpis) for (const comp of k.components ?? []) parents.set(`${sid}/${comp.id}`, k.id);
          } catch {
            // names are a nicety
          }
        }),
      );
      return { ...r, nodes, parents };
    },
    [q, strategy],
  );

  const stats = useAsync(async () => (q ? searchStatistics(q) : null), [q]);
  const areas = stats.data?.areas ?? [];
  const indicators = stats.data?.indicators ?? [];

  const groups = useMemo(() => {
    const list = res.data?.results ?? [];
    return { kpi: list.filter((r) => r.type === 'kpi'), node: list.filter((r) => r.type === 'node') };
  }, [res.data]);
  const total = groups.kpi.length + groups.node.length + areas.length + indicators.length;
  const loading = res.loading || stats.loading;

  const item = (r: SearchResult) => {
    const parent = r.type === 'kpi' ? res.data?.parents.get(`${r.strategy}/${r.id}`) : undefined;
    const href = r.type === 'kpi' ? (parent ? `${paths.kpi(r.strategy, parent)}#kpi-${encodeURIComponent(r.id)}` : paths.kpi(r.strategy, r.id)) : paths.node(r.strategy, r.id);
    const node = r.node ? res.data?.nodes.get(`${r.strategy}/${r.node}`) : undefined;
    return (
      <li key={`${r.type}-${r.strategy}-${r.id}`} className="search-result">
        <Link href={href} className="search-result-link">
          <span className="search-result-id">{r.type === 'kpi' ? r.id : (res.data?.nodes.get(`${r.strategy}/${r.id}`)?.code ?? '')}</span>
          <span lang="ja">
            <Highlight text={r.name} query={q} />
          </span>
        </Link>
        {r.match && r.match !== r.name ? (
          <p className="search-result-match">
            {t('search.matched')}
            <span lang="ja">
              <Highlight text={r.match} query={q} />
            </span>
          </p>
        ) : null}
        {node ? <p className="cell-sub">{t('search.inNode', { node: `${node.code ? `${node.code} ` : ''}${nodeName(node, lang)}` })}</p> : null}
      </li>
    );
  };

  return (
    <div className="search-page">
      <h1>{title}</h1>
      {!q ? <p>{t('search.empty')}</p> : null}
      {res.error ? <ErrorMessage error={res.error} onRetry={res.reload} /> : null}
      <div role="status" aria-live="polite">
        {q && loading ? (
          <p className="loading-inline">
            <span className="spinner spinner-small" aria-hidden="true" />
            {t('app.loading')}
          </p>
        ) : null}
        {q && !loading && res.data ? <p>{total > 0 ? t('search.count', { n: total }) : t('search.none')}</p> : null}
      </div>
      {res.data && groups.kpi.length > 0 ? (
        <section aria-labelledby="search-kpis" className="panel">
          <h2 id="search-kpis">
            {t('search.kpis')}（{groups.kpi.length}）
          </h2>
          <ul className="search-results">{groups.kpi.map(item)}</ul>
        </section>
      ) : null}
      {areas.length > 0 ? (
        <section aria-labelledby="search-areas" className="panel">
          <h2 id="search-areas">
            {t('search.areas')}（{areas.length}）
          </h2>
          <ul className="search-results">
            {areas.map((a) => (
              <li key={a.code} className="search-result">
                <Link href={paths.stats.area(a.code)} className="search-result-link">
                  <span className="search-result-id">{a.code}</span>
                  <span lang="ja">
                    <Highlight text={a.name} query={q} />
                  </span>
                </Link>
                <p className="cell-sub">
                  {a.prefName ? `${a.prefName}・` : ''}
                  {a.type}
                  {a.kana ? `（${a.kana}）` : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {indicators.length > 0 ? (
        <section aria-labelledby="search-indicators" className="panel">
          <h2 id="search-indicators">
            {t('search.indicators')}（{indicators.length}）
          </h2>
          <ul className="search-results">
            {indicators.map((i) => (
              <li key={i.code} className="search-result">
                <Link
                  href={paths.stats.map(`?indicator=${encodeURIComponent(i.code)}${i.levels.includes('prefecture') ? '' : '&level=municipality'}`)}
                  className="search-result-link"
                >
                  <span className="search-result-id">{i.code}</span>
                  <Highlight text={indicatorName(i, lang)} query={q} />
                </Link>
                <p className="cell-sub">
                  {i.category_label}
                  {i.unit ? `・${i.unit}` : ''}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {res.data && groups.node.length > 0 ? (
        <section aria-labelledby="search-nodes" className="panel">
          <h2 id="search-nodes">
            {t('search.nodes')}（{groups.node.length}）
          </h2>
          <ul className="search-results">{groups.node.map(item)}</ul>
        </section>
      ) : null}
    </div>
  );
}
