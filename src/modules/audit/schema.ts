import { bigint, char, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Append-only record of changes to official records (who, when, what). Triggers reject UPDATE,
 * DELETE and TRUNCATE (migration 0001) and chain every new entry to the previous one of its
 * owner (migration 0005: seq, prev_hash, hash, occurred_at are set by the database, whatever the
 * client sends). Keyed by owner 団体コード so it shards with the records.
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
    /** 1, 2, 3 … per owner, without gaps (set by the audit_log_chain trigger) */
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    /** hash of the owner's previous entry; 64 zeros for the first */
    prevHash: char('prev_hash', { length: 64 }).notNull().default(''),
    /** SHA-256 (hex) of audit_canonical(entry), which includes prev_hash */
    hash: char('hash', { length: 64 }).notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.ownerCode, t.id] }),
    index('audit_entity_idx').on(t.ownerCode, t.entityType, t.entityId),
    uniqueIndex('audit_log_owner_seq').on(t.ownerCode, t.seq),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
