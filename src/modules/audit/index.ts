/**
 * Audit trail: an append-only log of changes to official records (who, when, what).
 * Writers call appendAudit inside their own transaction so the record and its trace commit together.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { auditLog } from './schema.ts';

export { auditLog } from './schema.ts';

export interface AuditEntry {
  ownerCode: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  details?: Record<string, unknown>;
}

/** Accepts the database or a transaction (both have insert). */
export async function appendAudit(db: Pick<Database, 'insert'>, e: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({ ...e, details: e.details ?? null });
}

export interface AuditRecord {
  id: number;
  occurred_at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: string;
  details: unknown;
}

export async function listAudit(db: Database, filter: { ownerCode: string; entityType?: string; entityId?: string; limit?: number }): Promise<AuditRecord[]> {
  const conds = [eq(auditLog.ownerCode, filter.ownerCode)];
  if (filter.entityType) conds.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conds.push(eq(auditLog.entityId, filter.entityId));
  const rows = await db.select().from(auditLog).where(and(...conds)).orderBy(desc(auditLog.id)).limit(filter.limit ?? 100);
  return rows.map((r) => ({
    id: r.id,
    occurred_at: r.occurredAt.toISOString(),
    actor: r.actor,
    action: r.action,
    entity_type: r.entityType,
    entity_id: r.entityId,
    summary: r.summary,
    details: r.details,
  }));
}
