/**
 * Writing the indicator store. Values go in as column arrays through `unnest` — one statement per
 * chunk of tens of thousands of rows, the same SQL on PGlite and PostgreSQL — so a million values
 * load in seconds, not minutes of row-by-row inserts.
 */
import { Param, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { yieldToEventLoop } from '../../../infra/yield.ts';
import { formatDay, type Period } from '../../../shared/periods.ts';
import { indicators, type Category, type ValueFlag } from '../schema.ts';

export interface IndicatorDef {
  code: string;
  nameJa: string;
  nameEn?: string | null;
  unit: string;
  category: Category;
  source: string;
  licence: string;
  frequency?: string | null;
  notes?: string | null;
}

export interface ValueRow {
  areaCode: string;
  indicatorCode: string;
  period: Period;
  /** null with a flag: a published non-figure (x, －, …) */
  value: number | null;
  flag: ValueFlag | null;
}

/** A transaction or the database: both can execute and insert. */
export type Writer = Pick<Database, 'execute' | 'insert'>;

export async function upsertIndicators(db: Writer, defs: IndicatorDef[]): Promise<void> {
  if (defs.length === 0) return;
  await db
    .insert(indicators)
    .values(defs.map((d) => ({ ...d, nameEn: d.nameEn ?? null, frequency: d.frequency ?? null, notes: d.notes ?? null })))
    .onConflictDoUpdate({
      target: indicators.code,
      set: {
        nameJa: sql`excluded.name_ja`,
        nameEn: sql`excluded.name_en`,
        unit: sql`excluded.unit`,
        category: sql`excluded.category`,
        source: sql`excluded.source`,
        licence: sql`excluded.licence`,
        frequency: sql`excluded.frequency`,
        notes: sql`excluded.notes`,
        updatedAt: sql`now()`,
      },
    });
}

export const VALUE_CHUNK = 20_000;

/** Inserts or replaces values (by area, indicator, period). Call inside a transaction for all-or-nothing. */
export async function writeValues(db: Writer, rows: readonly ValueRow[], onProgress?: (done: number, total: number) => void): Promise<void> {
  for (let i = 0; i < rows.length; i += VALUE_CHUNK) {
    const chunk = rows.slice(i, i + VALUE_CHUNK);
    const area: string[] = [];
    const ind: string[] = [];
    const per: string[] = [];
    const end: string[] = [];
    const val: Array<number | null> = [];
    const flag: Array<string | null> = [];
    for (const r of chunk) {
      area.push(r.areaCode);
      ind.push(r.indicatorCode);
      per.push(r.period.label);
      end.push(formatDay(r.period.end));
      val.push(r.value);
      flag.push(r.flag);
    }
    await db.execute(sql`
      insert into indicator_values (area_code, indicator_code, period, period_end, value, flag)
      select * from unnest(${new Param(area)}::char(6)[], ${new Param(ind)}::text[], ${new Param(per)}::text[], ${new Param(end)}::date[], ${new Param(val)}::float8[], ${new Param(flag)}::text[])
      on conflict (area_code, indicator_code, period) do update set value = excluded.value, flag = excluded.flag, period_end = excluded.period_end`);
    onProgress?.(Math.min(rows.length, i + VALUE_CHUNK), rows.length);
    await yieldToEventLoop();
  }
}
