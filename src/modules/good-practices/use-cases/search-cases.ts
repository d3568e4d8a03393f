/**
 * Japanese full-text search over the cases (domain/search-grams.ts, search-query.ts): the
 * public sees validated cases; a signed-in government also its own drafts. Each hit says how
 * many of the query's grams it has, so the ranking can be explained.
 */
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import type { Principal } from '../../auth/index.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import type { Field } from '../domain/fields.ts';
import { gramsRequired, queryGrams } from '../domain/search-grams.ts';
import type { CaseRow } from '../repository.ts';
import { goodPracticeCases } from '../schema.ts';
import { runSearch } from '../search-query.ts';
import { caseHeaders } from './case-view.ts';

export interface CaseSearch {
  q: string;
  field?: Field;
  limit?: number;
  offset?: number;
}

export async function searchCases(db: Database, s: CaseSearch, reader: Principal | null) {
  const grams = queryGrams(s.q);
  if (grams.length === 0) throw InputError.single({ column: 'q', code: 'empty_query', reason: '検索語を入力してください（文字または数字を1文字以上）' });
  const actor = reader ? await organisationActorOf(db, reader) : null;
  const required = gramsRequired(grams.length);
  const hits = await runSearch(db, { grams, required, field: s.field, ownCode: actor?.org.id ?? null, limit: s.limit ?? 20, offset: s.offset ?? 0 });
  const rows: CaseRow[] =
    hits.length === 0
      ? []
      : await db
          .select()
          .from(goodPracticeCases)
          .where(or(...hits.map((h) => and(eq(goodPracticeCases.ownerCode, h.owner_code), eq(goodPracticeCases.id, h.id))))!)
          .then((r) => r);
  const byKey = new Map(rows.map((r) => [`${r.ownerCode}/${r.id}`, r]));
  const ordered = hits.map((h) => byKey.get(`${h.owner_code}/${h.id}`)).filter((r): r is CaseRow => r !== undefined);
  const headers = await caseHeaders(db, ordered);
  return {
    query: { q: s.q, grams, required },
    total: hits[0]?.total ?? 0,
    cases: headers.map((h, i) => ({ ...h, matched_grams: hits[i]!.matched, score: hits[i]!.weight })),
  };
}

/** Cases by id, any owner (for the suggestions), validated only. */
export async function validatedCasesByIds(db: Pick<Database, 'select'>, ids: readonly string[]): Promise<CaseRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(goodPracticeCases)
    .where(and(inArray(goodPracticeCases.id, [...ids]), eq(goodPracticeCases.status, 'validated')));
}
