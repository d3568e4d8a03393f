/**
 * /strategies/compare?indicator=…&area=…: every strategy KPI bound to one indicator, evaluated by
 * the engine, the chosen government and its 類似団体 first; beside them the indicator's own
 * figures for those governments (with or without a strategy KPI on it). The choice lives in the
 * URL so a comparison can be shared; signed in, the area defaults to one's own government.
 */
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { paths } from '../../app/paths.ts';
import { useAsync } from '../../app/useAsync.ts';
import { usePageTitle } from '../../app/usePageTitle.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Loading } from '../../components/Loading.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { formatNumber, formatPercent, formatValue } from '../../format/number.ts';
import { formatDay, formatFigureAt, formatPeriod } from '../../format/period.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from '../auth/SessionContext.tsx';
import { AreaPicker } from '../calculators/AreaPicker.tsx';
import { type ComparableIndicator, type Comparison, comparisonPaths, getComparison, listComparableIndicators } from './api.ts';
import './strategy-comparison.css';

type Translate = ReturnType<typeof useI18n>['t'];

function relationText(r: { relation: 'self' | 'similar' | 'other'; similar_rank: number | null }, t: Translate): string {
  if (r.relation === 'similar') return t('cmp.rel.similar', { rank: r.similar_rank ?? '' });
  return t(r.relation === 'self' ? 'cmp.rel.self' : 'cmp.rel.other');
}

function ChooseForm({ indicators, indicator, area }: { indicators: ComparableIndicator[]; indicator: string; area: string }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [areaText, setAreaText] = useState(area);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const ind = String(new FormData(e.currentTarget).get('indicator') ?? '');
    navigate(comparisonPaths.page(ind, areaText.normalize('NFKC').trim()));
  };
  return (
    <form className="cmp-form" onSubmit={onSubmit} aria-label={t('cmp.submit')}>
      <div className="field">
        <label htmlFor="cmp-indicator">{t('cmp.indicator')}</label>
        <p className="hint" id="cmp-indicator-hint">
          {t('cmp.indicatorHint')}
        </p>
        <select id="cmp-indicator" name="indicator" key={indicator} defaultValue={indicator} aria-describedby="cmp-indicator-hint" required>
          <option value="">{t('cmp.choose')}</option>
          {indicators.map((i) => (
            <option key={i.code} value={i.code}>
              {t('cmp.indicatorOption', { name: i.name, kpis: i.kpi_count, govs: i.government_count })}
            </option>
          ))}
        </select>
      </div>
      <AreaPicker id="cmp-area" label={t('cmp.area')} hint={t('cmp.areaHint')} value={areaText} onChange={setAreaText} />
      <button type="submit">{t('cmp.submit')}</button>
    </form>
  );
}

function KpiRows({ c }: { c: Comparison }) {
  const { t, lang } = useI18n();
  const caption = t('cmp.kpisCaption', { indicator: c.indicator.name, day: formatDay(c.as_of, lang) });
  return (
    <TableScroll label={caption}>
      <table className="data-table cmp-kpis">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cmp.col.government')}</th>
            <th scope="col">{t('cmp.col.strategy')}</th>
            <th scope="col">{t('cmp.col.baseline')}</th>
            <th scope="col">{t('cmp.col.target')}</th>
            <th scope="col">{t('cmp.col.actual')}</th>
            <th scope="col">{t('cmp.col.progress')}</th>
            <th scope="col">{t('cmp.col.class')}</th>
          </tr>
        </thead>
        <tbody>
          {c.rows.map((r) => (
            <tr key={`${r.strategy_id}/${r.kpi_id}`} data-owner={r.owner_code} className={r.relation === 'other' ? undefined : `cmp-${r.relation}`}>
              <th scope="row">
                {r.owner_name ?? r.owner_code}
                <span className="cmp-relation">{relationText(r, t)}</span>
              </th>
              <td>
                <Link href={paths.kpi(r.strategy_id, r.kpi_id)}>{r.kpi_name}</Link>
                <span className="cmp-strategy">{r.strategy_name}</span>
              </td>
              <td className="num">{formatFigureAt(r.evaluation.baseline, r.unit, lang)}</td>
              <td className="num">{formatFigureAt(r.evaluation.target, r.unit, lang)}</td>
              <td className="num" data-cell="actual">
                {formatFigureAt(r.evaluation.actual, r.unit, lang)}
              </td>
              <td className="num" data-cell="progress">
                {r.evaluation.progress === null ? '—' : formatPercent(r.evaluation.progress)}
              </td>
              <td>
                <StatusBadge status={r.evaluation.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function PeerRows({ c }: { c: Comparison }) {
  const { t, lang } = useI18n();
  const unit = c.indicator.unit;
  const caption = t('cmp.peersCaption', { indicator: c.indicator.name, span: t('cmp.peersSpan') });
  const signed = (x: number) => `${x > 0 ? '+' : ''}${formatValue(x, unit, lang)}`;
  return (
    <TableScroll label={caption}>
      <table className="data-table cmp-peers">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cmp.col.government')}</th>
            <th scope="col">{t('cmp.col.latest')}</th>
            <th scope="col">{t('cmp.col.earlier')}</th>
            <th scope="col">{t('cmp.col.change')}</th>
            <th scope="col">{t('cmp.col.kpis')}</th>
          </tr>
        </thead>
        <tbody>
          {c.peers.map((p) => (
            <tr key={p.code} data-code={p.code} className={`cmp-${p.relation}`}>
              <th scope="row">
                <Link href={paths.stats.area(p.code)}>{p.name ?? p.code}</Link>
                <span className="cmp-relation">{relationText(p, t)}</span>
              </th>
              <td className="num">{p.latest?.value == null ? '—' : `${formatValue(p.latest.value, unit, lang)}（${formatPeriod(p.latest.period, lang)}）`}</td>
              <td className="num">{p.earlier?.value == null ? '—' : `${formatValue(p.earlier.value, unit, lang)}（${formatPeriod(p.earlier.period, lang)}）`}</td>
              <td className="num" data-cell="change">
                {p.change === null ? '—' : signed(p.change)}
              </td>
              <td className="num">{t('cmp.kpiCount', { n: formatNumber(p.kpi_count, lang) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Result({ c }: { c: Comparison }) {
  const { t } = useI18n();
  const areaName = c.area ? (c.area.name ?? c.area.code) : '';
  return (
    <div aria-live="polite">
      <section aria-labelledby="cmp-kpis-h">
        <h2 id="cmp-kpis-h">{t('cmp.kpis', { indicator: c.indicator.name, n: c.total })}</h2>
        {c.truncated ? <p>{t('cmp.truncated', { total: c.total, n: c.rows.length })}</p> : null}
        {c.rows.length === 0 ? <p>{t('cmp.noKpis')}</p> : <KpiRows c={c} />}
        <p>
          <a href={comparisonPaths.xlsx(c.indicator.code, c.area?.code ?? '')} download>
            {t('cmp.xlsx')}
          </a>
        </p>
      </section>
      {c.area ? (
        <section aria-labelledby="cmp-peers-h">
          <h2 id="cmp-peers-h">{t('cmp.peers', { indicator: c.indicator.name, area: areaName })}</h2>
          {c.similar.label ? <p>{t('cmp.group', { group: c.similar.label })}</p> : null}
          {c.similar.note ? <p>{c.similar.note}</p> : null}
          <PeerRows c={c} />
        </section>
      ) : null}
      <ul className="cmp-attribution">
        {c.attribution.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </div>
  );
}

export function StrategyComparisonPage() {
  const { t } = useI18n();
  usePageTitle(t('cmp.title'));
  const { user } = useSession();
  const params = new URLSearchParams(useSearch());
  const own = user && /^\d{6}$/.test(user.org_code) && user.org_code !== '000000' ? user.org_code : '';
  const indicator = params.get('indicator') ?? '';
  const area = params.get('area') ?? own;
  const indicators = useAsync((s) => listComparableIndicators(s), []);
  const result = useAsync((s) => (indicator ? getComparison(indicator, area, s) : Promise.resolve(null)), [indicator, area]);
  return (
    <>
      <h1>{t('cmp.title')}</h1>
      <p>{t('cmp.intro')}</p>
      {indicators.error ? <ErrorMessage error={indicators.error} onRetry={indicators.reload} /> : null}
      {indicators.data ? (
        indicators.data.indicators.length === 0 ? (
          <p>{t('cmp.noIndicators')}</p>
        ) : (
          <ChooseForm key={area} indicators={indicators.data.indicators} indicator={indicator} area={area} />
        )
      ) : (
        <Loading />
      )}
      {result.error ? <ErrorMessage error={result.error} onRetry={result.reload} /> : null}
      {indicator && result.loading && !result.data ? <Loading /> : null}
      {result.data ? <Result c={result.data} /> : null}
    </>
  );
}
