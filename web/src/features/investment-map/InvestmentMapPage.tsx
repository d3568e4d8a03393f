/**
 * /investment-map — the 国内投資マップ: every investment project of the nationally published plans
 * on the map of Japan (markers; a project without a point stands at its municipality), areas
 * coloured by their total in 円 or per inhabitant, filters (type, field, status, year slider),
 * the totals and the projects as tables with links to each plan and its KPIs, the published
 * snapshots with their comparison, and the downloads of every published plan.
 */
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatNumber } from '../../format/number.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { classify } from '../statistics/shared/classify.ts';
import { MapLegend } from '../statistics/map/MapLegend.tsx';
import { exportPath, getInvestmentMap, type InvestmentMap } from './api.ts';
import { type FilterState, Filters, PLAN_TYPES } from './Filters.tsx';
import { InvestmentMapChart } from './InvestmentMapChart.tsx';
import { SnapshotsPanel } from './SnapshotsPanel.tsx';
import '../statistics/shared/stats.css';
import '../statistics/map/map.css';
import './investment-map.css';

const SHOWN_PROJECTS = 200;

function Totals({ data, perCapita, yen }: { data: InvestmentMap; perCapita: boolean; yen: (v: number | null) => string }) {
  const { t } = useI18n();
  const level = t(data.level === 'municipality' ? 'invmap.level.municipality' : 'invmap.level.prefecture');
  const rows = [...data.areas]
    .filter((a) => a.projects > 0)
    .sort((a, b) => (perCapita ? (b.amount_per_capita_yen ?? -1) - (a.amount_per_capita_yen ?? -1) : b.amount_yen - a.amount_yen));
  return (
    <TableScroll label={t('invmap.totals')}>
      <table className="data-table">
        <caption>{t('invmap.totals.caption', { level })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('invmap.col.area')}</th>
            <th scope="col">{t('invmap.col.projects')}</th>
            <th scope="col">{t('invmap.col.amount')}</th>
            <th scope="col">{t('invmap.col.perCapita')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.code}>
              <th scope="row">{a.name}</th>
              <td className="num">{a.projects}</td>
              <td className="num">{yen(a.amount_yen)}</td>
              <td className="num">{yen(a.amount_per_capita_yen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Projects({ data, yen }: { data: InvestmentMap; yen: (v: number | null) => string }) {
  const { t } = useI18n();
  const sorted = useMemo(() => [...data.projects].sort((a, b) => b.amount_yen - a.amount_yen), [data.projects]);
  return (
    <>
      <TableScroll label={t('invmap.projects')}>
        <table className="data-table">
          <caption>{t('invmap.projects.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('invmap.col.project')}</th>
              <th scope="col">{t('invmap.col.plan')}</th>
              <th scope="col">{t('invmap.col.place')}</th>
              <th scope="col">{t('invmap.col.amount')}</th>
              <th scope="col">{t('invmap.col.fy')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.slice(0, SHOWN_PROJECTS).map((p) => (
              <tr key={`${p.plan_id}/${p.project_id}`}>
                <th scope="row">{p.title}</th>
                <td>
                  <Link href={p.plan_url}>{p.plan_title}</Link>（{PLAN_TYPES[p.plan_type]}）{' '}
                  <Link href={`${p.plan_url}#kpis`} aria-label={t('invmap.kpisOf', { plan: p.plan_title })}>
                    {t('invmap.kpis')}
                  </Link>
                </td>
                <td>{p.muni_name}</td>
                <td className="num">{yen(p.amount_yen)}</td>
                <td className="num">{p.invest_fy ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {sorted.length > SHOWN_PROJECTS ? <p>{t('invmap.more', { n: sorted.length - SHOWN_PROJECTS })}</p> : null}
    </>
  );
}

export default function InvestmentMapPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('invmap.title'));
  const [f, setF] = useState<FilterState>({ level: 'prefecture', metric: 'yen', type: '', field: '', status: '', yearTo: null });
  const map = useAsync(
    (signal) => getInvestmentMap({ level: f.level, type: f.type || undefined, field: f.field || undefined, status: f.status || undefined, year_to: f.yearTo ?? undefined }, signal),
    [f.level, f.type, f.field, f.status, f.yearTo],
  );
  const yen = (v: number | null) => formatNumber(v, lang, '円') + (v === null ? '' : '円');
  const perCapita = f.metric === 'per_capita';
  const colours = useMemo(
    () => new Map((map.data?.areas ?? []).map((a) => [a.code, a.projects === 0 ? null : perCapita ? a.amount_per_capita_yen : a.amount_yen])),
    [map.data, perCapita],
  );
  const classes = useMemo(() => classify([...colours.values()], 5, 'quantile'), [colours]);
  const level = t(f.level === 'municipality' ? 'invmap.level.municipality' : 'invmap.level.prefecture');
  return (
    <>
      <h1>{t('invmap.title')}</h1>
      <p>{t('invmap.intro')}</p>
      <Filters state={f} onChange={(next) => setF({ ...f, ...next })} />
      {map.error ? <ErrorMessage error={map.error} onRetry={map.reload} /> : null}
      {!map.data && !map.error ? <Loading /> : null}
      {map.data ? (
        <>
          <p id="invmap-summary" aria-live="polite">
            {map.data.total.projects === 0 ? t('invmap.none') : t('invmap.summary', { n: map.data.total.projects, amount: yen(map.data.total.amount_yen) })}{' '}
            {t('invmap.placedNote')}
          </p>
          <div className="invmap-map">
            <InvestmentMapChart
              level={f.level}
              colours={colours}
              classes={classes}
              projects={map.data.projects}
              label={t('invmap.mapLabel', { level })}
              describedBy="invmap-summary"
              format={yen}
            />
            <MapLegend classes={classes} unit="円" />
          </div>
          <h2>{t('invmap.totals')}</h2>
          <Totals data={map.data} perCapita={perCapita} yen={yen} />
          <h2>{t('invmap.projects')}</h2>
          <Projects data={map.data} yen={yen} />
        </>
      ) : null}
      <SnapshotsPanel yen={yen} />
      <section aria-labelledby="invmap-export">
        <h2 id="invmap-export">{t('invmap.export')}</h2>
        <ul className="invmap-downloads">
          <li>
            <a href={exportPath('json')}>{t('invmap.export.json')}</a>
          </li>
          <li>
            <a href={exportPath('csv')} download>
              {t('invmap.export.csv')}
            </a>
          </li>
          <li>
            <a href={exportPath('csv', 'sjis')} download>
              {t('invmap.export.sjis')}
            </a>
          </li>
          <li>
            <a href={exportPath('xlsx')} download>
              {t('invmap.export.xlsx')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}
