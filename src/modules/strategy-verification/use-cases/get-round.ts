/**
 * A round as its reader may see it: the owner and its government's viewers always, a member once
 * opened (404 before, and for everyone else — the published report is get-report's). Adds what the
 * reader may do and, for a member, the state of their own sign-off with the message to re-check.
 */
import type { Database } from '../../../db/client.ts';
import type { Principal } from '../../auth/index.ts';
import { STALE_MESSAGE } from '../domain/fingerprint.ts';
import { assertCanOnRound, canOnRound, ROUND_OPS, type RoundOp } from '../permissions.ts';
import { buildView, roundAndRelations } from './load-round.ts';

export async function getRound(db: Database, roundId: string, by: Principal | null) {
  const { row, members, relations } = await roundAndRelations(db, roundId, by);
  assertCanOnRound('view', relations, row.status, roundId, '見る');
  const view = await buildView(db, row, members);
  const meId = by?.kind === 'user' ? by.user.id : null;
  const mine = view.members.find((m) => m.user_id === meId) ?? null;
  const can = Object.fromEntries(ROUND_OPS.map((op) => [op, canOnRound(op, relations, row.status)])) as Record<RoundOp, boolean>;
  const me = {
    user_id: meId,
    member: mine !== null,
    signoff: mine?.signoff.state ?? null,
    message: mine?.signoff.state === 'stale' ? STALE_MESSAGE : null,
    excluded_kpis: mine?.excluded_kpis ?? [],
    can,
  };
  return { ...view, me };
}
