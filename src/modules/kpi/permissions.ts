/**
 * Who may do what with strategies (pure), and the one loader of a strategy's owner. Admins (the
 * national secretariat) write every strategy; editors only their own government's (団体コード);
 * viewers read only; operators (CLI) and the platform act for everyone. Routes and CLI commands
 * alike reach the writes through use cases that check these first, before any effect.
 */
import type { Database } from '../../db/client.ts';
import { ForbiddenError, NotFoundError } from '../../shared/errors.ts';
import type { Principal } from '../auth/index.ts';
import { findStrategyOwner } from './repository.ts';

/** Write a strategy's records: its KPI definitions, actual values, bindings; read its import jobs. */
export function canWriteStrategy(p: Principal, ownerCode: string): boolean {
  if (p.kind !== 'user') return true;
  return p.user.role === 'admin' || (p.user.role === 'editor' && p.user.orgCode === ownerCode);
}

/** Create a strategy, or replace one as a whole (a JSON catalog): operators only, through the CLI. */
export function canCreateStrategy(p: Principal): boolean {
  return p.kind !== 'user';
}

export function assertCanWriteStrategy(p: Principal, ownerCode: string): void {
  if (!canWriteStrategy(p, ownerCode)) throw new ForbiddenError(`この戦略（団体コード ${ownerCode}）を編集する権限がありません`);
}

/** The owner (団体コード) of a stored strategy; NotFoundError when there is none. */
export async function strategyOwnerOrNotFound(db: Pick<Database, 'select'>, strategyId: string): Promise<string> {
  const owner = await findStrategyOwner(db as Database, strategyId);
  if (!owner) throw new NotFoundError(`戦略「${strategyId}」はありません`);
  return owner;
}
