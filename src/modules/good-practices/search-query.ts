/**
 * The full-text query over the bigram table, as one parameterised SQL statement (the same on
 * PGlite and PostgreSQL): the cases having at least `required` of the query's grams, ranked by
 * how many they have, then by the weight of the parts they occur in (title > tags > problem >
 * actions > the rest; occurrences counted up to 3 per part), then the newest validation.
 * The bench runs this same statement beside the HTTP route.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { FIELD_KEYS, type Field } from './domain/fields.ts';

export interface SearchQuery {
  grams: readonly string[];
  required: number;
  field?: Field;
  /** also the unvalidated cases of this organisation (a signed-in government's own) */
  ownCode?: string | null;
  limit: number;
  offset: number;
}

export interface SearchHit {
  owner_code: string;
  id: string;
  matched: number;
  weight: number;
  total: number;
}

export function searchSql(q: SearchQuery): SQL {
  const grams = sql.join(
    q.grams.map((g) => sql`${g}`),
    sql`, `,
  );
  const visible = q.ownCode ? sql`(c.status = 'validated' or c.owner_code = ${q.ownCode})` : sql`c.status = 'validated'`;
  const field = q.field && FIELD_KEYS.includes(q.field) ? sql` and c.field = ${q.field}` : sql``;
  return sql`
    with hits as (
      select g.owner_code, g.case_id, count(distinct g.gram)::int as matched, sum(g.weight * least(g.occurrences, 3))::int as weight
      from good_practice_grams g
      where g.gram in (${grams})
      group by g.owner_code, g.case_id
      having count(distinct g.gram) >= ${q.required}
    )
    select h.owner_code, h.case_id as id, h.matched, h.weight, count(*) over ()::int as total
    from hits h
    join good_practice_cases c on c.owner_code = h.owner_code and c.id = h.case_id
    where ${visible}${field}
    order by h.matched desc, h.weight desc, c.validated_at desc nulls last, h.case_id
    limit ${q.limit} offset ${q.offset}`;
}

export async function runSearch(db: Pick<Database, 'execute'>, q: SearchQuery): Promise<SearchHit[]> {
  if (q.grams.length === 0) return [];
  const r = (await db.execute(searchSql(q))) as unknown as { rows: SearchHit[] };
  return r.rows.map((h) => ({ owner_code: h.owner_code, id: h.id, matched: Number(h.matched), weight: Number(h.weight), total: Number(h.total) }));
}
