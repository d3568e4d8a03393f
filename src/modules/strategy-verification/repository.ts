/** Queries of the verification rounds (no rules: those are in domain/ and permissions.ts). */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { RoundStatus } from './domain/workflow.ts';
import { verificationComments, verificationMembers, verificationResponses, verificationRounds, verificationSignoffs } from './schema.ts';

type Q = Pick<Database, 'select'>;
export type RoundRow = typeof verificationRounds.$inferSelect & { status: RoundStatus };
export type MemberRow = typeof verificationMembers.$inferSelect & { excludedKpis: string[] };
export type CommentRow = typeof verificationComments.$inferSelect;
export type SignoffRow = typeof verificationSignoffs.$inferSelect;
export type ResponseRow = typeof verificationResponses.$inferSelect;

export const roundNotFound = (id: string) => new NotFoundError(`検証ラウンド「${id}」はありません`);

export async function roundOrNotFound(db: Q, id: string): Promise<RoundRow> {
  const [row] = await db.select().from(verificationRounds).where(eq(verificationRounds.id, id)).limit(1);
  if (!row) throw roundNotFound(id);
  return row as RoundRow;
}

/** The round's header row, locked for the transaction's writes (the lock order: this row, then the audit chain). */
export async function lockRound(tx: Database, row: { ownerCode: string; id: string }): Promise<RoundRow> {
  await tx.execute(sql`select 1 from ${verificationRounds} where ${verificationRounds.ownerCode} = ${row.ownerCode} and ${verificationRounds.id} = ${row.id} for update`);
  return roundOrNotFound(tx, row.id);
}

type RoundKey = { ownerCode: string; id: string };
const key = (t: { ownerCode: PgColumn; roundId: PgColumn }, r: RoundKey) => and(eq(t.ownerCode, r.ownerCode), eq(t.roundId, r.id));

export async function membersOf(db: Q, r: { ownerCode: string; id: string }): Promise<MemberRow[]> {
  const t = verificationMembers;
  return (await db.select().from(t).where(key(t, r)).orderBy(asc(t.addedAt), asc(t.userId))) as MemberRow[];
}

export async function commentsOf(db: Q, r: { ownerCode: string; id: string }): Promise<CommentRow[]> {
  const t = verificationComments;
  return db.select().from(t).where(key(t, r)).orderBy(asc(t.kpiId), asc(t.updatedAt));
}

export async function signoffsOf(db: Q, r: { ownerCode: string; id: string }): Promise<SignoffRow[]> {
  const t = verificationSignoffs;
  return db.select().from(t).where(key(t, r));
}

export async function responsesOf(db: Q, r: { ownerCode: string; id: string }): Promise<ResponseRow[]> {
  const t = verificationResponses;
  return db.select().from(t).where(key(t, r)).orderBy(asc(t.kpiId));
}

export async function roundsOfStrategy(db: Q, strategyId: string): Promise<RoundRow[]> {
  return (await db.select().from(verificationRounds).where(eq(verificationRounds.strategyId, strategyId)).orderBy(asc(verificationRounds.fiscalYear))) as RoundRow[];
}

/** The round ids whose panel the user is on. */
export async function roundIdsOfMember(db: Q, userId: string): Promise<string[]> {
  const rows = await db.select({ id: verificationMembers.roundId }).from(verificationMembers).where(eq(verificationMembers.userId, userId));
  return rows.map((r) => r.id);
}

export async function publishedRounds(db: Q): Promise<RoundRow[]> {
  return (await db
    .select()
    .from(verificationRounds)
    .where(eq(verificationRounds.status, 'published'))
    .orderBy(asc(verificationRounds.ownerCode), asc(verificationRounds.fiscalYear))) as RoundRow[];
}

export async function roundsOfOwner(db: Q, ownerCode: string): Promise<RoundRow[]> {
  return (await db
    .select()
    .from(verificationRounds)
    .where(eq(verificationRounds.ownerCode, ownerCode))
    .orderBy(asc(verificationRounds.strategyId), asc(verificationRounds.fiscalYear))) as RoundRow[];
}
