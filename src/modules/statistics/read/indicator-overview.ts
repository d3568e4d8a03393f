/** Every indicator with the periods it has values for, in catalog order (`sousei stats indicators`). */
import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { ALL_REFERENCE_INDICATORS } from '../reference/reference-indicators.ts';
import { CATEGORIES, indicators, type Category } from '../schema.ts';

export interface IndicatorOverview {
  code: string;
  nameJa: string;
  unit: string;
  category: Category;
  categoryLabel: string;
  source: string;
  licence: string;
  /** period labels in time order */
  periods: string[];
  values: number;
}

/** Every indicator with the periods it has values for (for `sousei stats indicators`). */
export async function indicatorOverview(db: Database): Promise<IndicatorOverview[]> {
  const order = new Map(ALL_REFERENCE_INDICATORS.map((d, i) => [d.code, i]));
  const categories = Object.keys(CATEGORIES);
  const defs = (await db.select().from(indicators)).sort(
    (a, b) => categories.indexOf(a.category) - categories.indexOf(b.category) || (order.get(a.code) ?? 1e9) - (order.get(b.code) ?? 1e9) || a.code.localeCompare(b.code),
  );
  const rows = (await db.execute(
    sql`select indicator_code as code, period, min(period_end)::text as period_end, count(*)::int as n from indicator_values group by indicator_code, period`,
  )) as unknown as {
    rows: Array<{ code: string; period: string; period_end: string; n: number }>;
  };
  const byCode = new Map<string, Array<{ period: string; end: string; n: number }>>();
  for (const r of rows.rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), { period: r.period, end: r.period_end, n: r.n }]);
  return defs.map((d) => {
    const ps = (byCode.get(d.code) ?? []).sort((a, b) => a.end.localeCompare(b.end));
    return {
      code: d.code,
      nameJa: d.nameJa,
      unit: d.unit,
      category: d.category,
      categoryLabel: CATEGORIES[d.category],
      source: d.source,
      licence: d.licence,
      periods: ps.map((p) => p.period),
      values: ps.reduce((s, p) => s + p.n, 0),
    };
  });
}
