/**
 * /stats/scatter — two indicators against each other for every prefecture or municipality, the
 * chosen area highlighted (a larger, outlined mark with its name), and Pearson's r in numbers and
 * words. Click a point to open that area's profile. The points are also a table; CSV and Excel downloads (the API's), the chart as PNG.
 */
import { useCallback, useMemo } from 'react';
import { useLocation } from 'wouter';
import { getIndicators, getScatter, listAreas, scatterPath, type Indicator, type MapLevel, type ScatterResponse } from '../../../api/statistics.ts';
import { useAsync } from '../../../app/useAsync.ts';
import { usePageTitle } from '../../../app/usePageTitle.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatNumber } from '../../../format/number.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { Lang } from '../../../i18n/dictionaries.ts';
import { AreaPicker, areaLabel, useAreaDirectory } from '../shared/AreaPicker.tsx';
import { Attribution } from '../shared/Attribution.tsx';
import { correlationStrength } from '../shared/classify.ts';
import { IndicatorSelect, LevelRadios, PeriodSelect, PrefectureSelect } from '../shared/Controls.tsx';
import { Downloads } from '../shared/Downloads.tsx';
import { isAreaCodeShape, UrlNotice } from '../shared/UrlNotice.tsx';
import { Chart } from '../../../components/Chart.tsx';
import { axisValue, escapeHtml, indicatorName, periodText, statValue } from '../shared/format.ts';
import { StatsNav } from '../shared/StatsNav.tsx';
import { paths } from '../../../app/paths.ts';
import { useStatsParams } from '../shared/useStatsParams.ts';
import '../shared/stats.css';
import './scatter.css';

const HIGHLIGHT = '#d55e00';
const POINT = '#0072b2';

function scatterOption(d: ScatterResponse, x: Indicator, y: Indicator, highlight: string, lang: Lang, xLabel: string, yLabel: string, logX: boolean, logY: boolean) {
  const rest = d.points.filter((p) => p.code !== highlight);
  const hi = d.points.filter((p) => p.code === highlight);
  const tip = (p: { data: { name: string; value: [number, number]; label_: string } }) =>
    `<strong>${escapeHtml(p.data.label_)}</strong><br/>${escapeHtml(xLabel)}: ${escapeHtml(statValue(p.data.value[0], x.unit, lang))}<br/>${escapeHtml(yLabel)}: ${escapeHtml(statValue(p.data.value[1], y.unit, lang))}`;
  const item = (p: ScatterResponse['points'][number]) => ({
    name: p.code,
    value: [p.x, p.y],
    label_: p.pref_name && p.pref_name !== p.name ? `${p.name}（${p.pref_name}）` : p.name,
  });
  return {
    animation: false,
    grid: { left: 16, right: 32, top: 40, bottom: 40, containLabel: true },
    tooltip: { trigger: 'item', confine: true, formatter: tip },
    xAxis: {
      type: logX ? 'log' : 'value',
      scale: true,
      name: `${xLabel}${x.unit ? `（${x.unit}）` : ''}`,
      nameLocation: 'middle',
      nameGap: 32,
      axisLabel: { formatter: (v: number) => axisValue(v, lang) },
    },
    yAxis: {
      type: logY ? 'log' : 'value',
      scale: true,
      name: `${yLabel}${y.unit ? `（${y.unit}）` : ''}`,
      nameLocation: 'end',
      axisLabel: { formatter: (v: number) => axisValue(v, lang) },
    },
    series: [
      { type: 'scatter', symbolSize: d.points.length > 200 ? 5 : 9, itemStyle: { color: POINT, opacity: 0.55 }, data: rest.map(item), large: false },
      {
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 18,
        itemStyle: { color: HIGHLIGHT, borderColor: '#000', borderWidth: 2 },
        label: {
          show: true,
          position: 'right',
          formatter: (p: { data: { label_: string } }) => p.data.label_,
          fontWeight: 'bold',
          color: '#000',
          backgroundColor: 'rgba(255,255,255,0.85)',
          padding: 2,
        },
        data: hi.map(item),
        z: 10,
      },
    ],
  };
}

export default function ScatterPage() {
  const { t, lang } = useI18n();
  const [, navigate] = useLocation();
  const [params, update] = useStatsParams();
  const catalog = useAsync(() => getIndicators(), []);
  const prefs = useAsync(() => listAreas('prefecture'), []);
  const dir = useAreaDirectory();
  usePageTitle(t('stats.scatter.title'));

  const level: MapLevel = params.get('level') === 'prefecture' ? 'prefecture' : 'municipality';
  const all = catalog.data?.indicators ?? [];
  const atLevel = all.filter((i) => i.levels.includes(level));
  const pick = (code: string | null, fallback: number) =>
    atLevel.find((i) => i.code === code) ?? atLevel.find((i) => i.code === ['ageing_rate', 'fiscal_capability_index'][fallback]) ?? atLevel[fallback];
  const x = pick(params.get('x'), 0);
  const y = pick(params.get('y'), 1);
  const px = x?.periods.includes(params.get('px') ?? '') ? params.get('px')! : '';
  const py = y?.periods.includes(params.get('py') ?? '') ? params.get('py')! : '';
  const prefCode = /^\d{2}$/.test(params.get('pref') ?? '') ? params.get('pref')! : '';
  const highlight = params.get('highlight') ?? '';

  const data = useAsync(
    async () => (x && y ? getScatter({ x: x.code, y: y.code, level, period_x: px || undefined, period_y: py || undefined, pref_code: prefCode || undefined }) : null),
    [x?.code, y?.code, level, px, py, prefCode],
  );
  const xName = x ? indicatorName(x, lang) : '';
  const yName = y ? indicatorName(y, lang) : '';
  // Log scales (for skewed counts such as population) only where every value is positive.
  const canLogX = !!data.data && data.data.points.length > 0 && data.data.points.every((p) => p.x > 0);
  const canLogY = !!data.data && data.data.points.length > 0 && data.data.points.every((p) => p.y > 0);
  const logX = canLogX && params.get('logx') === '1';
  const logY = canLogY && params.get('logy') === '1';
  const option = useCallback(
    () => (data.data && x && y ? scatterOption(data.data, x, y, highlight, lang, xName, yName, logX, logY) : null),
    [data.data, x, y, highlight, lang, xName, yName, logX, logY],
  );
  const hiPoint = data.data?.points.find((p) => p.code === highlight);
  const hiArea = highlight && dir.data ? dir.data.byCode.get(highlight) : undefined;
  const sorted = useMemo(() => [...(data.data?.points ?? [])].sort((a, b) => a.code.localeCompare(b.code)), [data.data]);

  const known = new Set(all.map((i) => i.code));
  const problems = catalog.data
    ? [
        ...(['x', 'y'] as const).flatMap((k) => {
          const c = params.get(k);
          return c && !known.has(c) ? [t('stats.url.unknownIndicator', { code: c })] : [];
        }),
        ...(['px', 'py'] as const).flatMap((k) => {
          const v = params.get(k);
          return v && !(k === 'px' ? px : py) ? [t('stats.url.badPeriod', { period: v })] : [];
        }),
        ...(highlight && !isAreaCodeShape(highlight) ? [t('stats.url.badArea', { code: highlight })] : []),
      ]
    : [];
  const downloadQuery = x && y ? { x: x.code, y: y.code, level, period_x: px || undefined, period_y: py || undefined, pref_code: prefCode || undefined } : null;

  if (catalog.error && !catalog.data) {
    return (
      <>
        <h1>{t('stats.scatter.title')}</h1>
        <ErrorMessage error={catalog.error} onRetry={catalog.reload} />
      </>
    );
  }
  if (!catalog.data) return <Loading label={t('stats.loadingCatalog')} />;

  const r = data.data?.correlation ?? null;
  const strength = r === null ? null : correlationStrength(r);
  const rText =
    r === null
      ? t('stats.scatter.rNone')
      : t('stats.scatter.r', {
          r: formatNumber(Number(r.toFixed(2)), lang),
          words: t(`stats.scatter.strength.${strength!}`, { sign: r >= 0 ? t('stats.scatter.positive') : t('stats.scatter.negative') }),
          n: formatNumber(data.data?.points.length ?? 0, lang),
        });
  const periodsText = data.data ? t('stats.scatter.periods', { x: periodText(data.data.x.period, lang, false), y: periodText(data.data.y.period, lang, false) }) : '';

  return (
    <div className="stats-page">
      <p className="page-kicker">{t('stats.kicker')}</p>
      <h1>{t('stats.scatter.title')}</h1>
      <StatsNav />
      <UrlNotice problems={problems} />

      <section className="panel stats-controls" aria-labelledby="scatter-controls">
        <h2 id="scatter-controls">{t('stats.controls')}</h2>
        <div className="stats-controls-row">
          <IndicatorSelect
            label={t('stats.scatter.x')}
            value={x?.code ?? ''}
            onChange={(c) => update({ x: c, px: null })}
            indicators={atLevel}
            categories={catalog.data.categories}
          />
          <PeriodSelect label={t('stats.scatter.px')} value={px} onChange={(p) => update({ px: p })} periods={x?.periods ?? []} latest={x?.latest_period ?? null} />
        </div>
        <div className="stats-controls-row">
          <IndicatorSelect
            label={t('stats.scatter.y')}
            value={y?.code ?? ''}
            onChange={(c) => update({ y: c, py: null })}
            indicators={atLevel}
            categories={catalog.data.categories}
          />
          <PeriodSelect label={t('stats.scatter.py')} value={py} onChange={(p) => update({ py: p })} periods={y?.periods ?? []} latest={y?.latest_period ?? null} />
        </div>
        <div className="stats-controls-row">
          <LevelRadios value={level} onChange={(l) => update({ level: l === 'municipality' ? null : l, pref: l === 'prefecture' ? null : params.get('pref') })} />
          {level === 'municipality' ? (
            <PrefectureSelect label={t('stats.pref.filter')} value={prefCode} onChange={(p) => update({ pref: p })} prefectures={prefs.data?.areas ?? []} />
          ) : null}
        </div>
        <div className="scatter-highlight">
          {hiArea || highlight ? (
            <p>
              {t('stats.scatter.highlighted')}
              <strong>{hiArea && dir.data ? areaLabel(hiArea, dir.data) : highlight}</strong>
              <button type="button" className="button button-text button-small" onClick={() => update({ highlight: null })}>
                {t('stats.scatter.clearHighlight')}
              </button>
            </p>
          ) : null}
          {dir.data ? (
            <AreaPicker label={t('stats.scatter.highlight')} dir={dir.data} selected={highlight ? [highlight] : []} max={2} onAdd={(c) => update({ highlight: c })} />
          ) : null}
        </div>
      </section>

      {data.error && !data.data ? <ErrorMessage error={data.error} onRetry={data.reload} /> : null}
      {data.data && x && y ? (
        <section className="panel" aria-labelledby="scatter-chart-title">
          <div className="totals-head">
            <h2 id="scatter-chart-title">{t('stats.scatter.chartTitle', { x: xName, y: yName })}</h2>
            {data.loading ? <Loading inline label={t('app.updating')} /> : null}
          </div>
          <p className="scatter-r" aria-live="polite">
            {rText}
          </p>
          <div className="scatter-log no-print">
            <label className={canLogX ? undefined : 'is-disabled'}>
              <input type="checkbox" checked={logX} disabled={!canLogX} onChange={(e) => update({ logx: e.target.checked ? '1' : null })} />
              {t('stats.scatter.logX')}
            </label>
            <label className={canLogY ? undefined : 'is-disabled'}>
              <input type="checkbox" checked={logY} disabled={!canLogY} onChange={(e) => update({ logy: e.target.checked ? '1' : null })} />
              {t('stats.scatter.logY')}
            </label>
          </div>
          <figure className="stats-figure" aria-labelledby="scatter-caption">
            <Chart
              option={option}
              loadingLabel={t('stats.chart.loading')}
              label={t('stats.scatter.chart', { x: xName, y: yName, n: formatNumber(data.data.points.length, lang) })}
              describedBy="scatter-caption"
              className="stats-chart stats-chart-tall"
              onClick={(code) => navigate(paths.stats.area(code))}
              png={{ fileName: `${t('stats.scatter.title')}_${xName}_${yName}`, label: t('stats.download.pngOf') }}
            />
            <figcaption id="scatter-caption" className="stats-summary">
              {periodsText}
              {hiPoint
                ? ` ${t('stats.scatter.hiValue', { name: hiPoint.name, x: statValue(hiPoint.x, x.unit, lang), y: statValue(hiPoint.y, y.unit, lang) })}`
                : highlight
                  ? ` ${t('stats.scatter.hiMissing')}`
                  : ''}
            </figcaption>
          </figure>
          {downloadQuery ? <Downloads what={t('stats.scatter.chartTitle', { x: xName, y: yName })} url={(f) => scatterPath(downloadQuery, f)} /> : null}
          <details className="stats-table-details">
            <summary>{t('stats.showTable')}</summary>
            <TableScroll label={t('stats.scatter.title')}>
              <table className="data-table">
                <caption className="visually-hidden">{t('stats.scatter.chartTitle', { x: xName, y: yName })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('stats.similar.col.name')}</th>
                    {level === 'municipality' ? <th scope="col">{t('stats.similar.col.pref')}</th> : null}
                    <th scope="col" className="num">
                      {xName}
                    </th>
                    <th scope="col" className="num">
                      {yName}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {sorted.map((p) => (
                    <tr key={p.code} className={p.code === highlight ? 'is-highlighted' : undefined}>
                      <th scope="row">{p.name}</th>
                      {level === 'municipality' ? <td>{p.pref_name ?? '—'}</td> : null}
                      <td className="num">{statValue(p.x, x.unit, lang)}</td>
                      <td className="num">{statValue(p.y, y.unit, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
          <Attribution lines={data.data.attribution} />
        </section>
      ) : data.loading ? (
        <Loading />
      ) : null}
    </div>
  );
}
