/**
 * The indicator catalog (each indicator with its periods and levels) and the area index: what
 * StatisticsReader caches per version of the store, and how each is loaded from it.
 */
import { asc, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { areas } from '../../local-gov/index.ts';
import { CATEGORIES, indicators, type Category } from '../schema.ts';
import { query } from './raw-query.ts';

export const LEVELS = ['nation', 'prefecture', 'municipality', 'ward'] as const;
export type Level = (typeof LEVELS)[number];

/** Display order of the announced indicators; others follow by category and code. */
export const INDICATOR_ORDER = [
  'population',
  'male',
  'female',
  'households',
  'age_0_14',
  'age_15_64',
  'age_65_plus',
  'ageing_rate',
  'births',
  'deaths',
  'natural_change',
  'in_migrants',
  'out_migrants',
  'net_migration',
  'social_change',
  'census_population',
  'projected_population',
  'fiscal_capability_index',
  'current_balance_ratio',
  'real_debt_service_ratio',
  'future_burden_ratio',
  'laspeyres_index',
] as const;

export interface AreaInfo {
  code: string;
  name: string;
  level: Level;
  type: string;
  prefCode: string | null;
  prefName: string | null;
  parentCode: string | null;
  /** not merged away (valid_to is null) */
  current: boolean;
}

export interface AreaIndex {
  byCode: Map<string, AreaInfo>;
  /** current areas of each level, by code */
  current: Record<Level, AreaInfo[]>;
  prefectures: Map<string, AreaInfo>;
}

export interface IndicatorInfo {
  code: string;
  name: string;
  name_en: string | null;
  unit: string;
  category: Category;
  category_label: string;
  source: string;
  licence: string;
  frequency: string | null;
  notes: string | null;
  /** levels that have values at the latest period */
  levels: Level[];
  /** canonical period labels, ascending by the period's end */
  periods: string[];
  latest_period: string | null;
  /** period label → last day (YYYY-MM-DD) */
  periodEnds: Map<string, string>;
}

export interface Catalog {
  indicators: IndicatorInfo[];
  byCode: Map<string, IndicatorInfo>;
}

/** Sort key of an indicator: the announced order first, then category, then code. */
function orderKey(code: string, category: string): [number, number, string] {
  const i = (INDICATOR_ORDER as readonly string[]).indexOf(code);
  const c = Object.keys(CATEGORIES).indexOf(category);
  return [i < 0 ? INDICATOR_ORDER.length : i, c, code];
}

/** Every area by code (merged-away ones too, with current: false), and the current ones by level. */
export async function loadAreas(db: Database): Promise<AreaIndex> {
  const rows = await db
    .select({ code: areas.code, name: areas.name, level: areas.level, type: areas.type, prefCode: areas.prefCode, parentCode: areas.parentCode, validTo: areas.validTo })
    .from(areas)
    .orderBy(asc(areas.code));
  const prefectures = new Map<string, AreaInfo>();
  for (const r of rows) if (r.level === 'prefecture' && r.prefCode) prefectures.set(r.prefCode, { ...r, prefName: r.name, current: r.validTo === null });
  const byCode = new Map<string, AreaInfo>();
  const current: Record<Level, AreaInfo[]> = { nation: [], prefecture: [], municipality: [], ward: [] };
  for (const r of rows) {
    const a: AreaInfo = {
      code: r.code,
      name: r.name,
      level: r.level,
      type: r.type,
      prefCode: r.prefCode,
      prefName: r.prefCode ? (prefectures.get(r.prefCode)?.name ?? null) : null,
      parentCode: r.parentCode,
      current: r.validTo === null,
    };
    byCode.set(a.code, a);
    if (a.current) current[a.level].push(a);
  }
  return { byCode, current, prefectures };
}

/** Every indicator definition with the periods it has values for and the levels of its latest period, in display order. */
export async function loadCatalog(db: Database): Promise<Catalog> {
  const defs = await db.select().from(indicators);
  // Distinct (indicator, period) by a loose index scan over (indicator_code, period): a few
  // hundred index probes instead of reading every value.
  const pairs = await query<{ indicator_code: string; period: string; period_end: string }>(
    db,
    sql`
    with recursive t(indicator_code, period, period_end) as (
      (select indicator_code, period, period_end from indicator_values order by indicator_code, period limit 1)
      union all
      select n.indicator_code, n.period, n.period_end from t cross join lateral (
        select v.indicator_code, v.period, v.period_end from indicator_values v
        where (v.indicator_code, v.period) > (t.indicator_code, t.period)
        order by v.indicator_code, v.period limit 1) n
    )
    select indicator_code, period, period_end::text as period_end from t`,
  );
  const periods = new Map<string, Array<{ period: string; end: string }>>();
  for (const r of pairs) {
    let list = periods.get(r.indicator_code);
    if (!list) {
      list = [];
      periods.set(r.indicator_code, list);
    }
    list.push({ period: r.period, end: r.period_end });
  }
  for (const list of periods.values()) list.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.period < b.period ? -1 : 1));
  const latest = [...periods].map(([code, list]) => [code, list[list.length - 1]!.period] as const);
  const levels = new Map<string, Set<Level>>();
  if (latest.length > 0) {
    const lv = await query<{ indicator_code: string; level: Level }>(
      db,
      sql`
      select v.indicator_code, a.level from indicator_values v join areas a on a.code = v.area_code
      where (v.indicator_code, v.period) in (${sql.join(
        latest.map(([c, p]) => sql`(${c}, ${p})`),
        sql`, `,
      )})
      group by v.indicator_code, a.level`,
    );
    for (const r of lv) {
      let s = levels.get(r.indicator_code);
      if (!s) {
        s = new Set();
        levels.set(r.indicator_code, s);
      }
      s.add(r.level);
    }
  }
  const list: IndicatorInfo[] = defs.map((d) => {
    const ps = periods.get(d.code) ?? [];
    return {
      code: d.code,
      name: d.nameJa,
      name_en: d.nameEn,
      unit: d.unit,
      category: d.category,
      category_label: CATEGORIES[d.category] ?? d.category,
      source: d.source,
      licence: d.licence,
      frequency: d.frequency,
      notes: d.notes,
      levels: LEVELS.filter((l) => levels.get(d.code)?.has(l)),
      periods: ps.map((p) => p.period),
      latest_period: ps.length > 0 ? ps[ps.length - 1]!.period : null,
      periodEnds: new Map(ps.map((p) => [p.period, p.end])),
    };
  });
  list.sort((a, b) => {
    const [ai, ac, an] = orderKey(a.code, a.category);
    const [bi, bc, bn] = orderKey(b.code, b.category);
    return ai - bi || ac - bc || (an < bn ? -1 : an > bn ? 1 : 0);
  });
  return { indicators: list, byCode: new Map(list.map((i) => [i.code, i])) };
}
