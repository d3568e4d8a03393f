/**
 * Who may do what (pure). Admins (the national secretariat) may write every strategy; editors
 * only their own organisation's; viewers read only. Checked on the server for every write.
 */
export type Role = 'admin' | 'editor' | 'viewer';

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  orgCode: string;
}

export function canWriteStrategy(actor: Actor, strategyOwnerCode: string): boolean {
  if (actor.role === 'admin') return true;
  return actor.role === 'editor' && actor.orgCode === strategyOwnerCode;
}

/** How the audit log names a person. */
export function auditName(actor: Actor): string {
  return `user:${actor.email}`;
}
