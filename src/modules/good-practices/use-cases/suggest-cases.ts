/**
 * For one local government, validated cases worth reading, each with why it is suggested:
 *  - from its 類似団体 (statistics' ranking: same type and population band, nearest in 高齢化率
 *    and 5-year 人口増減率) — a case done in one of them;
 *  - from regions that had the same problem first: a case of another government with one of
 *    the problem tags or the field of this government's own cases (or of the request), started
 *    before this government's own earliest case on it (or before this year when it has none).
 * Cases with both reasons come first, then by similarity, then by tags in common.
 */
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { InputError, NotFoundError } from '../../../shared/errors.ts';
import { readLocalGovCode } from '../../../shared/local-gov-code.ts';
import { fiscalYearOfDay, todayDay } from '../../../shared/periods.ts';
import type { Principal } from '../../auth/index.ts';
import { organisationActorOf } from '../../organisations/index.ts';
import { findSimilarAreas, type StatisticsReader } from '../../statistics/index.ts';
import type { CaseContent } from '../domain/case-content.ts';
import { FIELD_LABELS, type Field } from '../domain/fields.ts';
import { searchKey } from '../domain/search-grams.ts';
import { canViewCase } from '../permissions.ts';
import { areaNames, type CaseRow } from '../repository.ts';
import { goodPracticeCases, goodPracticeRegions } from '../schema.ts';
import { caseHeaders, yearLabel } from './case-view.ts';

type Reason =
  | { kind: 'similar_area'; area_code: string; area_name: string; similarity: number; text: string }
  | { kind: 'same_problem_first'; matched_tags: string[]; same_field: boolean; started_year: number | null; text: string };

async function similarAreas(reader: StatisticsReader, code: string) {
  try {
    const r = await findSimilarAreas(reader, code, 30);
    return { label: r.group.label, areas: r.comparators.map((c) => ({ code: c.code, name: c.name, score: c.score })), note: null as string | null };
  } catch (e) {
    // a prefecture has no 類似団体, and a database without statistics cannot rank them: say so, suggest by problem only
    if (e instanceof NotFoundError || e instanceof InputError) return { label: null, areas: [], note: e.message };
    throw e;
  }
}

/** The problem to match: the request's, else this government's own cases' (those the reader may see). */
async function problemOf(db: Database, code: string, reader: Principal | null, req: { tags?: string[]; field?: Field }) {
  const own = await db.select().from(goodPracticeCases).where(eq(goodPracticeCases.ownerCode, code));
  const actor = reader ? await organisationActorOf(db, reader) : null;
  const visible = own.filter((r) => (reader ? canViewCase(reader, actor, r.ownerCode, r.status) : r.status === 'validated'));
  const given = (req.tags ?? []).length > 0 || req.field !== undefined;
  const tags = given ? (req.tags ?? []) : visible.flatMap((r) => (r.content as CaseContent).problem_tags);
  const fields = given ? (req.field ? [req.field] : []) : visible.map((r) => r.field as Field);
  const years = visible.map((r) => r.startedYear).filter((y): y is number => y !== null);
  const before = years.length > 0 ? Math.min(...years) : fiscalYearOfDay(todayDay()) + 1;
  return { tags: [...new Set(tags)], fields: [...new Set(fields)], before };
}

export async function suggestCases(db: Database, stats: StatisticsReader, input: { code: string; tags?: string[]; field?: Field; limit?: number }, reader: Principal | null) {
  const code = readLocalGovCode(input.code, { column: 'code' });
  const area = (await areaNames(db, [code])).get(code);
  if (!area) throw new NotFoundError(`団体コード「${code}」の地方公共団体はありません`);
  const [similar, problem] = await Promise.all([similarAreas(stats, code), problemOf(db, code, reader, input)]);
  const reasons = new Map<string, { row: CaseRow; reasons: Reason[]; similarity: number; tags: number }>();
  const add = (row: CaseRow, r: Reason) => {
    const e = reasons.get(row.id) ?? { row, reasons: [], similarity: 0, tags: 0 };
    e.reasons.push(r);
    if (r.kind === 'similar_area') e.similarity = Math.max(e.similarity, r.similarity);
    else e.tags = r.matched_tags.length;
    reasons.set(row.id, e);
  };
  const simByCode = new Map(similar.areas.map((a) => [a.code, a]));
  if (simByCode.size > 0) {
    const rows = await db
      .select({ c: goodPracticeCases, area: goodPracticeRegions.areaCode })
      .from(goodPracticeRegions)
      .innerJoin(goodPracticeCases, and(eq(goodPracticeCases.ownerCode, goodPracticeRegions.ownerCode), eq(goodPracticeCases.id, goodPracticeRegions.caseId)))
      .where(and(inArray(goodPracticeRegions.areaCode, [...simByCode.keys()]), eq(goodPracticeCases.status, 'validated'), ne(goodPracticeCases.ownerCode, code)));
    for (const { c, area: a } of rows) {
      const s = simByCode.get(a)!;
      add(c, { kind: 'similar_area', area_code: a, area_name: s.name, similarity: s.score, text: `類似団体「${s.name}」の事例です（類似度 ${s.score}）` });
    }
  }
  const keys = new Set(problem.tags.map(searchKey));
  if (keys.size > 0 || problem.fields.length > 0) {
    const rows = await db
      .select()
      .from(goodPracticeCases)
      .where(and(eq(goodPracticeCases.status, 'validated'), ne(goodPracticeCases.ownerCode, code)));
    for (const c of rows) {
      const matched = (c.content as CaseContent).problem_tags.filter((t) => keys.has(searchKey(t)));
      const sameField = problem.fields.includes(c.field as Field);
      if ((matched.length === 0 && !sameField) || c.startedYear === null || c.startedYear >= problem.before) continue;
      const what = matched.length > 0 ? `同じ課題（${matched.join('、')}）` : `同じ分野（${FIELD_LABELS[c.field as Field] ?? c.field}）`;
      add(c, {
        kind: 'same_problem_first',
        matched_tags: matched,
        same_field: sameField,
        started_year: c.startedYear,
        text: `${what}に${yearLabel(c.startedYear)}から先に取り組んだ事例です`,
      });
    }
  }
  const ranked = [...reasons.values()].sort(
    (a, b) =>
      b.reasons.length - a.reasons.length ||
      b.similarity - a.similarity ||
      b.tags - a.tags ||
      (a.row.startedYear ?? 9999) - (b.row.startedYear ?? 9999) ||
      a.row.id.localeCompare(b.row.id),
  );
  const chosen = ranked.slice(0, input.limit ?? 20);
  const headers = await caseHeaders(
    db,
    chosen.map((e) => e.row),
  );
  return {
    area: { code, name: area.name },
    similar: { group_label: similar.label, areas: similar.areas, note: similar.note },
    problem: { tags: problem.tags, fields: problem.fields, started_before: problem.before, started_before_label: yearLabel(problem.before) },
    cases: headers.map((h, i) => ({ ...h, reasons: chosen[i]!.reasons })),
  };
}
