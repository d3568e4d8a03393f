/**
 * The official-style summary: counts per class, per ①B band, per logic-model node, and every
 * KPI's verdict; downloads (Excel, CSV UTF-8 with BOM, CSV Shift_JIS); a print stylesheet (A4).
 */
import { useMemo } from 'react';
import { evaluationDownloadUrl, getCatalog, getEvaluation } from '../../api/endpoints.ts';
import { BANDS, STATUSES, type CatalogNode, type NodeSummary } from '../../api/types.ts';
import { useAsOf } from '../../app/AsOfContext.tsx';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { AsOfSelector } from '../../components/AsOfSelector.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { StatusLegend } from '../../components/StatusLegend.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatDay } from '../../format/period.ts';
import { STATUS_MARK, levelLabel } from '../../format/status.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { buildLogicModel, fallbackLang, indexKpis, nodeName, type TreeNode } from '../../model/logic-model.ts';
import { KpiTable } from '../node/KpiTable.tsx';
import './report.css';

function share(n: number, total: number): string {
  if (total === 0) return '—';
  return `${((n / total) * 100).toFixed(1)}%`;
}

export default function ReportPage({ sid }: { sid: string }) {
  const { t, lang } = useI18n();
  const { asOf } = useAsOf();
  const catalog = useAsync(() => getCatalog(sid), [sid]);
  const evaluation = useAsync(() => getEvaluation(sid, asOf), [sid, asOf]);
  const model = useMemo(() => (catalog.data ? buildLogicModel(catalog.data.nodes) : null), [catalog.data]);
  const kpiIndex = useMemo(() => indexKpis(catalog.data?.kpis ?? []), [catalog.data]);
  const nodeIndex = useMemo(() => new Map<string, CatalogNode>((catalog.data?.nodes ?? []).map((n) => [n.id, n])), [catalog.data]);
  usePageTitle(t('report.title'));

  const strategyName = catalog.data ? (lang === 'en' ? (catalog.data.strategy.name_en ?? catalog.data.strategy.name) : catalog.data.strategy.name) : '';
  const summary = evaluation.data?.summary;
  const dateText = formatDay(summary?.as_of ?? asOf, lang);

  // Rows in logic-model order (depth-first), with their depth for indentation.
  const nodeRows = useMemo(() => {
    const rows: { tree: TreeNode; s: NodeSummary | undefined }[] = [];
    const byNode = new Map((summary?.by_node ?? []).map((n) => [n.node, n]));
    const walk = (list: TreeNode[]) => {
      for (const tr of list) {
        rows.push({ tree: tr, s: byNode.get(tr.node.id) });
        walk(tr.children);
      }
    };
    if (model) walk(model.roots);
    return rows;
  }, [model, summary]);

  return (
    <div className="report">
      <p className="page-kicker">{strategyName}</p>
      <h1>{t('report.title')}</h1>
      <p className="report-date">
        <strong>{t('asOf.label')}：</strong>
        {dateText}
      </p>
      <p className="hint no-print">{t('report.intro')}</p>

      <div className="report-tools no-print">
        <AsOfSelector busy={evaluation.loading && !!evaluation.data} />
        <section aria-labelledby="dl-title" className="downloads">
          <h2 id="dl-title">{t('report.downloads')}</h2>
          <p className="hint">{t('report.downloadHint', { date: dateText })}</p>
          <ul className="download-list">
            <li>
              <a href={evaluationDownloadUrl(sid, asOf, 'xlsx')} download>
                {t('report.xlsx')}
              </a>
            </li>
            <li>
              <a href={evaluationDownloadUrl(sid, asOf, 'csv')} download>
                {t('report.csv')}
              </a>
            </li>
            <li>
              <a href={evaluationDownloadUrl(sid, asOf, 'csv', 'sjis')} download>
                {t('report.csvSjis')}
              </a>
            </li>
          </ul>
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            {t('report.print')}
          </button>
        </section>
      </div>

      {evaluation.error ? <ErrorMessage error={evaluation.error} onRetry={evaluation.reload} /> : null}
      {catalog.error ? <ErrorMessage error={catalog.error} onRetry={catalog.reload} /> : null}
      {!summary || !model ? (
        !evaluation.error && !catalog.error ? (
          <Loading />
        ) : null
      ) : (
        <>
          <div className="report-pair">
            <section className="report-section" aria-labelledby="by-status">
              <h2 id="by-status">{t('report.byStatus')}</h2>
              <table className="data-table report-table">
                <caption className="visually-hidden">{t('report.byStatus')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('report.class')}</th>
                    <th scope="col" className="num">
                      {t('table.count')}
                    </th>
                    <th scope="col" className="num">
                      {t('report.share')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {STATUSES.map((s) => (
                    <tr key={s}>
                      <th scope="row">
                        <StatusBadge status={s} />
                      </th>
                      <td className="num">{summary.by_status[s]}</td>
                      <td className="num">{share(summary.by_status[s], summary.total)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('table.total')}</th>
                    <td className="num">{summary.total}</td>
                    <td className="num">{summary.total > 0 ? '100%' : '—'}</td>
                  </tr>
                </tfoot>
              </table>
            </section>

            <section className="report-section" aria-labelledby="by-band">
              <h2 id="by-band">{t('report.byBand')}</h2>
              <table className="data-table report-table">
                <caption className="visually-hidden">{t('report.byBand')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('table.progress')}</th>
                    <th scope="col" className="num">
                      {t('table.count')}
                    </th>
                    <th scope="col" className="num">
                      {t('report.share')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {BANDS.map((b) => (
                    <tr key={b}>
                      <th scope="row">
                        {STATUS_MARK['1B']} {t(`band.${b}`)}
                      </th>
                      <td className="num">{summary.by_band[b]}</td>
                      <td className="num">{share(summary.by_band[b], summary.by_status['1B'])}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">
                      {STATUS_MARK['1B']} {t('table.total')}
                    </th>
                    <td className="num">{summary.by_status['1B']}</td>
                    <td className="num">{summary.by_status['1B'] > 0 ? '100%' : '—'}</td>
                  </tr>
                </tfoot>
              </table>
            </section>
          </div>

          <section className="report-section" aria-labelledby="by-node">
            <h2 id="by-node">{t('report.byNode')}</h2>
            <TableScroll label={t('report.byNode')}>
              <table className="data-table report-table node-table">
                <caption className="visually-hidden">{t('report.byNode')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('report.node')}</th>
                    <th scope="col">{t('report.level')}</th>
                    {STATUSES.map((s) => (
                      <th scope="col" key={s} className="num">
                        <abbr title={t(`status.${s}`)}>{STATUS_MARK[s]}</abbr>
                      </th>
                    ))}
                    <th scope="col" className="num">
                      {t('table.total')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {nodeRows.map(({ tree, s }) => (
                    <tr key={tree.node.id} className={`row-${tree.node.level}`}>
                      <th scope="row" style={{ paddingInlineStart: `${0.5 + tree.depth * 1.25}rem` }}>
                        {tree.node.code ? (
                          <>
                            <span className="lm-code">{tree.node.code}</span>{' '}
                          </>
                        ) : null}
                        <span lang={fallbackLang(tree.node, lang)}>{nodeName(tree.node, lang)}</span>
                      </th>
                      <td className="nowrap">{levelLabel(tree.node.level, t)}</td>
                      {STATUSES.map((st) => (
                        <td key={st} className="num">
                          {s?.by_status[st] ?? 0}
                        </td>
                      ))}
                      <td className="num">
                        <strong>{s?.total ?? 0}</strong>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>

          <section className="report-section report-kpis" aria-labelledby="kpi-list">
            <h2 id="kpi-list">{t('report.kpiList')}</h2>
            <KpiTable sid={sid} caption={t('report.kpiList')} evaluations={evaluation.data?.kpis ?? []} kpis={kpiIndex} nodes={nodeIndex} />
          </section>

          <StatusLegend />
        </>
      )}
    </div>
  );
}
