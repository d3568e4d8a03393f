/**
 * 類似団体: municipalities like this one, chosen by the API (same type and population band, then
 * the nearest in ageing rate and five-year population change), with the method explained in
 * Japanese on the page, and links to compare them over time and in a scatter.
 */
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { getSimilarAreas, seriesPath, type ProfileArea } from '../../../api/statistics.ts';
import { useAsync } from '../../../app/useAsync.ts';
import { ErrorMessage } from '../../../components/ErrorMessage.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { Attribution } from '../shared/Attribution.tsx';
import { Downloads } from '../shared/Downloads.tsx';
import { statValue } from '../shared/format.ts';
import { paths } from '../../../app/paths.ts';

const COUNTS = [5, 10, 20] as const;

function MethodText({ text }: { text: string }) {
  const parts = text.split(/(?=[①-⑳])/);
  const [lead, ...steps] = parts;
  // What follows the last step's first sentence is a note on the data, not part of the step.
  let note = '';
  const last = steps[steps.length - 1];
  if (last) {
    const end = last.indexOf('。') + 1;
    if (end > 0 && end < last.length) {
      steps[steps.length - 1] = last.slice(0, end);
      note = last.slice(end);
    }
  }
  return (
    <div className="similar-method-text" lang="ja">
      {lead ? <p>{lead}</p> : null}
      {steps.length > 0 ? (
        <ul className="similar-steps">
          {steps.map((s) => (
            <li key={s.slice(0, 12)}>{s}</li>
          ))}
        </ul>
      ) : null}
      {note ? <p>{note}</p> : null}
    </div>
  );
}

export function SimilarAreasSection({ area, populationIndicator }: { area: ProfileArea; populationIndicator?: string }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [count, setCount] = useState<number>(10);
  const res = useAsync(() => getSimilarAreas(area.code, count), [area.code, count]);
  const d = res.data;
  const hasFiscal = !!d?.comparators.some((c) => typeof c.fiscal_capability_index === 'number');
  const compareCodes = d ? [area.code, ...d.comparators.slice(0, 9).map((c) => c.code)] : [];
  const indicators = ['population', 'ageing_rate'].filter((c) => c !== populationIndicator);
  const seriesIndicators = populationIndicator ? [populationIndicator, ...indicators] : indicators;

  return (
    <section className="panel" aria-labelledby="similar-title">
      <div className="totals-head">
        <h2 id="similar-title">{t('stats.similar.title')}</h2>
        <div className="stats-field stats-field-inline">
          <label htmlFor={`${id}-count`}>{t('stats.similar.count')}</label>
          <select id={`${id}-count`} value={count} onChange={(e) => setCount(Number(e.target.value))}>
            {COUNTS.map((n) => (
              <option key={n} value={n}>
                {t('stats.similar.countN', { n })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {res.error && !d ? <ErrorMessage error={res.error} onRetry={res.reload} /> : null}
      {!d && res.loading ? <Loading /> : null}
      {d ? (
        <>
          <p>{t('stats.similar.plain', { name: area.name, type: area.type })}</p>
          <p>
            {t('stats.similar.group', { name: area.name })}
            <strong>{d.group?.label ?? '—'}</strong>
            {typeof d.group?.size === 'number' ? t('stats.similar.groupSize', { n: d.group.size as number }) : null}
          </p>
          <div className="similar-links no-print">
            <Link className="button button-secondary button-small" href={paths.stats.series(`?indicators=${seriesIndicators.join(',')}&areas=${compareCodes.join(',')}`)}>
              {t('stats.similar.compareSeries')}
            </Link>
            <Link
              className="button button-secondary button-small"
              href={paths.stats.scatter(`?x=ageing_rate&y=${populationIndicator ?? 'population'}&level=municipality&highlight=${area.code}`)}
            >
              {t('stats.similar.compareScatter')}
            </Link>
          </div>
          <Downloads what={t('stats.similar.title')} url={(f) => seriesPath(seriesIndicators, compareCodes, f)} />
          {d.comparators.length === 0 ? (
            <p>{t('stats.similar.none')}</p>
          ) : (
            <TableScroll label={t('stats.similar.title')}>
              <table className="data-table">
                <caption className="visually-hidden">{t('stats.similar.caption', { name: area.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('stats.similar.col.name')}</th>
                    <th scope="col">{t('stats.similar.col.pref')}</th>
                    <th scope="col" className="num">
                      {t('stats.similar.col.population')}
                    </th>
                    <th scope="col" className="num">
                      {t('stats.similar.col.ageing')}
                    </th>
                    <th scope="col" className="num">
                      {t('stats.similar.col.change')}
                    </th>
                    {hasFiscal ? (
                      <th scope="col" className="num">
                        {t('stats.similar.col.fiscal')}
                      </th>
                    ) : null}
                    <th scope="col" className="num">
                      {t('stats.similar.col.score')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <tr className="similar-self">
                    <th scope="row">
                      {area.name}
                      <span className="tag">{t('stats.similar.self')}</span>
                    </th>
                    <td>{d.area.pref_name ?? '—'}</td>
                    <td className="num">{statValue(d.area.population, '人', lang)}</td>
                    <td className="num">{statValue(d.area.ageing_rate, '%', lang)}</td>
                    <td className="num">{statValue(d.area.population_change_5y, '%', lang)}</td>
                    {hasFiscal ? <td className="num">{statValue(typeof d.area.fiscal_capability_index === 'number' ? d.area.fiscal_capability_index : null, '', lang)}</td> : null}
                    <td className="num">—</td>
                  </tr>
                  {d.comparators.map((c) => (
                    <tr key={c.code}>
                      <th scope="row">
                        <Link href={paths.stats.area(c.code)}>{c.name}</Link>
                        {c.same_band === false ? <span className="tag">{t('stats.similar.otherBand')}</span> : null}
                      </th>
                      <td>{c.pref_name ?? '—'}</td>
                      <td className="num">{statValue(c.population, '人', lang)}</td>
                      <td className="num">{statValue(typeof c.ageing_rate === 'number' ? c.ageing_rate : null, '%', lang)}</td>
                      <td className="num">{statValue(typeof c.population_change_5y === 'number' ? c.population_change_5y : null, '%', lang)}</td>
                      {hasFiscal ? <td className="num">{statValue(typeof c.fiscal_capability_index === 'number' ? c.fiscal_capability_index : null, '', lang)}</td> : null}
                      <td className="num">{statValue(c.score, '', lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <div className="similar-method">
            <h3>{t('stats.similar.methodTitle')}</h3>
            <p>{t('stats.similar.convention')}</p>
            {d.method?.label ? (
              <p>
                <strong>{d.method.label}</strong>
              </p>
            ) : null}
            {d.method?.description ? <MethodText text={d.method.description} /> : null}
            <p className="hint">{t('stats.similar.scoreNote')}</p>
          </div>
          <Attribution lines={d.attribution} />
        </>
      ) : null}
    </section>
  );
}
