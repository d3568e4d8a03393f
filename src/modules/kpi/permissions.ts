/**
 * Who may do what with strategies (pure), and the one loader of a strategy's owner. Admins (the
 * national secretariat) write every strategy; editors only their own government's (団体コード);
 * viewers read only; operators (CLI) and the platform act for everyone. Routes and CLI commands
 * alike reach the writes through use cases that check these first, before any effect.
 */
import { ForbiddenError } from '../../shared/errors.ts';
import type { Principal } from '../auth/index.ts';

/** Write a strategy's records: its KPI definitions, actual values, bindings; read its import jobs. */
export function canWriteStrategy(p: Principal, ownerCode: string): boolean {
  if (p.kind !== 'user') return true;
  return p.user.role === 'admin' || (p.user.role === 'editor' && p.user.orgCode === ownerCode);
}

/** Create a strategy, or replace one as a whole (a JSON catalog): operators only, through the CLI. */
export function canCreateStrategy(p: Principal): boolean {
  return p.kind !== 'user';
}

/**
 * Create a new, empty strategy for a government (the administrator's page, `sousei strategies
 * create`): admins (the national secretariat, who onboard governments) and operators. An editor
 * cannot found a strategy, not even for their own government: they write the one they are given.
 */
export function canCreateLocalStrategy(p: Principal): boolean {
  return p.kind !== 'user' || p.user.role === 'admin';
}

export function assertCanWriteStrategy(p: Principal, ownerCode: string): void {
  if (!canWriteStrategy(p, ownerCode)) throw new ForbiddenError(`この戦略（団体コード ${ownerCode}）を編集する権限がありません`);
}

/** The one loader of a strategy's owner (NotFoundError when there is none), for these checks. */
export { strategyOwnerOrNotFound } from './repository.ts';
