/**
 * Ending sessions: a signed-in user's "sign out other sessions" (the current one stays), and an
 * operator's revocation of all of a user's sessions (`sousei users …` in the CLI). Audited.
 */
import type { Database } from '../../db/client.ts';
import { appendAudit } from '../audit/index.ts';
import type { Actor } from './access.ts';
import { auditNameOf, userPrincipal } from './principal.ts';
import { userByEmailOrNotFound } from './repository.ts';
import { deleteSessions } from './sessions.ts';

/** Ends every session of the actor except `sessionToken`'s; returns how many were ended. */
export async function revokeOtherSessions(db: Database, input: { actor: Actor; sessionToken: string; now?: Date }): Promise<number> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const revoked = await deleteSessions(tx, input.actor.id, input.sessionToken, now);
    await appendAudit(tx, {
      ownerCode: input.actor.orgCode,
      actor: auditNameOf(userPrincipal(input.actor)),
      action: 'user.sessions_revoke_others',
      entityType: 'user',
      entityId: input.actor.id,
      summary: `他の端末のログイン${revoked}件を終了しました`,
      details: { revoked_sessions: revoked },
    });
    return revoked;
  });
}

/** An operator ends every session of the user with this e-mail; returns how many were ended. */
export async function revokeSessions(db: Database, email: string, opts: { actor?: string; now?: Date } = {}): Promise<number> {
  const now = opts.now ?? new Date();
  const user = await userByEmailOrNotFound(db, email);
  return db.transaction(async (tx) => {
    const revoked = await deleteSessions(tx, user.id, null, now);
    await appendAudit(tx, {
      ownerCode: user.orgCode,
      actor: opts.actor ?? 'cli:users revoke-sessions',
      action: 'user.sessions_revoke',
      entityType: 'user',
      entityId: user.id,
      summary: `管理者がこの利用者のすべてのログイン（${revoked}件）を終了しました`,
      details: { revoked_sessions: revoked },
    });
    return revoked;
  });
}
