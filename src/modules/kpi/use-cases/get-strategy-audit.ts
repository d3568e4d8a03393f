/** The audit trail of one strategy, newest first (public, like the strategy itself). */
import type { Database } from '../../../db/client.ts';
import { listAudit, type AuditRecord } from '../../audit/index.ts';
import { strategyOwnerOrNotFound } from '../repository.ts';

export async function strategyAudit(db: Database, strategyId: string, limit?: number): Promise<AuditRecord[]> {
  const owner = await strategyOwnerOrNotFound(db, strategyId);
  return listAudit(db, { ownerCode: owner, entityType: 'strategy', entityId: strategyId, limit });
}
