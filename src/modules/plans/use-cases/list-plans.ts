/**
 * Lists of plans. The public list has nationally published plans only, whoever asks; `scope:
 * 'mine'` lists, for a signed-in user, the plans their organisation may see unpublished (its
 * own, joint ones, assigned reviews; the secretariat all; ministries those past the owner's
 * draft) — the same relation rules as permissions.ts, expressed as a query.
 */
import { and, arrayContains, asc, desc, eq, ilike, inArray, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { ForbiddenError } from '../../../shared/errors.ts';
import type { Principal } from '../../auth/index.ts';
import { isSecretariatOrg } from '../permissions.ts';
import { planActorOf } from '../plan-actor.ts';
import { plans } from '../schema.ts';
import { headerJson } from './get-plan.ts';

export interface PlanListQuery {
  type?: 'A' | 'B' | 'C';
  /** `published` = every nationally published plan still running (published, in execution, evaluated); other values match the status */
  status?: string;
  pref_code?: string;
  field?: string;
  q?: string;
  scope?: 'public' | 'mine';
  limit?: number;
  offset?: number;
}

/** Escapes LIKE's wildcards in user text. */
const likeText = (s: string) => `%${s.normalize('NFKC').replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

async function scopeCondition(db: Database, q: PlanListQuery, by: Principal | null): Promise<SQL | undefined> {
  if (q.scope !== 'mine') return isNotNull(plans.publishedVersion);
  if (!by) throw new ForbiddenError('自分の組織の計画の一覧はログインが必要です');
  const actor = await planActorOf(db, by);
  if (actor === null || isSecretariatOrg(actor.org)) return undefined;
  const org = actor.org.id;
  const mine = [eq(plans.ownerOrgId, org), arrayContains(plans.coOwnerOrgIds, [org]), arrayContains(plans.reviewerOrgIds, [org])];
  if (actor.org.kind === 'ministry' || actor.org.kind === 'bureau') mine.push(or(eq(plans.type, 'A'), ne(plans.status, 'draft'))!);
  return or(...mine);
}

export async function listPlans(db: Database, q: PlanListQuery, by: Principal | null) {
  const conds: (SQL | undefined)[] = [await scopeCondition(db, q, by)];
  if (q.type) conds.push(eq(plans.type, q.type));
  if (q.status === 'published') conds.push(inArray(plans.status, ['published', 'in_execution', 'evaluated']));
  else if (q.status) conds.push(eq(plans.status, q.status));
  if (q.pref_code) conds.push(arrayContains(plans.prefCodes, [q.pref_code.padStart(2, '0')]));
  if (q.field) conds.push(eq(plans.field, q.field));
  if (q.q?.trim()) conds.push(or(ilike(plans.searchText, likeText(q.q.trim())), ilike(plans.title, likeText(q.q.trim()))));
  const where = and(...conds);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(plans)
      .where(where)
      .orderBy(desc(plans.publishedAt), asc(plans.id))
      .limit(q.limit ?? 100)
      .offset(q.offset ?? 0),
    db.select({ n: sql<number>`count(*)::int` }).from(plans).where(where),
  ]);
  return {
    total: count?.n ?? 0,
    plans: rows.map((r) => ({ ...headerJson(r), kgis: q.scope === 'mine' && r.publishedVersion === null ? [] : (r.publishedKgis as unknown[]) })),
  };
}
