/** Time series of up to 4 indicators × 10 areas. */
import { seriesBreaksOf, type SeriesBreak } from '../reference/series-breaks.ts';
import type { ValueFlag } from '../schema.ts';
import { areaCode, bad, findIndicator, splitList } from './lookup.ts';
import type { IndicatorInfo } from './catalog.ts';
import { attributionFor, seriesKey, type StatisticsReader } from './statistics-reader.ts';

export interface SeriesQuery {
  /** comma-separated indicator codes */
  indicators: string;
  /** comma-separated 団体コード (5 or 6 digits) */
  areas: string;
}

export interface Series {
  indicator: string;
  indicator_name: string;
  unit: string;
  area: string;
  area_name: string;
  points: Array<{ period: string; value: number | null; flag: ValueFlag | null }>;
  /** changes of definition inside the series' periods (reference/series-breaks.ts) */
  breaks: SeriesBreak[];
}

export async function getSeries(reader: StatisticsReader, q: SeriesQuery): Promise<{ indicators: IndicatorInfo[]; series: Series[]; attribution: string[] }> {
  const snap = await reader.current();
  const [catalog, index] = await Promise.all([snap.catalog, snap.areas]);
  const inds = splitList(q.indicators, 'indicators', 4).map((code) => findIndicator(catalog, code, 'indicators'));
  const areaList = splitList(q.areas, 'areas', 10).map((raw) => {
    const code = areaCode(raw, 'areas');
    const a = index.byCode.get(code);
    if (!a) throw bad('areas', `団体コード「${code}」の地域はありません`, 'unknown_area');
    return a;
  });
  const data = await reader.series(
    inds.map((i) => i.code),
    [...new Set(areaList.map((a) => a.code))],
  );
  const series = inds.flatMap((i) =>
    areaList.map((a) => {
      const points = (data.get(seriesKey(i.code, a.code)) ?? []).map((p) => ({ period: p.period, value: p.value, flag: p.flag }));
      // A break matters only where the series has values on both sides of it.
      const breaks = seriesBreaksOf(i).filter((b) => {
        const at = points.findIndex((p) => p.period === b.period);
        return at > 0;
      });
      return { indicator: i.code, indicator_name: i.name, unit: i.unit, area: a.code, area_name: a.name, points, breaks };
    }),
  );
  return { indicators: inds, series, attribution: attributionFor(inds) };
}
