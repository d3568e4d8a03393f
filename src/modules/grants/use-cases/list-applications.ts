/**
 * Lists of applications: `public` — decided ones, whoever asks (publication is obligatory,
 * seed 002 L449–453); `mine` — what the signed-in user may see as it stands: their government's
 * own, those assigned to them for review, their prefecture's municipalities' past the draft, and
 * for the secretariat every one. The same relations as permissions.ts, expressed as a query.
 */
import { and, asc, desc, eq, inArray, like, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { ForbiddenError } from '../../../shared/errors.ts';
import type { Principal } from '../../auth/index.ts';
import { isSecretariatOrg, organisationActorOf, organisationsByIds } from '../../organisations/index.ts';
import { PUBLIC_STATUSES } from '../domain/workflow.ts';
import { grantApplications, grantReviewers } from '../schema.ts';
import { headerJson } from './get-application.ts';

export interface ApplicationListQuery {
  scope?: 'public' | 'mine';
  fiscal_year?: number;
  status?: string;
  pref_code?: string;
  limit?: number;
  offset?: number;
}

async function scopeCondition(db: Database, q: ApplicationListQuery, by: Principal | null): Promise<SQL | undefined> {
  if (q.scope !== 'mine') return inArray(grantApplications.status, [...PUBLIC_STATUSES]);
  if (!by) throw new ForbiddenError('自分の申請の一覧はログインが必要です');
  const actor = await organisationActorOf(db, by);
  if (actor === null || isSecretariatOrg(actor.org)) return undefined;
  const assigned = db.select({ id: grantReviewers.applicationId }).from(grantReviewers).where(eq(grantReviewers.userId, actor.userId));
  const mine: SQL[] = [eq(grantApplications.ownerCode, actor.org.id), inArray(grantApplications.id, assigned)];
  if (actor.org.kind === 'prefecture') mine.push(and(like(grantApplications.ownerCode, `${actor.org.id.slice(0, 2)}%`), ne(grantApplications.status, 'draft'))!);
  return or(...mine);
}

export async function listApplications(db: Database, q: ApplicationListQuery, by: Principal | null) {
  const conds: (SQL | undefined)[] = [await scopeCondition(db, q, by)];
  if (q.fiscal_year) conds.push(eq(grantApplications.fiscalYear, q.fiscal_year));
  if (q.status) conds.push(eq(grantApplications.status, q.status));
  if (q.pref_code) conds.push(like(grantApplications.ownerCode, `${q.pref_code.padStart(2, '0').slice(0, 2)}%`));
  const where = and(...conds);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(grantApplications)
      .where(where)
      .orderBy(desc(grantApplications.fiscalYear), asc(grantApplications.ownerCode))
      .limit(q.limit ?? 100)
      .offset(q.offset ?? 0),
    db.select({ n: sql<number>`count(*)::int` }).from(grantApplications).where(where),
  ]);
  const names = new Map((await organisationsByIds(db, [...new Set(rows.map((r) => r.ownerCode))])).map((o) => [o.id, o.name]));
  return { total: count?.n ?? 0, applications: rows.map((r) => headerJson(r, names.get(r.ownerCode) ?? null)) };
}
