/**
 * /stats — an indicator on the map of Japan, by prefecture or municipality, beside its ranking.
 * Choose the indicator (by category), the level, the period and, for municipalities, a
 * prefecture; the map is classed by quantiles (or equal intervals) with a legend of ranges.
 * Click an area on the map or its name in the table to open its profile. Every choice is in the
 * URL; the ranking downloads as CSV or Excel exactly as shown; the sources are credited below.
 */
import { useCallback, useMemo, useRef } from 'react';
import { useLocation } from 'wouter';
import { getIndicatorMap, getIndicators, getRanking, listAreas, rankingPath, type MapLevel, type MapValue } from '../../../api/statistics.ts';
import { useAsync } from '../../../app/useAsync.ts';
import { usePageTitle } from '../../../app/usePageTitle.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatNumber } from '../../../format/number.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { Attribution } from '../shared/Attribution.tsx';
import { classify, type ClassMethod } from '../shared/classify.ts';
import { IndicatorSelect, LevelRadios, PeriodSelect, PrefectureSelect } from '../shared/Controls.tsx';
import { Downloads } from '../shared/Downloads.tsx';
import type { EChartsType } from '../../../components/Chart.tsx';
import { defaultIndicator, indicatorName, periodText, statValue } from '../shared/format.ts';
import { IndicatorInfo } from '../shared/IndicatorInfo.tsx';
import { StatsNav } from '../shared/StatsNav.tsx';
import { UrlNotice } from '../shared/UrlNotice.tsx';
import { paths } from '../../../app/paths.ts';
import { useStatsParams } from '../shared/useStatsParams.ts';
import { ChoroplethMap } from './ChoroplethMap.tsx';
import { MapLegend } from './MapLegend.tsx';
import { RankingTable } from './RankingTable.tsx';
import '../shared/stats.css';
import './map.css';

const CLASS_COUNTS = [5, 6, 7] as const;
/** 01〜47: other codes are answered on the page, not asked of the API. */
const PREF_CODE = /^(0[1-9]|[1-3]\d|4[0-7])$/;

function extremes(values: MapValue[]): { max: MapValue | null; min: MapValue | null } {
  let max: MapValue | null = null;
  let min: MapValue | null = null;
  for (const v of values) {
    if (v.value === null) continue;
    if (!max || v.value > max.value!) max = v;
    if (!min || v.value < min.value!) min = v;
  }
  return { max, min };
}

export default function StatsMapPage() {
  const { t, lang } = useI18n();
  const [, navigate] = useLocation();
  const [params, update] = useStatsParams();
  const catalog = useAsync(() => getIndicators(), []);
  const prefs = useAsync(() => listAreas('prefecture'), []);

  const level: MapLevel = params.get('level') === 'municipality' ? 'municipality' : 'prefecture';
  const all = catalog.data?.indicators ?? [];
  const atLevel = all.filter((i) => i.levels.includes(level));
  const requested = all.find((i) => i.code === params.get('indicator'));
  const indicator = requested?.levels.includes(level) ? requested : (atLevel.find((i) => i.category === requested?.category) ?? defaultIndicator(atLevel));
  const periodParam = params.get('period') ?? '';
  const period = indicator?.periods.includes(periodParam) ? periodParam : '';
  const prefCode = level === 'municipality' && PREF_CODE.test(params.get('pref') ?? '') ? params.get('pref')! : '';
  const order = params.get('order') === 'asc' ? 'asc' : 'desc';
  const k = CLASS_COUNTS.find((n) => String(n) === params.get('classes')) ?? 5;
  const method: ClassMethod = params.get('method') === 'equal' ? 'equal' : 'quantile';
  const code = indicator?.code;

  const q = { level, period: period || undefined, pref_code: prefCode || undefined };
  const map = useAsync(async () => (code ? getIndicatorMap(code, q) : null), [code, level, period, prefCode]);
  const ranking = useAsync(async () => (code ? getRanking(code, { ...q, order }) : null), [code, level, period, prefCode, order]);
  const classes = useMemo(
    () =>
      map.data
        ? classify(
            map.data.values.map((v) => v.value),
            k,
            method,
          )
        : null,
    [map.data, k, method],
  );

  const chart = useRef<EChartsType | null>(null);
  const highlighted = useRef<string | null>(null);
  const highlight = useCallback((c: string | null) => {
    const inst = chart.current;
    if (!inst || highlighted.current === c) return;
    if (highlighted.current) inst.dispatchAction({ type: 'downplay', seriesIndex: 0, name: highlighted.current });
    if (c) inst.dispatchAction({ type: 'highlight', seriesIndex: 0, name: c });
    highlighted.current = c;
  }, []);

  const name = indicator ? indicatorName(indicator, lang) : '';
  const shownPeriod = map.data?.period ?? (period || indicator?.latest_period || null);
  const prefName = prefCode ? prefs.data?.areas.find((p) => (p.pref_code ?? p.code.slice(0, 2)) === prefCode)?.name : undefined;
  const levelText = level === 'prefecture' ? t('stats.level.byPrefecture') : prefName ? t('stats.level.byMunicipalityIn', { pref: prefName }) : t('stats.level.byMunicipality');
  usePageTitle(indicator ? t('stats.map.pageTitle', { name }) : t('stats.map.title'));

  if (catalog.error && !catalog.data) {
    return (
      <>
        <h1>{t('stats.map.title')}</h1>
        <ErrorMessage error={catalog.error} onRetry={catalog.reload} />
      </>
    );
  }
  if (!catalog.data) return <Loading label={t('stats.loadingCatalog')} />;

  const indicatorParam = params.get('indicator');
  const prefParam = params.get('pref');
  const problems = [
    ...(indicatorParam && !requested ? [t('stats.url.unknownIndicator', { code: indicatorParam })] : []),
    ...(periodParam && !period ? [t('stats.url.badPeriod', { period: periodParam })] : []),
    ...(level === 'municipality' && prefParam && !PREF_CODE.test(prefParam) ? [t('stats.url.badPref', { code: prefParam })] : []),
  ];
  const values = map.data?.values ?? [];
  const { max, min } = extremes(values);
  // Units from the data on screen (a new indicator's data may still be on its way).
  const unit = map.data?.indicator.unit ?? indicator?.unit ?? '';
  const rankingUnit = ranking.data?.indicator.unit ?? indicator?.unit ?? '';
  const withValue = values.filter((v) => v.value !== null).length;
  const summary = indicator
    ? t('stats.map.summary', {
        name: map.data ? indicatorName(map.data.indicator, lang) : name,
        period: periodText(shownPeriod, lang, false),
        level: levelText,
        n: formatNumber(withValue, lang),
        none: formatNumber(values.length - withValue, lang),
        max: max ? `${max.name} ${statValue(max.value, unit, lang)}` : '—',
        min: min ? `${min.name} ${statValue(min.value, unit, lang)}` : '—',
        median: statValue(map.data?.stats.median ?? null, unit, lang),
      })
    : '';
  const caption = t('stats.ranking.caption', {
    name: ranking.data ? indicatorName(ranking.data.indicator, lang) : name,
    period: periodText(ranking.data?.period ?? shownPeriod, lang, false),
    level: levelText,
  });

  return (
    <div className="stats-page">
      <p className="page-kicker">{t('stats.kicker')}</p>
      <h1>
        {name || t('stats.map.title')}
        {shownPeriod ? (
          <span className="heading-sub">
            {periodText(shownPeriod, lang)}・{levelText}
          </span>
        ) : null}
      </h1>
      <StatsNav />
      <UrlNotice problems={problems} />

      <section className="panel stats-controls" aria-labelledby="controls-title">
        <h2 id="controls-title" className="visually-hidden">
          {t('stats.controls')}
        </h2>
        <div className="stats-controls-row">
          <IndicatorSelect
            label={t('stats.indicator')}
            value={indicator?.code ?? ''}
            onChange={(c) => update({ indicator: c })}
            indicators={atLevel}
            categories={catalog.data.categories}
          />
          <LevelRadios value={level} onChange={(l) => update({ level: l === 'prefecture' ? null : l, pref: l === 'prefecture' ? null : params.get('pref') })} />
          <PeriodSelect
            label={t('stats.period')}
            value={period}
            onChange={(p) => update({ period: p })}
            periods={indicator?.periods ?? []}
            latest={indicator?.latest_period ?? null}
          />
          {level === 'municipality' ? (
            <PrefectureSelect label={t('stats.pref.filter')} value={prefCode} onChange={(p) => update({ pref: p })} prefectures={prefs.data?.areas ?? []} />
          ) : null}
        </div>
        {requested && requested.code !== indicator?.code ? (
          <p className="notice notice-info">
            {t('stats.indicator.notAtLevel', { name: indicatorName(requested, lang), level: t(level === 'prefecture' ? 'stats.level.prefecture' : 'stats.level.municipality') })}
          </p>
        ) : null}
      </section>

      {map.error && !map.data ? <ErrorMessage error={map.error} onRetry={map.reload} /> : null}

      <div className="stats-grid">
        <section className="panel stats-map-panel" aria-labelledby="map-title" aria-busy={map.loading}>
          <div className="totals-head">
            <h2 id="map-title">{t('stats.map.heading')}</h2>
            {map.loading && map.data ? <Loading inline label={t('app.updating')} /> : null}
          </div>
          <div className="stats-controls-row stats-classing">
            <div className="stats-field">
              <label htmlFor="class-method">{t('stats.classes.method')}</label>
              <select id="class-method" value={method} onChange={(e) => update({ method: e.target.value === 'equal' ? 'equal' : null })}>
                <option value="quantile">{t('stats.classes.quantile')}</option>
                <option value="equal">{t('stats.classes.equal')}</option>
              </select>
            </div>
            <div className="stats-field">
              <label htmlFor="class-count">{t('stats.classes.count')}</label>
              <select id="class-count" value={k} onChange={(e) => update({ classes: e.target.value === '5' ? null : e.target.value })}>
                {CLASS_COUNTS.map((n) => (
                  <option key={n} value={n}>
                    {t('stats.classes.n', { n })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <figure className="stats-map" aria-labelledby="map-caption">
            {map.data && classes ? (
              <>
                <ChoroplethMap
                  level={level}
                  prefCode={prefCode}
                  values={map.data.values}
                  classes={classes}
                  unit={unit}
                  label={t('stats.map.label', { name, level: levelText })}
                  describedBy="map-summary"
                  onSelect={(c) => navigate(paths.stats.area(c))}
                  chartRef={chart}
                />
                <MapLegend classes={classes} unit={unit} />
              </>
            ) : map.loading ? (
              <Loading />
            ) : null}
            <figcaption id="map-caption">
              <span className="visually-hidden">{t('stats.map.label', { name, level: levelText })}</span>
              <span id="map-summary" className="stats-summary">
                {summary}
              </span>
              {!prefCode ? <span className="hint stats-map-note">{t('stats.map.insetNote')}</span> : null}
              <span className="hint stats-map-note">{t('stats.map.clickHint')}</span>
            </figcaption>
          </figure>
          <Attribution lines={map.data?.attribution} />
        </section>

        <section className="panel stats-ranking-panel" aria-labelledby="ranking-title" aria-busy={ranking.loading}>
          <div className="totals-head">
            <h2 id="ranking-title">{t('stats.ranking.heading')}</h2>
            {ranking.loading && ranking.data ? <Loading inline label={t('app.updating')} /> : null}
            <fieldset className="stats-radios stats-radios-inline">
              <legend className="visually-hidden">{t('stats.ranking.order')}</legend>
              {(['desc', 'asc'] as const).map((o) => (
                <label key={o}>
                  <input type="radio" name="ranking-order" value={o} checked={order === o} onChange={() => update({ order: o === 'desc' ? null : o })} />
                  {o === 'desc' ? t('stats.ranking.desc') : t('stats.ranking.asc')}
                </label>
              ))}
            </fieldset>
          </div>
          {code ? <Downloads what={caption} url={(format) => rankingPath(code, { ...q, order, format })} /> : null}
          {ranking.error && !ranking.data ? <ErrorMessage error={ranking.error} onRetry={ranking.reload} /> : null}
          {ranking.data ? (
            <RankingTable rows={ranking.data.rows} unit={rankingUnit} level={level} showPref={!prefCode} classes={classes} caption={caption} onHighlight={highlight} />
          ) : ranking.loading ? (
            <Loading />
          ) : null}
          <Attribution lines={ranking.data?.attribution} />
        </section>
      </div>

      {indicator ? <IndicatorInfo indicator={indicator} attribution={catalog.data.attribution} /> : null}
    </div>
  );
}
