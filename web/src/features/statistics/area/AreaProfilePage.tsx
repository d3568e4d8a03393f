/**
 * /stats/areas/:code — one area at a glance, as RESAS' 地域カルテ: its population over time by
 * three age groups, the age pyramid, the latest figures, key indicators beside its prefecture and
 * the nation, and similar municipalities (類似団体) with the method explained. Every chart has its
 * table; links lead on to the map, the time-series comparison and the scatter.
 */
import { useCallback } from 'react';
import { Link } from 'wouter';
import { ApiError } from '../../../api/client.ts';
import { getAreaProfile, getIndicators, NATION_CODE, seriesPath, type AreaProfile } from '../../../api/statistics.ts';
import { useAsync } from '../../../app/useAsync.ts';
import { usePageTitle } from '../../../app/usePageTitle.ts';
import { Breadcrumb } from '../../../components/Breadcrumb.tsx';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatNumber } from '../../../format/number.ts';
import { useI18n, type Translate } from '../../../i18n/I18nProvider.tsx';
import { Attribution } from '../shared/Attribution.tsx';
import { Downloads } from '../shared/Downloads.tsx';
import { Chart } from '../../../components/Chart.tsx';
import { defaultIndicator, indicatorName, periodText, prefectureCode, statValue } from '../shared/format.ts';
import { isAreaCodeShape } from '../shared/UrlNotice.tsx';
import { StatsNav } from '../shared/StatsNav.tsx';
import { paths } from '../../../app/paths.ts';
import { populationOption, pyramidOption } from './charts.ts';
import { SimilarAreasSection } from './SimilarAreas.tsx';
import '../shared/stats.css';
import './area.css';

/** As the API's KEY_HORIZON_YEARS (read/get-area-profile.ts): older rows are listed, not tabled. */
const KEY_HORIZON_YEARS = 5;

function ageingRate(d: { total: number | null; age_65_plus: number | null }): number | null {
  // two decimals, as the API's ageing_rate (27.98%), so the tile and the summary agree
  return d.total && d.age_65_plus !== null ? Math.round((d.age_65_plus / d.total) * 10000) / 100 : null;
}

export default function AreaProfilePage({ code }: { code: string }) {
  const { t, lang } = useI18n();
  // A 団体コード of the wrong shape is answered here, without asking the API.
  const wellFormed = isAreaCodeShape(code);
  const profile = useAsync(async () => (wellFormed ? getAreaProfile(code) : null), [code, wellFormed]);
  const catalog = useAsync(() => getIndicators(), []);
  const p = profile.data;
  usePageTitle(p ? t('stats.area.pageTitle', { name: p.area.name }) : t('stats.area.title'));

  if (!wellFormed || (profile.error && !p)) {
    const notFound = !wellFormed || (profile.error instanceof ApiError && (profile.error.status === 404 || profile.error.status === 400));
    return (
      <div className="stats-page area-page">
        <h1>{t('stats.area.title')}</h1>
        <StatsNav />
        {notFound ? (
          <div className="notice notice-error" role="alert">
            <p>{wellFormed ? t('stats.url.unknownArea', { code }) : t('stats.url.badArea', { code })}</p>
            <p>
              {t('stats.area.findArea')} <Link href={paths.stats.map()}>{t('stats.nav.map')}</Link>
              {' ・ '}
              <Link href={paths.search(code)}>{t('stats.area.searchAreas')}</Link>
            </p>
          </div>
        ) : (
          <ErrorMessage error={profile.error} onRetry={profile.reload} />
        )}
      </div>
    );
  }
  if (!p) return <Loading />;

  const a = p.area;
  const isMunicipality = a.level === 'municipality' || a.level === 'ward';
  const prefAreaCode = a.pref_code ? prefectureCode(a.pref_code) : null;
  const crumbs = [
    { label: t('stats.kicker'), href: paths.stats.map() },
    ...(isMunicipality && a.pref_name && prefAreaCode ? [{ label: a.pref_name, href: paths.stats.area(prefAreaCode) }] : []),
    { label: a.name },
  ];
  const popInd = catalog.data ? defaultIndicator(catalog.data.indicators) : undefined;
  // The download: the planner's usual four (人口・高齢化率・社会増減・財政力指数) where the area has them.
  const held = new Set(p.indicators.map((i) => i.code));
  const keyCodes = [...['population', 'ageing_rate', 'social_change', 'fiscal_capability_index'].filter((c) => held.has(c)), ...p.indicators.map((i) => i.code)]
    .filter((c, i, all) => all.indexOf(c) === i)
    .slice(0, 4);
  const compareAreas = [a.code, ...(isMunicipality && prefAreaCode ? [prefAreaCode] : []), ...(a.code !== NATION_CODE ? [NATION_CODE] : [])];
  const mapLevel = isMunicipality ? 'municipality' : 'prefecture';

  return (
    <div className="stats-page area-page">
      <Breadcrumb items={crumbs} />
      <p className="page-kicker">
        {t('stats.area.kicker')}・{a.type}
        {isMunicipality && a.pref_name ? `（${a.pref_name}）` : ''}
      </p>
      <h1>{a.name}</h1>
      <StatsNav />

      <LatestFigures profile={p} />

      <section className="panel" aria-labelledby="pop-title">
        <h2 id="pop-title">{t('stats.area.population')}</h2>
        <PopulationTrend profile={p} />
        <Attribution lines={p.attribution} />
      </section>

      {p.pyramid && p.pyramid.groups.length > 0 ? (
        <section className="panel" aria-labelledby="pyramid-title">
          <h2 id="pyramid-title">{t('stats.area.pyramid', { period: periodText(p.pyramid.period, lang) })}</h2>
          <Pyramid pyramid={p.pyramid} />
          <Attribution lines={p.attribution} />
        </section>
      ) : null}

      <section className="panel" aria-labelledby="key-title">
        <h2 id="key-title">{t('stats.area.indicators')}</h2>
        <p className="hint">{t('stats.area.indicatorsIntro')}</p>
        {p.indicators.length === 0 ? (
          <p>{t('stats.area.noIndicators')}</p>
        ) : (
          <>
            <Downloads what={t('stats.area.indicators')} url={(f) => seriesPath(keyCodes, compareAreas, f)} />
            <TableScroll label={t('stats.area.indicators')}>
              <table className="data-table">
                <caption className="visually-hidden">{t('stats.area.indicatorsCaption', { name: a.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('stats.area.col.indicator')}</th>
                    <th scope="col">{t('stats.area.col.period')}</th>
                    <th scope="col" className="num">
                      {a.name}
                    </th>
                    {isMunicipality ? (
                      <th scope="col" className="num">
                        {a.pref_name ?? t('stats.area.col.prefecture')}
                      </th>
                    ) : null}
                    {a.code !== NATION_CODE ? (
                      <th scope="col" className="num">
                        {t('stats.nation')}
                      </th>
                    ) : null}
                    <th scope="col">{t('stats.area.col.links')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.indicators.map((i) => (
                    <tr key={i.code}>
                      <th scope="row">{indicatorName(i, lang)}</th>
                      <td className="nowrap">{periodText(i.period, lang, false)}</td>
                      <td className="num">
                        <strong>{statValue(i.value, i.unit, lang)}</strong>
                      </td>
                      {isMunicipality ? <td className="num">{statValue(i.prefecture, i.unit, lang)}</td> : null}
                      {a.code !== NATION_CODE ? <td className="num">{statValue(i.nation, i.unit, lang)}</td> : null}
                      <td className="nowrap">
                        {a.code !== NATION_CODE ? (
                          <>
                            <Link
                              href={paths.stats.map(`?indicator=${encodeURIComponent(i.code)}&level=${mapLevel}${isMunicipality && a.pref_code ? `&pref=${a.pref_code}` : ''}`)}
                            >
                              {t('stats.area.onMap')}
                              <span className="visually-hidden">（{indicatorName(i, lang)}）</span>
                            </Link>
                            {' ・ '}
                          </>
                        ) : null}
                        <Link href={paths.stats.series(`?indicators=${encodeURIComponent(i.code)}&areas=${compareAreas.join(',')}`)}>
                          {t('stats.area.trend')}
                          <span className="visually-hidden">（{indicatorName(i, lang)}）</span>
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
        {p.omitted_indicators.length > 0 ? (
          <p className="hint">
            {t('stats.area.omitted', { years: KEY_HORIZON_YEARS })}
            {p.omitted_indicators.map((o) => `${indicatorName(o, lang)}（${periodText(o.period, lang, false)}）`).join('、')}
          </p>
        ) : null}
        <Attribution lines={p.attribution} />
      </section>

      {a.level === 'municipality' ? <SimilarAreasSection area={a} populationIndicator={popInd?.code} /> : null}
    </div>
  );
}

function LatestFigures({ profile }: { profile: AreaProfile }) {
  const { t, lang } = useI18n();
  const l = profile.population.latest;
  if (!l) return null;
  const items = [
    { label: t('stats.area.total'), value: statValue(l.total, '人', lang) },
    { label: t('stats.area.households'), value: statValue(l.households, '世帯', lang) },
    { label: t('stats.area.male'), value: statValue(l.male, '人', lang) },
    { label: t('stats.area.female'), value: statValue(l.female, '人', lang) },
    { label: t('stats.area.ageingRate'), value: statValue(l.ageing_rate, '%', lang) },
  ];
  return (
    <section className="panel" aria-labelledby="latest-title">
      <h2 id="latest-title">{t('stats.area.latest', { period: periodText(l.period, lang) })}</h2>
      <dl className="key-figures">
        {items.map((i) => (
          <div key={i.label}>
            <dt>{i.label}</dt>
            <dd>{i.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function populationLabels(t: Translate) {
  return { total: t('stats.area.total'), young: t('stats.area.age0_14'), working: t('stats.area.age15_64'), old: t('stats.area.age65'), unit: '人' };
}

function PopulationTrend({ profile }: { profile: AreaProfile }) {
  const { t, lang } = useI18n();
  const s = profile.population.series;
  const labels = populationLabels(t);
  const option = useCallback(() => (s.length ? populationOption(s, lang, populationLabels(t)) : null), [s, lang, t]);
  if (s.length === 0) return <p>{t('stats.area.noPopulation')}</p>;
  const first = s[0]!;
  const last = s[s.length - 1]!;
  const summary = t('stats.area.popSummary', {
    from: periodText(first.period, lang, false),
    to: periodText(last.period, lang, false),
    a: statValue(first.total, '人', lang),
    b: statValue(last.total, '人', lang),
    r1: statValue(ageingRate(first), '%', lang),
    r2: statValue(ageingRate(last), '%', lang),
  });
  return (
    <figure className="stats-figure" aria-labelledby="pop-caption">
      <Chart
        option={option}
        loadingLabel={t('stats.chart.loading')}
        label={t('stats.area.popChart', { name: profile.area.name })}
        describedBy="pop-caption"
        className="stats-chart"
        png={{ fileName: `${profile.area.name}_${t('stats.area.population')}`, label: t('stats.download.pngOf') }}
      />
      <figcaption id="pop-caption" className="stats-summary">
        {summary}
      </figcaption>
      <details className="stats-table-details">
        <summary>{t('stats.showTable')}</summary>
        <TableScroll label={t('stats.area.population')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('stats.area.populationCaption', { name: profile.area.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stats.area.col.period')}</th>
                <th scope="col" className="num">
                  {labels.total}
                </th>
                <th scope="col" className="num">
                  {labels.young}
                </th>
                <th scope="col" className="num">
                  {labels.working}
                </th>
                <th scope="col" className="num">
                  {labels.old}
                </th>
                <th scope="col" className="num">
                  {t('stats.area.ageingRate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...s].reverse().map((d) => (
                <tr key={d.period}>
                  <th scope="row" className="nowrap">
                    {periodText(d.period, lang)}
                  </th>
                  <td className="num">{formatNumber(d.total, lang)}</td>
                  <td className="num">{formatNumber(d.age_0_14, lang)}</td>
                  <td className="num">{formatNumber(d.age_15_64, lang)}</td>
                  <td className="num">{formatNumber(d.age_65_plus, lang)}</td>
                  <td className="num">{statValue(ageingRate(d), '%', lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}

function Pyramid({ pyramid }: { pyramid: NonNullable<AreaProfile['pyramid']> }) {
  const { t, lang } = useI18n();
  const labels = { male: t('stats.area.male'), female: t('stats.area.female'), unit: '人' };
  const option = useCallback(() => pyramidOption(pyramid, lang, { male: t('stats.area.male'), female: t('stats.area.female'), unit: '人' }), [pyramid, lang, t]);
  return (
    <figure className="stats-figure" aria-labelledby="pyramid-caption">
      <Chart
        option={option}
        loadingLabel={t('stats.chart.loading')}
        label={t('stats.area.pyramidChart')}
        describedBy="pyramid-caption"
        className="stats-chart stats-chart-tall"
        png={{ fileName: t('stats.area.pyramidChart'), label: t('stats.download.pngOf') }}
      />
      <figcaption id="pyramid-caption" className="hint">
        {t('stats.area.pyramidNote')}
      </figcaption>
      <details className="stats-table-details">
        <summary>{t('stats.showTable')}</summary>
        <TableScroll label={t('stats.area.pyramidChart')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('stats.area.pyramidChart')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stats.area.col.age')}</th>
                <th scope="col" className="num">
                  {labels.male}
                </th>
                <th scope="col" className="num">
                  {labels.female}
                </th>
              </tr>
            </thead>
            <tbody>
              {pyramid.groups.map((g) => (
                <tr key={g.age_group}>
                  <th scope="row">{g.age_group}</th>
                  <td className="num">{formatNumber(g.male, lang)}</td>
                  <td className="num">{formatNumber(g.female, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
