/**
 * 好事例 storage. Every table carries owner_code first in its key — the submitting government's
 * 団体コード (000000 for the shipped reference cases, which the nation publishes) — so a
 * distributed PostgreSQL distributes by it and co-locates a case's rows. Case ids are unique
 * across owners (random, or fixed for the shipped ones), so URLs need only the id.
 *
 * The content is kept whole (jsonb, validated by domain/case-content.ts); what is queried across
 * cases is kept in columns and side tables: the regions (for 類似団体), the problem tags, and the
 * search grams (bigrams, domain/search-grams.ts) with the weight of the part they come from.
 * An adoption ("used by") belongs to the adopting government (its owner_code) and names the case.
 */
import { boolean, char, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';

export const goodPracticeCases = pgTable(
  'good_practice_cases',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    id: text('id').notNull(),
    status: text('status').notNull(),
    title: text('title').notNull(),
    field: text('field').notNull(),
    startedYear: integer('started_year'),
    content: jsonb('content').notNull(),
    version: integer('version').notNull().default(1),
    /** shipped with Sousei from the seeds' own examples (reference data) */
    reference: boolean('reference').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    validatedAt: timestamp('validated_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.id] }), index('good_practice_cases_id_idx').on(t.id), index('good_practice_cases_status_idx').on(t.status, t.field)],
);

/** The workflow's history: every transition with its comment. */
export const goodPracticeEvents = pgTable(
  'good_practice_events',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    caseId: text('case_id').notNull(),
    seq: integer('seq').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    comment: text('comment').notNull().default(''),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.caseId, t.seq] })],
);

/** The governments where a case was done (its content's regions), for 類似団体 lookups. */
export const goodPracticeRegions = pgTable(
  'good_practice_regions',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    caseId: text('case_id').notNull(),
    areaCode: char('area_code', { length: 6 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.caseId, t.areaCode] }), index('good_practice_regions_area_idx').on(t.areaCode)],
);

/** The problem tags, as search keys (domain/search-grams.ts searchKey). */
export const goodPracticeTags = pgTable(
  'good_practice_tags',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    caseId: text('case_id').notNull(),
    tag: text('tag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.caseId, t.tag] }), index('good_practice_tags_tag_idx').on(t.tag)],
);

/** Search grams: one row per case, part (by its weight) and gram, with its occurrences there. */
export const goodPracticeGrams = pgTable(
  'good_practice_grams',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    caseId: text('case_id').notNull(),
    gram: text('gram').notNull(),
    weight: smallint('weight').notNull(),
    occurrences: smallint('occurrences').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.caseId, t.gram, t.weight] }), index('good_practice_grams_gram_idx').on(t.gram)],
);

/** "Used by": a government that adopted a case, and how it went (recorded later). */
export const goodPracticeAdoptions = pgTable(
  'good_practice_adoptions',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    caseOwner: char('case_owner', { length: 6 }).notNull(),
    caseId: text('case_id').notNull(),
    adoptedYear: integer('adopted_year').notNull(),
    note: text('note').notNull().default(''),
    outcome: text('outcome').notNull().default('pending'),
    outcomeNote: text('outcome_note').notNull().default(''),
    recordedBy: text('recorded_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.caseOwner, t.caseId] }), index('good_practice_adoptions_case_idx').on(t.caseOwner, t.caseId)],
);

/**
 * How many cases have each gram (any part, any status), for the search to leave common grams out
 * of gathering (search-query.ts); the row with gram '' holds the number of indexed cases. Kept by
 * repository.ts writeIndex in the write's transaction. Only chooses the query's path, never its
 * result, so it is not keyed by owner (a small table every node may hold whole).
 */
export const goodPracticeGramCounts = pgTable('good_practice_gram_counts', {
  gram: text('gram').primaryKey(),
  cases: integer('cases').notNull(),
});
