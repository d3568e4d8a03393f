import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Which shipped reference data set (by checksum) is in the database, so start-up loads it once. */
export const referenceDataLoads = pgTable('reference_data_loads', {
  name: text('name').primaryKey(),
  checksum: text('checksum').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});
