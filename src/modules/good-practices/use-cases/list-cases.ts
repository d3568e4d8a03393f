/**
 * Lists of cases: the public's (validated), a government's own (scope=mine: every status), and
 * the secretariat's queue (scope=mine: everything submitted or later, to validate or return).
 */
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import type { Principal } from '../../auth/index.ts';
import { isSecretariatOrg, organisationActorOf } from '../../organisations/index.ts';
import type { Field } from '../domain/fields.ts';
import type { CaseStatus } from '../domain/workflow.ts';
import { canWriteForGovernment } from '../permissions.ts';
import { goodPracticeCases } from '../schema.ts';
import { caseHeaders } from './case-view.ts';

export interface CaseListQuery {
  scope?: 'public' | 'mine';
  status?: CaseStatus;
  field?: Field;
  limit?: number;
  offset?: number;
}

export async function listCases(db: Database, q: CaseListQuery, reader: Principal | null) {
  const conds: SQL[] = [];
  const actor = q.scope === 'mine' && reader ? await organisationActorOf(db, reader) : null;
  if (q.scope !== 'mine' || (reader?.kind === 'user' && !actor)) conds.push(eq(goodPracticeCases.status, 'validated'));
  else if (actor && isSecretariatOrg(actor.org)) conds.push(inArray(goodPracticeCases.status, ['submitted', 'returned', 'validated']));
  else if (actor) conds.push(eq(goodPracticeCases.ownerCode, actor.org.id));
  if (q.status) conds.push(eq(goodPracticeCases.status, q.status));
  if (q.field) conds.push(eq(goodPracticeCases.field, q.field));
  const where = conds.length > 0 ? and(...conds) : undefined;
  const rows = await db
    .select()
    .from(goodPracticeCases)
    .where(where)
    .orderBy(desc(goodPracticeCases.updatedAt), goodPracticeCases.id)
    .limit(q.limit ?? 50)
    .offset(q.offset ?? 0);
  const total = await db.$count(goodPracticeCases, where);
  // scope=mine says which list it is, so a page can name it (自団体の事例 / 確認待ち) and offer 事例を登録する
  const mine = actor ? { org_code: actor.org.id, secretariat: isSecretariatOrg(actor.org), may_create: canWriteForGovernment(actor, actor.org.id) } : null;
  return { total, cases: await caseHeaders(db, rows), ...(q.scope === 'mine' ? { mine } : {}) };
}
