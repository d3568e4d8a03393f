/**
 * Who acts on the platform (pure): a signed-in user, an operator at the CLI (shell access to the
 * server, the same trust as the data directory's owner), or the platform itself (reference data,
 * statistics flowing into bound KPIs). Use cases take a Principal and decide with their module's
 * permissions before any effect; the audit log names it with auditNameOf.
 */
import type { Actor } from './access.ts';

export type Principal = { kind: 'user'; user: Actor } | { kind: 'operator'; name: string } | { kind: 'system'; name: string };

export const userPrincipal = (user: Actor): Principal => ({ kind: 'user', user });

/** `name` as the audit log shall show it, e.g. 'cli:yamada' (see actorName in infra/cli). */
export const operatorPrincipal = (name: string): Principal => ({ kind: 'operator', name });

export const systemPrincipal = (name: string): Principal => ({ kind: 'system', name: name.startsWith('system:') ? name : `system:${name}` });

/**
 * How the audit log names who acted. A user by id only: the append-only log cannot forget an
 * e-mail address, so it keeps no personal data; the display name is joined at read time
 * (audit-actor-names.ts).
 */
export function auditNameOf(p: Principal): string {
  return p.kind === 'user' ? `user:${p.user.id}` : p.name;
}

/** The user behind a principal, or null for operators and the platform. */
export const userOf = (p: Principal): Actor | null => (p.kind === 'user' ? p.user : null);
