import type { SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';

/** Rows of a raw query (node-postgres and PGlite both return {rows}). */
export async function query<T>(db: Database, q: SQL): Promise<T[]> {
  const r = (await db.execute(q)) as unknown as { rows: T[] };
  return r.rows;
}
