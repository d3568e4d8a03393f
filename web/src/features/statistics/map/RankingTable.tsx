/**
 * The ranking: every area of the map with its rank, value and map class (number and swatch, so
 * colour is never the only cue), each name a link to the area's profile. It is also the map's
 * accessible alternative. Hovering or focusing a row highlights the area on the map.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import type { MapLevel, RankingRow } from '../../../api/statistics.ts';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatNumber } from '../../../format/number.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { Classification } from '../shared/classify.ts';
import { flagText, foldKana, statValue } from '../shared/format.ts';
import { paths } from '../../../app/paths.ts';

export function RankingTable({
  rows,
  unit,
  level,
  classes,
  caption,
  showPref = true,
  onHighlight,
}: {
  rows: RankingRow[];
  unit: string;
  level: MapLevel;
  classes: Classification | null;
  caption: string;
  /** the prefecture column (municipalities of all Japan) */
  showPref?: boolean;
  onHighlight?: (code: string | null) => void;
}) {
  const { t, lang } = useI18n();
  const [q, setQ] = useState('');
  const deferred = useDeferredValue(q);
  const id = useId();
  const shown = useMemo(() => {
    const f = foldKana(deferred.trim());
    if (!f) return rows;
    return rows.filter((r) => foldKana(`${r.pref_name ?? ''}${r.name} ${r.code}`).includes(f));
  }, [rows, deferred]);
  const nClasses = classes?.classes.length ?? 0;

  return (
    <>
      <div className="ranking-tools">
        <div className="stats-field">
          <label htmlFor={`${id}-filter`}>{t('stats.ranking.filter')}</label>
          <input id={`${id}-filter`} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" placeholder={t('stats.ranking.filterPlaceholder')} />
        </div>
        <p className="ranking-count" role="status" aria-live="polite" data-total={rows.length}>
          {deferred.trim()
            ? t('stats.ranking.countFiltered', { n: formatNumber(shown.length, lang), total: formatNumber(rows.length, lang) })
            : t('stats.ranking.count', { total: formatNumber(rows.length, lang) })}
        </p>
      </div>
      <TableScroll label={caption}>
        <table className="data-table ranking-table" onMouseLeave={() => onHighlight?.(null)}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('stats.ranking.rank')}
              </th>
              <th scope="col">{level === 'prefecture' ? t('stats.ranking.prefecture') : t('stats.ranking.municipality')}</th>
              {level === 'municipality' && showPref ? <th scope="col">{t('stats.ranking.prefecture')}</th> : null}
              <th scope="col" className="num">
                {t('stats.ranking.value', { unit: unit || '—' })}
              </th>
              <th scope="col">{t('stats.ranking.class')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const ci = classes ? classes.classOf(r.value) : -1;
              return (
                <tr key={r.code} onMouseEnter={() => onHighlight?.(r.code)} onFocus={() => onHighlight?.(r.code)}>
                  <td className="num">{r.rank ?? '—'}</td>
                  <th scope="row">
                    <Link href={paths.stats.area(r.code)}>{r.name}</Link>
                  </th>
                  {level === 'municipality' && showPref ? <td>{r.pref_name ?? '—'}</td> : null}
                  <td className="num">
                    {statValue(r.value, unit, lang)}
                    {r.flag ? <span className="flag">{flagText(r.flag, t)}</span> : null}
                  </td>
                  <td className="nowrap">
                    {ci >= 0 && classes ? (
                      <>
                        <span className="swatch" style={{ background: classes.classes[ci]!.color }} aria-hidden="true" />
                        {t('stats.ranking.classOf', { n: ci + 1, of: nClasses })}
                      </>
                    ) : (
                      <>
                        <span className="swatch swatch-nodata" aria-hidden="true" />
                        {t('stats.noData')}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
