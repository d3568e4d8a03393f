/**
 * 地域カルテ: an area's resident-register population series and latest figures, its population
 * pyramid, and the latest value of every indicator it has with its prefecture's and the nation's
 * for the same period.
 */
import { NotFoundError } from '../../../shared/errors.ts';
import { NATIONAL_CODE } from '../../../shared/local-gov-code.ts';
import { areaCode } from './lookup.ts';
import type { AreaIndex, AreaInfo, Catalog, IndicatorInfo } from './catalog.ts';
import { attributionFor, seriesKey, type SeriesPoint, type StatisticsReader } from './statistics-reader.ts';

/** 5-year age × sex indicators: age5_0_4_male … age5_100_plus_female (住民基本台帳), census_age5_… (国勢調査). */
const PYRAMID_CODE = /^(census_)?age5_(\d+)_(\d+|plus)_(male|female)$/;

export interface Pyramid {
  period: string;
  source: string;
  groups: Array<{ age_group: string; male: number | null; female: number | null }>;
}

/** One area's series of every indicator, by indicator code. */
interface AreaSeries {
  get(indicator: string): SeriesPoint[];
  at(indicator: string, period: string): number | null;
}

function populationOf(s: AreaSeries) {
  const series = s
    .get('population')
    .filter((p) => p.value !== null)
    .map((p) => ({ period: p.period, total: p.value, age_0_14: s.at('age_0_14', p.period), age_15_64: s.at('age_15_64', p.period), age_65_plus: s.at('age_65_plus', p.period) }));
  const last = series[series.length - 1];
  const ageing = (period: string, total: number | null) => {
    const v = s.at('ageing_rate', period);
    if (v !== null) return v;
    const old = s.at('age_65_plus', period);
    return old !== null && total ? Math.round((old / total) * 1000) / 10 : null;
  };
  const latest = last
    ? {
        period: last.period,
        total: last.total,
        households: s.at('households', last.period),
        male: s.at('male', last.period),
        female: s.at('female', last.period),
        ageing_rate: ageing(last.period, last.total),
      }
    : null;
  return { series, latest };
}

/**
 * Pyramid from the 5-year age × sex indicators: the resident register's if the area has them,
 * else the census's (the nation), at the latest period they have.
 */
function pyramidOf(catalog: Catalog, s: AreaSeries): Pyramid | null {
  const pyramidCodes = catalog.indicators.flatMap((i) => {
    const m = PYRAMID_CODE.exec(i.code);
    return m ? [{ code: i.code, census: Boolean(m[1]), sex: m[4] as 'male' | 'female', from: Number(m[2]), label: m[3] === 'plus' ? `${m[2]}歳以上` : `${m[2]}〜${m[3]}歳` }] : [];
  });
  for (const census of [false, true]) {
    const codesOf = pyramidCodes.filter((p) => p.census === census);
    let latestPoint: { period: string; end: string } | null = null;
    for (const pc of codesOf)
      for (const p of s.get(pc.code)) if (p.value !== null && (!latestPoint || p.period_end > latestPoint.end)) latestPoint = { period: p.period, end: p.period_end };
    if (!latestPoint) continue;
    const groups = new Map<string, { from: number; male: number | null; female: number | null }>();
    for (const pc of codesOf) {
      const g = groups.get(pc.label) ?? { from: pc.from, male: null, female: null };
      g[pc.sex] = s.at(pc.code, latestPoint.period);
      groups.set(pc.label, g);
    }
    const sourceOf = catalog.byCode.get(codesOf[0]!.code)?.source ?? '';
    return {
      period: latestPoint.period,
      source: sourceOf,
      groups: [...groups].sort((a, b) => a[1].from - b[1].from).map(([age_group, g]) => ({ age_group, male: g.male, female: g.female })),
    };
  }
  return null;
}

/**
 * Key indicators are current ones: an indicator whose latest value for the area ends more than
 * KEY_HORIZON_YEARS before the area's newest value (a series discontinued years ago, a merged
 * municipality's last figures) is left out and named in `omitted_indicators` instead.
 */
export const KEY_HORIZON_YEARS = 5;

export function splitByHorizon<T extends { end: string }>(rows: T[], today = new Date().toISOString().slice(0, 10)): { current: T[]; omitted: T[] } {
  // Projections (periods ending after today) neither set the horizon nor fall behind it.
  const newest = rows.reduce((m, r) => (r.end > m && r.end <= today ? r.end : m), '');
  const limit = newest ? `${Number(newest.slice(0, 4)) - KEY_HORIZON_YEARS}${newest.slice(4)}` : '';
  return { current: rows.filter((r) => r.end >= limit), omitted: rows.filter((r) => r.end < limit) };
}

/** Latest value of every indicator (but the pyramid's), with the prefecture's and the nation's for the same period. */
async function latestIndicators(reader: StatisticsReader, catalog: Catalog, index: AreaIndex, area: AreaInfo, s: AreaSeries) {
  const latestOf = catalog.indicators.flatMap((i) => {
    if (PYRAMID_CODE.test(i.code)) return [];
    const p = s
      .get(i.code)
      .filter((x) => x.value !== null)
      .pop();
    return p ? [{ i, period: p.period, end: p.period_end, value: p.value }] : [];
  });
  const { current, omitted } = splitByHorizon(latestOf);
  const prefArea = area.level === 'municipality' || area.level === 'ward' ? (area.prefCode ? index.prefectures.get(area.prefCode) : undefined) : undefined;
  const compareTo = [...(prefArea ? [prefArea.code] : []), ...(area.code !== NATIONAL_CODE ? [NATIONAL_CODE] : [])];
  const others = await reader.valuesAt(
    compareTo,
    current.map((l) => [l.i.code, l.period]),
  );
  const rows = current.map((l) => ({
    code: l.i.code,
    name: l.i.name,
    name_en: l.i.name_en,
    unit: l.i.unit,
    period: l.period,
    value: l.value,
    prefecture: prefArea ? (others.get(`${prefArea.code}|${l.i.code}|${l.period}`) ?? null) : null,
    nation: area.code !== NATIONAL_CODE ? (others.get(`${NATIONAL_CODE}|${l.i.code}|${l.period}`) ?? null) : null,
  }));
  return {
    rows,
    omitted: omitted.map((l) => ({ code: l.i.code, name: l.i.name, name_en: l.i.name_en, period: l.period })),
    used: current.map((l): Pick<IndicatorInfo, 'source'> => l.i),
  };
}

/** The profile of the area with this 団体コード (5 or 6 digits), as the API answers it. */
export async function getAreaProfile(reader: StatisticsReader, rawCode: string) {
  const code = areaCode(rawCode, 'code');
  const snap = await reader.current();
  const [catalog, index] = await Promise.all([snap.catalog, snap.areas]);
  const area = index.byCode.get(code);
  if (!area) throw new NotFoundError(`団体コード「${code}」の地域はありません`);
  const data = await reader.series(
    catalog.indicators.map((i) => i.code),
    [code],
  );
  const get = (ind: string) => data.get(seriesKey(ind, code)) ?? [];
  const s: AreaSeries = { get, at: (ind, period) => get(ind).find((p) => p.period === period)?.value ?? null };
  const population = populationOf(s);
  const pyramid = pyramidOf(catalog, s);
  const latest = await latestIndicators(reader, catalog, index, area, s);
  return {
    area: { code: area.code, name: area.name, level: area.level, type: area.type, pref_code: area.prefCode, pref_name: area.prefName, parent_code: area.parentCode },
    population,
    pyramid,
    indicators: latest.rows,
    omitted_indicators: latest.omitted,
    attribution: attributionFor([...latest.used, ...(pyramid ? [{ source: pyramid.source }] : [])]),
  };
}
