/** Writing and reading the audit log. The chain fields are filled in by the database (trigger). */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { auditLog } from './schema.ts';

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
  seq: number;
  occurred_at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: string;
  details: unknown;
  /** SHA-256 of the entry (chained to the owner's previous entry) */
  hash: string;
}

export async function listAudit(db: Database, filter: { ownerCode: string; entityType?: string; entityId?: string; limit?: number }): Promise<AuditRecord[]> {
  const conds = [eq(auditLog.ownerCode, filter.ownerCode)];
  if (filter.entityType) conds.push(eq(auditLog.entityType, filter.entityType));
  if (filter.entityId) conds.push(eq(auditLog.entityId, filter.entityId));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conds))
    .orderBy(desc(auditLog.seq))
    .limit(filter.limit ?? 100);
  return rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    occurred_at: r.occurredAt.toISOString(),
    actor: r.actor,
    action: r.action,
    entity_type: r.entityType,
    entity_id: r.entityId,
    summary: r.summary,
    details: r.details,
    hash: r.hash,
  }));
}

export interface AuditHead {
  owner_code: string;
  seq: number;
  hash: string;
  occurred_at: string;
}

/** The latest entry of each owner (or of one): what to record elsewhere as an anchor. */
export async function auditHeads(db: Database, ownerCode?: string): Promise<AuditHead[]> {
  const r = (await db.execute(sql`
    select distinct on (owner_code) owner_code, seq::int as seq, hash, occurred_at
    from audit_log ${ownerCode ? sql`where owner_code = ${ownerCode}` : sql``}
    order by owner_code, seq desc`)) as unknown as { rows: Array<{ owner_code: string; seq: number; hash: string; occurred_at: Date | string }> };
  return r.rows.map((h) => ({ owner_code: h.owner_code, seq: Number(h.seq), hash: h.hash, occurred_at: new Date(h.occurred_at).toISOString() }));
}
