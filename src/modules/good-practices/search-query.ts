/**
 * The full-text query over the bigram table, as parameterised SQL (the same on PGlite and
 * PostgreSQL): the cases having at least `required` of the query's grams, ranked by how many they
 * have, then by the weight of the parts they occur in (title > tags > problem > actions > the
 * rest; occurrences counted up to 3 per part), then the newest validation.
 *
 * Common grams (README: Search at scale): the cost is the grouping over every row of the query's
 * grams, and a common gram (「した」「地域」) has a row in most cases. So the query's grams are
 * first looked up in the gram counts (`gramCaseCounts`; kept by writeIndex in every write's
 * transaction), and up to `required − 1` grams over COMMON_GRAM_SHARE are left out of *gathering*
 * the candidates. That is exact, not an approximation: a case with `required` grams has at least
 * one gram among the others (pigeonhole), so the candidates are the cases with at least
 * `required − dropped` of the gathering grams, and each candidate is then counted and weighted
 * over all the query's grams, as before. The counts only choose the path, never the result.
 * The bench runs these same statements beside the HTTP route.
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
  /** the grams that gather candidates (default: all); the others only count for matching and ranking */
  gather?: readonly string[];
}

export interface SearchHit {
  owner_code: string;
  id: string;
  matched: number;
  weight: number;
  total: number;
}

/** A gram is common when more than this share of the cases have it. Chosen from the bench (README: Search at scale). */
export const COMMON_GRAM_SHARE = 0.1;

const list = (grams: readonly string[]) =>
  sql.join(
    grams.map((g) => sql`${g}`),
    sql`, `,
  );

/** The hits: all grams gathered (the plain statement), or candidates from `gather` only, then counted over all grams. */
function hitsSql(q: SearchQuery): SQL {
  const gather = q.gather ?? q.grams;
  const score = sql`count(distinct g.gram)::int as matched, sum(g.weight * least(g.occurrences, 3))::int as weight`;
  if (gather.length >= q.grams.length)
    return sql`
      select g.owner_code, g.case_id, ${score}
      from good_practice_grams g
      where g.gram in (${list(q.grams)})
      group by g.owner_code, g.case_id
      having count(distinct g.gram) >= ${q.required}`;
  const dropped = q.grams.length - gather.length;
  return sql`
      select g.owner_code, g.case_id, ${score}
      from (
        select owner_code, case_id from good_practice_grams
        where gram in (${list(gather)})
        group by owner_code, case_id
        having count(distinct gram) >= ${Math.max(1, q.required - dropped)}
      ) cand
      join good_practice_grams g on g.owner_code = cand.owner_code and g.case_id = cand.case_id and g.gram in (${list(q.grams)})
      group by g.owner_code, g.case_id
      having count(distinct g.gram) >= ${q.required}`;
}

export function searchSql(q: SearchQuery): SQL {
  const visible = q.ownCode ? sql`(c.status = 'validated' or c.owner_code = ${q.ownCode})` : sql`c.status = 'validated'`;
  const field = q.field && FIELD_KEYS.includes(q.field) ? sql` and c.field = ${q.field}` : sql``;
  return sql`
    with hits as (${hitsSql(q)})
    select h.owner_code, h.case_id as id, h.matched, h.weight, count(*) over ()::int as total
    from hits h
    join good_practice_cases c on c.owner_code = h.owner_code and c.id = h.case_id
    where ${visible}${field}
    order by h.matched desc, h.weight desc, c.validated_at desc nulls last, h.case_id
    limit ${q.limit} offset ${q.offset}`;
}

/** How many cases have each gram of the query (absent grams: 0), and how many cases are indexed (schema.ts goodPracticeGramCounts: primary-key lookups). */
export async function gramCaseCounts(db: Pick<Database, 'execute'>, grams: readonly string[]): Promise<{ cases: number; counts: Map<string, number> }> {
  const r = (await db.execute(sql`select gram, cases from good_practice_gram_counts where gram in ('', ${list(grams)})`)) as unknown as {
    rows: Array<{ gram: string; cases: number }>;
  };
  const counts = new Map(r.rows.map((x) => [x.gram, Number(x.cases)]));
  const cases = counts.get('') ?? 0;
  counts.delete('');
  return { cases, counts };
}

/**
 * The grams that gather candidates: all but the most common ones over the share, leaving out at
 * most `required − 1` (so at least one gathering gram is needed by every hit); all of them when
 * none is rarer than the share. Pure.
 */
export function gatheringGrams(grams: readonly string[], required: number, counts: ReadonlyMap<string, number>, cases: number, share = COMMON_GRAM_SHARE): string[] {
  const limit = share * cases;
  const common = grams.filter((g) => (counts.get(g) ?? 0) > limit).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  // only common grams: gathering from fewer of them checks as many candidates one by one as the plain grouping reads (bench)
  if (common.length === grams.length) return [...grams];
  const left = new Set(common.slice(0, Math.max(0, required - 1)));
  return grams.filter((g) => !left.has(g));
}

/** The search as the route runs it: the gram counts, then the (capped) statement. `cap: false` runs the plain statement. */
export async function runSearch(db: Pick<Database, 'execute'>, q: SearchQuery, opts: { cap?: boolean } = {}): Promise<SearchHit[]> {
  if (q.grams.length === 0) return [];
  let query = q;
  if (opts.cap !== false && q.gather === undefined && q.required > 1) {
    const { cases, counts } = await gramCaseCounts(db, q.grams);
    query = { ...q, gather: gatheringGrams(q.grams, q.required, counts, cases) };
  }
  const r = (await db.execute(searchSql(query))) as unknown as { rows: SearchHit[] };
  return r.rows.map((h) => ({ owner_code: h.owner_code, id: h.id, matched: Number(h.matched), weight: Number(h.weight), total: Number(h.total) }));
}
