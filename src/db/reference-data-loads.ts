/**
 * Which shipped reference data set (by checksum) is in the database, so start-up loads each one
 * once — and again when a newer one ships. Each module's reference loader uses these.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { Database } from './client.ts';

export const referenceDataLoads = pgTable('reference_data_loads', {
  name: text('name').primaryKey(),
  checksum: text('checksum').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A checksum over the parts of a data set (file contents, reader versions). */
export const referenceChecksum = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex');

export async function isReferenceLoaded(db: Pick<Database, 'select'>, name: string, checksum: string): Promise<boolean> {
  const rows = await db.select().from(referenceDataLoads).where(eq(referenceDataLoads.name, name));
  return rows[0]?.checksum === checksum;
}

export async function markReferenceLoaded(db: Pick<Database, 'insert'>, name: string, checksum: string): Promise<void> {
  await db
    .insert(referenceDataLoads)
    .values({ name, checksum })
    .onConflictDoUpdate({ target: referenceDataLoads.name, set: { checksum, loadedAt: new Date() } });
}
