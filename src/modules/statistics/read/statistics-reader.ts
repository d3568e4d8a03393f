/**
 * Reading the indicator store for the statistics API. Everything that is the same for all
 * requests until the next import — the indicator catalog (with each indicator's periods and
 * levels), the area list, and the values of a map (indicator × period × level) — is cached in
 * memory per *version*: max(indicators.updated_at) and the row counts of indicators and areas.
 * That query runs only when the data version (db/data-version.ts, changed by every committed
 * write to these tables, by any process) has moved since the snapshot was checked, so a read at
 * an unchanged version costs no query, and an import is still seen at once by every process.
 * The importer bumps updated_at through upsertIndicators in the same transaction as the values.
 * (Values written without touching `indicators` are not noticed until the next import; call
 * StatisticsReader.invalidate() in that case.)
 */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { dataVersionOf } from '../../../db/data-version.ts';
import { indicatorValues, type ValueFlag } from '../schema.ts';
import { loadAreas, loadCatalog, type AreaIndex, type Catalog, type IndicatorInfo, type Level } from './catalog.ts';
import { query } from './raw-query.ts';

export interface MapRow {
  code: string;
  name: string;
  pref_code: string | null;
  pref_name: string | null;
  value: number | null;
  flag: ValueFlag | null;
}

export interface ValueStats {
  min: number | null;
  max: number | null;
  mean: number | null;
  median: number | null;
  count: number;
}

export interface MapData {
  indicator: IndicatorInfo;
  level: Level;
  period: string;
  prefCode: string | null;
  rows: MapRow[];
  stats: ValueStats;
}

export interface SeriesPoint {
  period: string;
  period_end: string;
  value: number | null;
  flag: ValueFlag | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function valueStats(values: number[]): ValueStats {
  if (values.length === 0) return { min: null, max: null, mean: null, median: null, count: 0 };
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return {
    min: s[0]!,
    max: s[s.length - 1]!,
    mean: s.reduce((a, b) => a + b, 0) / s.length,
    median: s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2,
    count: s.length,
  };
}

/** Pearson's r; null with fewer than 3 pairs or no variance. */
export function correlation(xs: number[], ys: number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 3) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}
async function readVersion(db: Database): Promise<string> {
  const [row] = await query<{ iv: string; ic: number; ac: number }>(
    db,
    sql`select (select coalesce(max(updated_at)::text, '-') from indicators) as iv, (select count(*) from indicators)::int as ic, (select count(*) from areas)::int as ac`,
  );
  return row ? `${row.iv}|${row.ic}|${row.ac}` : '';
}

interface Snapshot {
  version: string;
  /** the data version this snapshot was last found current at (null: check every time) */
  checkedAt: string | null;
  catalog: Promise<Catalog>;
  areas: Promise<AreaIndex>;
  maps: Map<string, Promise<MapData>>;
}

const MAP_CACHE_SIZE = 256;

/** Keeps a promise only while it has not failed. */
function remember<T>(store: Map<string, Promise<T>>, key: string, make: () => Promise<T>, limit = Infinity): Promise<T> {
  const hit = store.get(key);
  if (hit) {
    // LRU: re-insert so the oldest entry is first.
    store.delete(key);
    store.set(key, hit);
    return hit;
  }
  const p = make();
  store.set(key, p);
  p.catch(() => store.delete(key));
  while (store.size > limit) store.delete(store.keys().next().value!);
  return p;
}

export class StatisticsReader {
  private snapshot: Snapshot | null = null;
  constructor(readonly db: Database) {}

  invalidate(): void {
    this.snapshot = null;
  }

  /** The current snapshot (a version query only when the data version moved). */
  async current(): Promise<Snapshot> {
    const checkedAt = await dataVersionOf(this.db).fresh();
    if (this.snapshot && checkedAt !== null && this.snapshot.checkedAt === checkedAt) return this.snapshot;
    const version = await readVersion(this.db);
    if (this.snapshot && this.snapshot.version === version) this.snapshot.checkedAt = checkedAt;
    else {
      const catalog = loadCatalog(this.db);
      const areaIndex = loadAreas(this.db);
      this.snapshot = { version, checkedAt, catalog, areas: areaIndex, maps: new Map() };
      const s = this.snapshot;
      // A failed load is retried by the next request.
      Promise.all([catalog, areaIndex]).catch(() => {
        if (this.snapshot === s) this.snapshot = null;
      });
    }
    return this.snapshot;
  }

  async catalog(): Promise<Catalog> {
    return (await this.current()).catalog;
  }

  async areas(): Promise<AreaIndex> {
    return (await this.current()).areas;
  }

  /** Values of one indicator and period for every current area of a level (optionally one prefecture). */
  async mapData(indicator: IndicatorInfo, period: string, level: Level, prefCode: string | null, snap?: Snapshot): Promise<MapData> {
    const s = snap ?? (await this.current());
    return remember(
      s.maps,
      `${indicator.code}\u0000${period}\u0000${level}\u0000${prefCode ?? ''}`,
      async () => {
        const index = await s.areas;
        const values = await this.db
          .select({ area: indicatorValues.areaCode, value: indicatorValues.value, flag: indicatorValues.flag })
          .from(indicatorValues)
          .where(and(eq(indicatorValues.indicatorCode, indicator.code), eq(indicatorValues.period, period)));
        const byArea = new Map(values.map((v) => [v.area, v]));
        const rows: MapRow[] = [];
        const present: number[] = [];
        for (const a of index.current[level]) {
          if (prefCode && a.prefCode !== prefCode) continue;
          const v = byArea.get(a.code);
          const value = v ? num(v.value) : null;
          if (value !== null) present.push(value);
          rows.push({ code: a.code, name: a.name, pref_code: a.prefCode, pref_name: a.prefName, value, flag: v?.flag ?? null });
        }
        return { indicator, level, period, prefCode, rows, stats: valueStats(present) };
      },
      MAP_CACHE_SIZE,
    );
  }

  /** Every stored value of the given indicators for the given areas, ascending by period end. */
  async series(indicatorCodes: string[], areaCodes: string[]): Promise<Map<string, SeriesPoint[]>> {
    const out = new Map<string, SeriesPoint[]>();
    if (indicatorCodes.length === 0 || areaCodes.length === 0) return out;
    const rows = await this.db
      .select({
        area: indicatorValues.areaCode,
        indicator: indicatorValues.indicatorCode,
        period: indicatorValues.period,
        end: indicatorValues.periodEnd,
        value: indicatorValues.value,
        flag: indicatorValues.flag,
      })
      .from(indicatorValues)
      .where(and(inArray(indicatorValues.areaCode, areaCodes), inArray(indicatorValues.indicatorCode, indicatorCodes)))
      .orderBy(asc(indicatorValues.periodEnd), asc(indicatorValues.period));
    for (const r of rows) {
      const key = seriesKey(r.indicator, r.area);
      let list = out.get(key);
      if (!list) {
        list = [];
        out.set(key, list);
      }
      list.push({ period: r.period, period_end: String(r.end), value: num(r.value), flag: r.flag ?? null });
    }
    return out;
  }

  /** Values at given (indicator, period) pairs for given areas: key `${area}|${indicator}|${period}`. */
  async valuesAt(areaCodes: string[], pairs: Array<[string, string]>): Promise<Map<string, number | null>> {
    const out = new Map<string, number | null>();
    if (areaCodes.length === 0 || pairs.length === 0) return out;
    const tuples: SQL = sql.join(
      pairs.map(([i, p]) => sql`(${i}, ${p})`),
      sql`, `,
    );
    const r = await query<{ area_code: string; indicator_code: string; period: string; value: unknown }>(
      this.db,
      sql`
      select area_code, indicator_code, period, value from indicator_values
      where area_code in (${sql.join(
        areaCodes.map((a) => sql`${a}`),
        sql`, `,
      )}) and (indicator_code, period) in (${tuples})`,
    );
    for (const row of r) {
      out.set(`${row.area_code}|${row.indicator_code}|${row.period}`, num(row.value));
    }
    return out;
  }
}

export const seriesKey = (indicator: string, area: string) => `${indicator}\u0000${area}`;

/** 出典 lines for indicators, deduplicated, in order. */
export function attributionFor(list: Array<Pick<IndicatorInfo, 'source'>>, extra: string[] = []): string[] {
  const out: string[] = [];
  for (const i of list) {
    const s = i.source.trim();
    if (!s) continue;
    const line = s.startsWith('出典') ? s : `出典：${s}${/作成$/.test(s) ? '' : 'を加工して作成'}`;
    if (!out.includes(line)) out.push(line);
  }
  for (const e of extra) if (!out.includes(e)) out.push(e);
  return out;
}
