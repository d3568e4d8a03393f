/** Queries of the good-practices module. Writes take a transaction opened by a use case. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { areas } from '../local-gov/index.ts';
import type { CaseContent } from './domain/case-content.ts';
import { gramCounts, SEARCH_PARTS, searchKey } from './domain/search-grams.ts';
import { goodPracticeAdoptions, goodPracticeCases, goodPracticeEvents, goodPracticeGramCounts, goodPracticeGrams, goodPracticeRegions, goodPracticeTags } from './schema.ts';

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Db = Database | Tx;
export type CaseRow = typeof goodPracticeCases.$inferSelect;

export const caseNotFound = (id: string) => new NotFoundError(`事例「${id}」はありません`);

export async function findCase(db: Pick<Database, 'select'>, id: string): Promise<CaseRow | null> {
  const rows = await db.select().from(goodPracticeCases).where(eq(goodPracticeCases.id, id)).limit(1);
  return rows[0] ?? null;
}

/** The case's row under a row lock (the first lock a write takes), or 404. */
export async function lockCase(tx: Tx, id: string): Promise<CaseRow> {
  const rows = await tx.select().from(goodPracticeCases).where(eq(goodPracticeCases.id, id)).for('update');
  if (!rows[0]) throw caseNotFound(id);
  return rows[0];
}

/** Names (and kana) of areas by code; codes not in the master are absent. */
export async function areaNames(db: Pick<Database, 'select'>, codes: readonly string[]): Promise<Map<string, { name: string; kana: string | null; prefCode: string | null }>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: areas.code, name: areas.name, kana: areas.kana, prefCode: areas.prefCode })
    .from(areas)
    .where(inArray(areas.code, [...codes]));
  return new Map(rows.map((r) => [r.code, { name: r.name, kana: r.kana, prefCode: r.prefCode }]));
}

/** The text of each weighted part of a case (domain/search-grams.ts SEARCH_PARTS). */
export function partsOf(c: CaseContent, regionText: string): Record<keyof typeof SEARCH_PARTS, string> {
  return {
    title: c.title,
    tags: c.problem_tags.join(' '),
    problem: c.problem,
    actions: c.actions,
    other: [
      c.summary,
      c.actor,
      regionText,
      ...c.participants.map((p) => p.name),
      ...c.results.map((r) => `${r.label} ${r.note}`),
      ...c.lessons.map((l) => l.text),
      ...c.sources.map((s) => s.document),
    ].join('\n'),
  };
}

/** Gram rows of a case (domain/search-grams.ts), ready for insert. */
export function gramRows(ownerCode: string, caseId: string, parts: Record<keyof typeof SEARCH_PARTS, string>) {
  const rows: Array<typeof goodPracticeGrams.$inferInsert> = [];
  for (const [part, weight] of Object.entries(SEARCH_PARTS) as Array<[keyof typeof SEARCH_PARTS, number]>) {
    for (const [gram, n] of gramCounts(parts[part])) rows.push({ ownerCode, caseId, gram, weight, occurrences: Math.min(n, 32_000) });
  }
  return rows;
}

/**
 * Moves the gram counts (schema.ts goodPracticeGramCounts) from a case's old grams to its new ones:
 * one upsert of ±1 per changed gram, in gram order, so concurrent writes lock the shared rows in
 * the same order (no deadlock). The row '' counts the indexed cases.
 */
async function adjustGramCounts(tx: Db, before: ReadonlySet<string>, after: ReadonlySet<string>): Promise<void> {
  const delta = new Map<string, number>();
  for (const g of after) if (!before.has(g)) delta.set(g, 1);
  for (const g of before) if (!after.has(g)) delta.set(g, -1);
  if (before.size === 0 && after.size > 0) delta.set('', 1);
  if (before.size > 0 && after.size === 0) delta.set('', -1);
  const rows = [...delta].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([gram, cases]) => ({ gram, cases }));
  for (let i = 0; i < rows.length; i += 1000)
    await tx
      .insert(goodPracticeGramCounts)
      .values(rows.slice(i, i + 1000))
      .onConflictDoUpdate({ target: goodPracticeGramCounts.gram, set: { cases: sql`greatest(0, ${goodPracticeGramCounts.cases} + excluded.cases)` } });
  // a gram no case has any more goes, as a recount would leave it out (rows already locked above)
  const gone = rows.filter((r) => r.cases < 0).map((r) => r.gram);
  for (let i = 0; i < gone.length; i += 1000)
    await tx.delete(goodPracticeGramCounts).where(and(inArray(goodPracticeGramCounts.gram, gone.slice(i, i + 1000)), sql`${goodPracticeGramCounts.cases} <= 0`));
}

/** Recounts every gram from the index (after a bulk load that wrote grams directly, e.g. the bench); the migration does the same. */
export async function rebuildGramCounts(db: Pick<Database, 'execute'>): Promise<void> {
  await db.execute(sql`delete from good_practice_gram_counts`);
  await db.execute(sql`insert into good_practice_gram_counts (gram, cases) select gram, count(distinct (owner_code, case_id))::int from good_practice_grams group by gram`);
  await db.execute(sql`insert into good_practice_gram_counts (gram, cases) select '', count(distinct (owner_code, case_id))::int from good_practice_grams`);
}

/** Rewrites the regions, tags and search grams of a case from its content, and the gram counts with them. */
export async function writeIndex(tx: Db, ownerCode: string, caseId: string, c: CaseContent): Promise<void> {
  const key = and(eq(goodPracticeGrams.ownerCode, ownerCode), eq(goodPracticeGrams.caseId, caseId));
  const before = new Set((await tx.selectDistinct({ gram: goodPracticeGrams.gram }).from(goodPracticeGrams).where(key)).map((r) => r.gram));
  await tx.delete(goodPracticeGrams).where(key);
  await tx.delete(goodPracticeRegions).where(and(eq(goodPracticeRegions.ownerCode, ownerCode), eq(goodPracticeRegions.caseId, caseId)));
  await tx.delete(goodPracticeTags).where(and(eq(goodPracticeTags.ownerCode, ownerCode), eq(goodPracticeTags.caseId, caseId)));
  const regions = [...new Set(c.regions)];
  if (regions.length > 0) await tx.insert(goodPracticeRegions).values(regions.map((areaCode) => ({ ownerCode, caseId, areaCode })));
  const tags = [...new Set(c.problem_tags.map(searchKey))];
  if (tags.length > 0) await tx.insert(goodPracticeTags).values(tags.map((tag) => ({ ownerCode, caseId, tag })));
  const names = await areaNames(tx, regions);
  const regionText = regions.map((r) => `${names.get(r)?.name ?? ''} ${names.get(r)?.kana ?? ''}`).join(' ');
  const rows = gramRows(ownerCode, caseId, partsOf(c, regionText));
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(goodPracticeGrams).values(rows.slice(i, i + 1000));
  await adjustGramCounts(tx, before, new Set(rows.map((r) => r.gram)));
}

export async function insertEvent(
  tx: Tx,
  row: Pick<CaseRow, 'ownerCode' | 'id'>,
  e: { action: string; fromStatus: string | null; toStatus: string | null; comment: string; actor: string },
): Promise<void> {
  const [last] = await tx
    .select({ n: sql<number>`coalesce(max(${goodPracticeEvents.seq}), 0)::int` })
    .from(goodPracticeEvents)
    .where(and(eq(goodPracticeEvents.ownerCode, row.ownerCode), eq(goodPracticeEvents.caseId, row.id)));
  await tx.insert(goodPracticeEvents).values({ ownerCode: row.ownerCode, caseId: row.id, seq: (last?.n ?? 0) + 1, ...e });
}

export async function listEvents(db: Pick<Database, 'select'>, row: Pick<CaseRow, 'ownerCode' | 'id'>) {
  return db
    .select()
    .from(goodPracticeEvents)
    .where(and(eq(goodPracticeEvents.ownerCode, row.ownerCode), eq(goodPracticeEvents.caseId, row.id)))
    .orderBy(asc(goodPracticeEvents.seq));
}

export async function listAdoptions(db: Pick<Database, 'select'>, row: Pick<CaseRow, 'ownerCode' | 'id'>) {
  return db
    .select()
    .from(goodPracticeAdoptions)
    .where(and(eq(goodPracticeAdoptions.caseOwner, row.ownerCode), eq(goodPracticeAdoptions.caseId, row.id)))
    .orderBy(asc(goodPracticeAdoptions.adoptedYear), asc(goodPracticeAdoptions.ownerCode));
}
