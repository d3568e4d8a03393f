/**
 * The audit chain's hash, computed here independently of the database's own functions, so that
 * verification does not trust the code it verifies. It must equal the SQL audit_canonical()
 * (migration 0005): a JSON array printed as PostgreSQL prints jsonb — ", " between elements,
 * strings escaped like JSON.stringify does (the same escapes jsonb uses).
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  ownerCode: string;
  seq: number;
  /** occurred_at in UTC, 'YYYY-MM-DDTHH:MM:SS.ffffffZ' (microseconds, as the database keeps it) */
  occurredUtc: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  /** details as the database prints the jsonb value (details::text), or null */
  detailsText: string | null;
  prevHash: string;
}

export function canonicalEntryText(e: ChainedFields): string {
  const s = JSON.stringify;
  return `[${[s(e.ownerCode), String(e.seq), s(e.occurredUtc), s(e.actor), s(e.action), s(e.entityType), s(e.entityId), s(e.summary), e.detailsText ?? 'null', s(e.prevHash)].join(', ')}]`;
}

export function entryHash(e: ChainedFields): string {
  return createHash('sha256').update(canonicalEntryText(e), 'utf8').digest('hex');
}
