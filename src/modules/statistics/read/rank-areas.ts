/** A ranking of the areas of a level by one indicator at one period. */
import type { ValueFlag } from '../schema.ts';
import { checkPrefCode, findIndicator, resolvePeriod } from './lookup.ts';
import type { IndicatorInfo, Level } from './catalog.ts';
import { attributionFor, type MapRow, type StatisticsReader } from './statistics-reader.ts';

export interface RankedRow {
  rank: number | null;
  code: string;
  name: string;
  pref_name: string | null;
  value: number | null;
  flag: ValueFlag | null;
}

/** Competition ranking (1, 2, 2, 4); areas without a value last, rank null. */
export function rankRows(rows: MapRow[], order: 'asc' | 'desc'): RankedRow[] {
  const withValue = rows.filter((r) => r.value !== null).sort((a, b) => (order === 'desc' ? b.value! - a.value! : a.value! - b.value!) || (a.code < b.code ? -1 : 1));
  const out: RankedRow[] = [];
  withValue.forEach((r, i) => {
    const prev = out[i - 1];
    const rank = prev && prev.value === r.value ? prev.rank : i + 1;
    out.push({ rank, code: r.code, name: r.name, pref_name: r.pref_name, value: r.value, flag: r.flag });
  });
  for (const r of rows) if (r.value === null) out.push({ rank: null, code: r.code, name: r.name, pref_name: r.pref_name, value: null, flag: r.flag });
  return out;
}

export interface RankingQuery {
  code: string;
  level: Exclude<Level, 'nation'>;
  period?: string;
  pref_code?: string;
  order: 'asc' | 'desc';
}

export interface Ranking {
  indicator: IndicatorInfo;
  period: string;
  prefCode: string | null;
  /** the prefecture's name when the ranking is limited to one */
  prefName: string | null;
  rows: RankedRow[];
  attribution: string[];
}

export async function rankAreas(reader: StatisticsReader, q: RankingQuery): Promise<Ranking> {
  const snap = await reader.current();
  const [catalog, index] = await Promise.all([snap.catalog, snap.areas]);
  const indicator = findIndicator(catalog, q.code);
  const period = resolvePeriod(indicator, q.level, q.period);
  const prefCode = checkPrefCode(index, q.pref_code);
  const m = await reader.mapData(indicator, period, q.level, prefCode, snap);
  return {
    indicator,
    period,
    prefCode,
    prefName: prefCode ? (index.prefectures.get(prefCode)?.name ?? prefCode) : null,
    rows: rankRows(m.rows, q.order),
    attribution: attributionFor([indicator]),
  };
}
