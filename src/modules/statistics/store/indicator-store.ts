/**
 * Writing the indicator store. Values go in with COPY (src/db/copy.ts), chunk by chunk from any
 * iterable, so a caller can stream a million values without holding them: each chunk is copied
 * into a temporary staging table and merged with one set-based upsert (the same SQL on PGlite
 * and PostgreSQL). A fresh load into an empty table may skip the staging (`mode: 'insert'`).
 */
import { sql } from 'drizzle-orm';
import { copyFromCsv, csvField } from '../../../db/copy.ts';
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

/** A transaction or the database: both can execute, insert and open a (nested) transaction. */
export type Writer = Pick<Database, 'execute' | 'insert' | 'transaction'>;

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

/** Values per COPY (and per progress report): a few MB of CSV, a staging table that stays in memory. */
export const VALUE_CHUNK = 25_000;

export interface WriteValuesOptions {
  /** the number of values, for progress, when `rows` is not an array */
  total?: number;
  /**
   * 'upsert' (default): insert or replace by (area, indicator, period). 'insert': plain COPY into
   * indicator_values, for a caller that knows no key is there yet (a key present fails the write).
   */
  mode?: 'upsert' | 'insert';
}

const COLUMNS = 'area_code, indicator_code, period, period_end, value, flag';

/** One chunk as CSV; period ends formatted once per label. */
function chunkCsv(rows: readonly ValueRow[], days: Map<string, string>): string {
  let out = '';
  for (const r of rows) {
    let day = days.get(r.period.label);
    if (day === undefined) {
      day = formatDay(r.period.end);
      days.set(r.period.label, day);
    }
    out += `${r.areaCode},${csvField(r.indicatorCode)},${csvField(r.period.label)},${day},${r.value ?? ''},${r.flag ?? ''}\n`;
  }
  return out;
}

async function* chunks(rows: Iterable<ValueRow> | AsyncIterable<ValueRow>): AsyncGenerator<ValueRow[]> {
  let chunk: ValueRow[] = [];
  for await (const r of rows) {
    chunk.push(r);
    if (chunk.length === VALUE_CHUNK) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * Inserts or replaces values (by area, indicator, period), all or nothing: it runs in a
 * transaction of its own or, given one, in a savepoint of it. `rows` may be a stream (an
 * iterable or async iterable) that is read one chunk at a time.
 */
export async function writeValues(
  db: Writer,
  rows: Iterable<ValueRow> | AsyncIterable<ValueRow>,
  onProgress?: (done: number, total: number) => void,
  opts: WriteValuesOptions = {},
): Promise<void> {
  const total = Array.isArray(rows) ? rows.length : opts.total;
  const upsert = opts.mode !== 'insert';
  await db.transaction(async (tx) => {
    if (upsert) {
      // Session-local and emptied at commit; kept for the next import on the same connection.
      await tx.execute(
        sql.raw(
          'create temp table if not exists indicator_values_stage (area_code char(6), indicator_code text, period text, period_end date, value float8, flag text) on commit delete rows',
        ),
      );
    }
    const days = new Map<string, string>();
    let done = 0;
    for await (const chunk of chunks(rows)) {
      const csv = chunkCsv(chunk, days);
      if (!upsert) await copyFromCsv(tx, `indicator_values (${COLUMNS})`, csv);
      else {
        await copyFromCsv(tx, `indicator_values_stage (${COLUMNS})`, csv);
        await tx.execute(
          sql.raw(`insert into indicator_values (${COLUMNS}) select ${COLUMNS} from indicator_values_stage
            on conflict (area_code, indicator_code, period) do update set value = excluded.value, flag = excluded.flag, period_end = excluded.period_end`),
        );
        await tx.execute(sql.raw('truncate indicator_values_stage'));
      }
      done += chunk.length;
      onProgress?.(done, Math.max(done, total ?? done));
      await yieldToEventLoop();
    }
  });
}
