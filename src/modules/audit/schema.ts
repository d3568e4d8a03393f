import { bigint, char, index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Append-only record of changes to official records (who, when, what). A trigger (migration
 * 0001) rejects UPDATE and DELETE. Keyed by owner 団体コード so it shards with the records.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    summary: text('summary').notNull(),
    details: jsonb('details'),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.id] }), index('audit_entity_idx').on(t.ownerCode, t.entityType, t.entityId)],
);

export type AuditRow = typeof auditLog.$inferSelect;
