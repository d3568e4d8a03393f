/**
 * The audit trail of one strategy, newest first (public, like the strategy itself), with the
 * users' display names joined at read time and each action's Japanese name.
 */
import type { Database } from '../../../db/client.ts';
import { listAudit, type AuditRecord } from '../../audit/index.ts';
import { labelAuditEntries } from '../../auth/index.ts';
import { strategyOwnerOrNotFound } from '../repository.ts';

export interface StrategyAuditEntry extends AuditRecord {
  /** who acted, for people: the user's display name, CLI（…）, システム（…） */
  actor_label: string;
  /** the action's Japanese name */
  action_label: string;
}

export async function strategyAudit(db: Database, strategyId: string, limit?: number): Promise<StrategyAuditEntry[]> {
  const owner = await strategyOwnerOrNotFound(db, strategyId);
  const entries = await listAudit(db, { ownerCode: owner, entityType: 'strategy', entityId: strategyId, limit });
  return labelAuditEntries(db, entries);
}
