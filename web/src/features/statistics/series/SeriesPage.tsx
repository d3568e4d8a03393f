/**
 * /stats/series — up to four indicators over time for up to ten areas (全国, prefectures,
 * municipalities), as Japan Dashboard's 時系列. One chart per indicator (their units differ),
 * each with its table; areas are found by name or reading. The selection is in the URL and
 * downloads as CSV or Excel.
 */
import { useCallback, useMemo } from 'react';
import { ApiError } from '../../../api/client.ts';
import { getIndicators, getSeries, NATION_CODE, seriesPath, type Indicator, type Series, type SeriesResponse } from '../../../api/statistics.ts';
import { useAsync } from '../../../app/useAsync.ts';
import { usePageTitle } from '../../../app/usePageTitle.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { AreaPicker, useAreaDirectory } from '../shared/AreaPicker.tsx';
import { Attribution } from '../shared/Attribution.tsx';
import { IndicatorSelect } from '../shared/Controls.tsx';
import { Downloads } from '../shared/Downloads.tsx';
import { Chart } from '../../../components/Chart.tsx';
import { defaultIndicator, flagText, indicatorName, periodText, statValue } from '../shared/format.ts';
import { StatsNav } from '../shared/StatsNav.tsx';
import { isAreaCodeShape, UrlNotice } from '../shared/UrlNotice.tsx';
import { breaksOf, indexBase, lineOption, periodsOf } from './series-chart.ts';
import { useStatsParams } from '../shared/useStatsParams.ts';
import '../shared/stats.css';
import './series.css';

/**
 * The series of the areas, leaving out the ones the API does not know: one unknown 団体コード
 * refuses the whole request, so the areas are then asked one by one and the rest kept.
 */
async function seriesKeepingKnownAreas(indicators: string[], areas: string[]): Promise<SeriesResponse & { refused: string[] }> {
  try {
    return { ...(await getSeries(indicators, areas)), refused: [] };
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 400 || !e.issues.some((i) => i.column === 'areas') || areas.length < 2) throw e;
    const each = await Promise.allSettled(areas.map((a) => getSeries(indicators, [a])));
    const ok = each.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    if (ok.length === 0) throw e;
    return {
      series: ok.flatMap((r) => r.series),
      attribution: ok[0]!.attribution,
      refused: areas.filter((_, i) => each[i]!.status === 'rejected'),
    };
  }
}

export const MAX_INDICATORS = 4;
export const MAX_AREAS = 10;

const splitList = (s: string | null) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

function IndicatorFigure({ indicator, series, areas, index, asIndex }: { indicator: Indicator | undefined; series: Series[]; areas: string[]; index: number; asIndex: boolean }) {
  const { t, lang } = useI18n();
  const name = indicator ? indicatorName(indicator, lang) : (series[0]?.indicator_name ?? '');
  const unit = indicator?.unit ?? series[0]?.unit ?? '';
  const breaks = useMemo(() => breaksOf(series), [series]);
  const base = useMemo(() => (asIndex ? indexBase(series) : null), [series, asIndex]);
  const ordered = useMemo(() => [...series].sort((a, b) => areas.indexOf(a.area) - areas.indexOf(b.area)), [series, areas]);
  const option = useCallback(() => lineOption(ordered, areas, lang, asIndex), [ordered, areas, lang, asIndex]);
  const periods = periodsOf(ordered);
  const captionId = `series-cap-${index}`;
  const withData = ordered.filter((s) => s.points.some((p) => p.value !== null));
  const summary =
    t('stats.series.summary', {
      name,
      n: withData.length,
      from: periodText(periods[0], lang, false),
      to: periodText(periods[periods.length - 1], lang, false),
    }) + (asIndex ? t('stats.series.indexNote', { base: base ? periodText(base, lang, false) : t('stats.series.indexOwnBase') }) : '');
  const unitLabel = asIndex ? t('stats.series.indexUnit') : unit;
  return (
    <section className="panel" aria-labelledby={`series-h-${index}`}>
      <h2 id={`series-h-${index}`}>
        {name}
        {unitLabel ? <span className="heading-sub">{t('stats.series.unit', { unit: unitLabel })}</span> : null}
      </h2>
      {withData.length === 0 ? (
        <p>{t('stats.series.noData')}</p>
      ) : (
        <figure className="stats-figure" aria-labelledby={captionId}>
          <Chart
            option={option}
            loadingLabel={t('stats.chart.loading')}
            label={t('stats.series.chart', { name })}
            describedBy={captionId}
            className="stats-chart"
            png={{ fileName: `${t('stats.series.title')}_${name}`, label: t('stats.download.pngOf') }}
          />
          <figcaption id={captionId} className="stats-summary">
            {summary}
          </figcaption>
        </figure>
      )}
      {breaks.length > 0 ? (
        <div className="stats-breaks">
          <p className="stats-breaks-title">{t('stats.break.mark')}</p>
          <ul>
            {breaks.map((b) => (
              <li key={b.period} lang="ja">
                {t('stats.break.note', { period: periodText(b.period, lang, false), note: b.note })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details className="stats-table-details">
        <summary>{t('stats.showTable')}</summary>
        <TableScroll label={name}>
          <table className="data-table">
            <caption className="visually-hidden">{t('stats.series.caption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stats.area.col.period')}</th>
                {ordered.map((s) => (
                  <th scope="col" className="num" key={s.area}>
                    {s.area_name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...periods].reverse().map((p) => (
                <tr key={p}>
                  <th scope="row" className="nowrap">
                    {periodText(p, lang)}
                    {breaks.some((b) => b.period === p) ? <span className="tag stats-break-tag">{t('stats.break.mark')}</span> : null}
                  </th>
                  {ordered.map((s) => {
                    const pt = s.points.find((x) => x.period === p);
                    return (
                      <td className="num" key={s.area}>
                        {statValue(pt?.value ?? null, unit, lang)}
                        {pt?.flag ? <span className="flag">{flagText(pt.flag, t)}</span> : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}

export default function SeriesPage() {
  const { t } = useI18n();
  const [params, update] = useStatsParams();
  const catalog = useAsync(() => getIndicators(), []);
  const dir = useAreaDirectory();
  usePageTitle(t('stats.series.title'));

  const all = catalog.data?.indicators ?? [];
  const known = new Set(all.map((i) => i.code));
  const requested = splitList(params.get('indicators'));
  const valid = requested.filter((c) => known.has(c));
  const chosen = (valid.length ? valid : [defaultIndicator(all)?.code ?? '']).filter(Boolean).slice(0, MAX_INDICATORS);
  const areasParam = splitList(params.get('areas'));
  const wellFormed = areasParam.filter(isAreaCodeShape);
  const asIndex = params.get('scale') === 'index';
  const indKey = chosen.join(',');
  const areaKey = (wellFormed.length ? wellFormed : [NATION_CODE]).slice(0, MAX_AREAS).join(',');
  const areas = useMemo(() => areaKey.split(','), [areaKey]);

  // Asked once the catalog is known, so that no unknown indicator of the address is requested.
  const data = useAsync(async () => (catalog.data && indKey && areaKey ? seriesKeepingKnownAreas(indKey.split(','), areaKey.split(',')) : null), [catalog.data, indKey, areaKey]);
  const problems = [
    ...(catalog.data ? requested.filter((c) => !known.has(c)).map((code) => t('stats.url.unknownIndicator', { code })) : []),
    ...areasParam.filter((c) => !isAreaCodeShape(c)).map((code) => t('stats.url.badArea', { code })),
    ...(data.data?.refused ?? []).map((code) => t('stats.url.unknownArea', { code })),
  ];
  const byIndicator = useMemo(() => {
    const m = new Map<string, Series[]>();
    for (const s of data.data?.series ?? []) m.set(s.indicator, [...(m.get(s.indicator) ?? []), s]);
    return m;
  }, [data.data]);
  const noSeries = useMemo<Series[]>(() => [], []);

  const setIndicator = (slot: number, code: string) => {
    const next = [...chosen];
    if (code) next[slot] = code;
    else next.splice(slot, 1);
    update({ indicators: [...new Set(next.filter(Boolean))].join(',') });
  };

  if (catalog.error && !catalog.data) {
    return (
      <>
        <h1>{t('stats.series.title')}</h1>
        <ErrorMessage error={catalog.error} onRetry={catalog.reload} />
      </>
    );
  }
  if (!catalog.data) return <Loading label={t('stats.loadingCatalog')} />;

  return (
    <div className="stats-page">
      <p className="page-kicker">{t('stats.kicker')}</p>
      <h1>{t('stats.series.title')}</h1>
      <StatsNav />
      <p className="hint">{t('stats.series.intro', { maxI: MAX_INDICATORS, maxA: MAX_AREAS })}</p>
      <UrlNotice problems={problems} />

      <section className="panel stats-controls" aria-labelledby="series-controls">
        <h2 id="series-controls">{t('stats.controls')}</h2>
        <div className="stats-controls-row">
          {Array.from({ length: Math.min(MAX_INDICATORS, chosen.length + 1) }, (_, slot) => (
            <IndicatorSelect
              // biome-ignore lint/suspicious/noArrayIndexKey: a slot is a fixed position in the picker, not an item
              key={slot}
              label={t('stats.series.indicatorN', { n: slot + 1 })}
              value={chosen[slot] ?? ''}
              onChange={(c) => setIndicator(slot, c)}
              indicators={all}
              categories={catalog.data!.categories}
              allowEmpty={slot > 0}
            />
          ))}
        </div>
        {dir.data ? (
          <AreaPicker
            label={t('stats.picker.label')}
            hint={t('stats.picker.hint')}
            dir={dir.data}
            selected={areas}
            max={MAX_AREAS}
            onAdd={(c) => update({ areas: [...areas, c].join(',') })}
            onRemove={(c) => update({ areas: areas.filter((x) => x !== c).join(',') || null })}
          />
        ) : dir.error ? (
          <ErrorMessage error={dir.error} />
        ) : (
          <Loading inline />
        )}
      </section>

      {data.error && !data.data ? <ErrorMessage error={data.error} onRetry={data.reload} /> : null}
      {data.data ? (
        <>
          <fieldset className="stats-radios stats-radios-inline series-scale">
            <legend>{t('stats.series.scale')}</legend>
            {(['value', 'index'] as const).map((v) => (
              <label key={v}>
                <input type="radio" name="series-scale" value={v} checked={asIndex === (v === 'index')} onChange={() => update({ scale: v === 'index' ? 'index' : null })} />
                {v === 'index' ? t('stats.series.scaleIndex') : t('stats.series.scaleValue')}
              </label>
            ))}
          </fieldset>
          <Downloads what={t('stats.series.title')} url={(f) => seriesPath(chosen, areas, f)} />
          {chosen.map((code, i) => (
            <IndicatorFigure key={code} index={i} asIndex={asIndex} indicator={all.find((x) => x.code === code)} series={byIndicator.get(code) ?? noSeries} areas={areas} />
          ))}
          <Attribution lines={data.data.attribution} />
        </>
      ) : data.loading ? (
        <Loading />
      ) : null}
    </div>
  );
}
