import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { AreaInsert } from './reference.ts';
import { areas, type AreaRow } from './schema.ts';

/** Upserts the master; areas missing from a newer master are kept (merged away, not deleted). */
export async function upsertAreas(db: Database, rows: AreaInsert[]): Promise<void> {
  await db.transaction(async (tx) => {
    // A code in the current master is current, even if statistics once recorded it as historical.
    for (let i = 0; i < rows.length; i += 500) {
      await tx
        .insert(areas)
        .values(rows.slice(i, i + 500))
        .onConflictDoUpdate({
          target: areas.code,
          set: {
            prefCode: sql`excluded.pref_code`,
            level: sql`excluded.level`,
            type: sql`excluded.type`,
            name: sql`excluded.name`,
            kana: sql`excluded.kana`,
            nameEn: sql`excluded.name_en`,
            parentCode: sql`excluded.parent_code`,
            county: sql`excluded.county`,
            lat: sql`excluded.lat`,
            lng: sql`excluded.lng`,
            validTo: sql`excluded.valid_to`,
          },
        });
    }
  });
}

/**
 * Adds municipalities that no longer exist (from historical statistics), or updates their
 * name/validity. Never touches a current area (valid_to null): the master is the authority there.
 * Takes a transaction, so the areas commit with the statistics that need them.
 */
export async function upsertHistoricalAreas(db: Pick<Database, 'insert'>, rows: AreaInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(areas)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: areas.code,
        set: {
          prefCode: sql`excluded.pref_code`,
          type: sql`excluded.type`,
          name: sql`excluded.name`,
          county: sql`excluded.county`,
          parentCode: sql`excluded.parent_code`,
          validTo: sql`excluded.valid_to`,
        },
        setWhere: isNotNull(areas.validTo),
      });
  }
}

export async function countAreas(db: Database): Promise<Record<string, number>> {
  const rows = await db.select({ level: areas.level, n: sql<number>`count(*)::int` }).from(areas).groupBy(areas.level);
  return Object.fromEntries(rows.map((r) => [r.level, r.n]));
}

export async function listAreas(db: Database, filter: { level?: AreaRow['level']; prefCode?: string; currentOnly?: boolean }): Promise<AreaRow[]> {
  const conds = [];
  if (filter.level) conds.push(eq(areas.level, filter.level));
  if (filter.prefCode) conds.push(eq(areas.prefCode, filter.prefCode));
  if (filter.currentOnly !== false) conds.push(isNull(areas.validTo));
  return db
    .select()
    .from(areas)
    .where(and(...conds))
    .orderBy(asc(areas.code));
}

export async function getArea(db: Pick<Database, 'select'>, code: string): Promise<AreaRow | null> {
  const rows = await db.select().from(areas).where(eq(areas.code, code)).limit(1);
  return rows[0] ?? null;
}
