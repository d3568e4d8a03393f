/**
 * KPIs as the planners' table: ID, 指標, 最新実績（期間・区分）, 目標, 進捗率, 判定. Each
 * indicator name links to its KPI page.
 */
import { Link } from 'wouter';
import type { CatalogKpi, CatalogNode, KpiEvaluation } from '../../api/types.ts';
import { paths } from '../../app/paths.ts';
import { ProgressBar } from '../../components/ProgressBar.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatValue } from '../../format/number.ts';
import { formatPeriod } from '../../format/period.ts';
import { flagLabel } from '../../format/status.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fallbackLang, kpiName, nodeName } from '../../model/logic-model.ts';

interface Props {
  sid: string;
  caption: string;
  evaluations: KpiEvaluation[];
  kpis: ReadonlyMap<string, CatalogKpi>;
  nodes: ReadonlyMap<string, CatalogNode>;
  /** show the node of KPIs that are not on this node */
  ownNode?: string;
}

export function KpiTable({ sid, caption, evaluations, kpis, nodes, ownNode }: Props) {
  const { t, lang } = useI18n();
  return (
    <TableScroll label={caption}>
      <table className="data-table kpi-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.id')}</th>
            <th scope="col">{t('table.indicator')}</th>
            <th scope="col">{t('table.latest')}</th>
            <th scope="col">{t('table.target')}</th>
            <th scope="col">{t('table.progress')}</th>
            <th scope="col">{t('table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {evaluations.map((ev) => {
            const kpi = kpis.get(ev.id);
            const node = nodes.get(ev.node);
            const name = kpi ? kpiName(kpi, lang) : ev.name;
            return (
              <tr key={ev.id}>
                <td className="cell-id">{ev.id}</td>
                <th scope="row" className="cell-name">
                  <Link href={paths.kpi(sid, ev.id)} lang={kpi ? fallbackLang(kpi, lang) : undefined}>
                    {name}
                  </Link>
                  {ownNode !== undefined && ev.node !== ownNode && node ? (
                    <span className="cell-sub">{t('search.inNode', { node: `${node.code ? `${node.code} ` : ''}${nodeName(node, lang)}` })}</span>
                  ) : null}
                </th>
                <td className="cell-actual">
                  {ev.actual ? (
                    <>
                      <span className="num">{formatValue(ev.actual.value, ev.unit, lang)}</span>
                      <span className="cell-sub">
                        {formatPeriod(ev.actual.period, lang)}
                        {ev.actual.flag ? <span className="flag">{flagLabel(ev.actual.flag, t)}</span> : null}
                      </span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="cell-target">
                  <TargetCell ev={ev} />
                </td>
                <td className="cell-progress">
                  <ProgressBar value={ev.progress} />
                </td>
                <td className="cell-status">
                  <StatusBadge status={ev.status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function TargetCell({ ev }: { ev: KpiEvaluation }) {
  const { lang } = useI18n();
  if (!ev.target) return <>—</>;
  if (ev.target.value === null) return <span lang="ja">{ev.target.text ?? '—'}</span>;
  return (
    <>
      <span className="num">{formatValue(ev.target.value, ev.unit, lang)}</span>
      {ev.target.period ? <span className="cell-sub">{formatPeriod(ev.target.period, lang)}</span> : null}
    </>
  );
}
