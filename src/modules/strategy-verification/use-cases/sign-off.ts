/**
 * A member signs off the evaluation they were shown: the request carries the fingerprint of the
 * view they read, and the server compares it with the evaluation now. A different one means the
 * data changed while they read: refused (409) with 「データが更新されました。再確認してください」, so a
 * sign-off can only ever be of what the member actually saw. The stored fingerprint is compared on
 * every read afterwards (stale when an actual, baseline or target used changes).
 */
import { z } from 'zod';
import type { Database } from '../../../db/client.ts';
import { ConflictError, InputError } from '../../../shared/errors.ts';
import { zodInputIssues } from '../../../shared/zod-issues.ts';
import { appendAudit } from '../../audit/index.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { evaluationFingerprint, STALE_MESSAGE } from '../domain/fingerprint.ts';
import { assertCanOnRound } from '../permissions.ts';
import { lockRound, signoffsOf } from '../repository.ts';
import { verificationSignoffs } from '../schema.ts';
import { evaluationOf, roundAndRelations } from './load-round.ts';

export const SignOffInput = z.object({ fingerprint: z.string().min(1, { error: '確認した評価の fingerprint を指定してください' }).max(100) }).strict();

export async function signOff(db: Database, roundId: string, raw: unknown, by: Principal) {
  const { row, relations } = await roundAndRelations(db, roundId, by);
  assertCanOnRound('sign_off', relations, row.status, roundId, '確認（サインオフ）する');
  const parsed = SignOffInput.safeParse(raw);
  if (!parsed.success) throw new InputError(zodInputIssues(parsed.error));
  const userId = by.kind === 'user' ? by.user.id : '';
  return db.transaction(async (tx) => {
    const locked = await lockRound(tx, row);
    assertCanOnRound('sign_off', relations, locked.status, roundId, '確認（サインオフ）する');
    const current = evaluationFingerprint(locked.evaluationDate, (await evaluationOf(tx, locked)).kpis);
    if (parsed.data.fingerprint !== current) throw new ConflictError(STALE_MESSAGE);
    const renewed = (await signoffsOf(tx, locked)).some((s) => s.userId === userId);
    const t = verificationSignoffs;
    const set = { fingerprint: current, signedAt: new Date() };
    await tx
      .insert(t)
      .values({ ownerCode: locked.ownerCode, roundId: locked.id, userId, ...set })
      .onConflictDoUpdate({ target: [t.ownerCode, t.roundId, t.userId], set });
    await appendAudit(tx, {
      ownerCode: locked.ownerCode,
      actor: auditNameOf(by),
      action: 'verification.sign_off',
      entityType: 'verification_round',
      entityId: locked.id,
      summary: `検証委員が評価を確認（サインオフ${renewed ? '・再確認' : ''}）`,
      details: { fingerprint: current, renewed },
    });
    return { state: 'current' as const, fingerprint: current, signed_at: set.signedAt.toISOString() };
  });
}
