/**
 * Storage of the external verification rounds (効果検証) of a strategy. Every table carries
 * owner_code — the strategy owner's 団体コード — first in its key, so a distributed PostgreSQL
 * co-locates a round with its strategy. Round ids are random and unique across owners, so URLs
 * need only the id. One round per strategy and fiscal year (a unique key that includes owner_code).
 */
import { char, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const verificationRounds = pgTable(
  'verification_rounds',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    id: text('id').notNull(),
    strategyId: text('strategy_id').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    title: text('title').notNull(),
    /** the day the KPIs are evaluated as of (YYYY-MM-DD) */
    evaluationDate: text('evaluation_date').notNull(),
    /** draft → open → closed (→ open again) → published */
    status: text('status').notNull(),
    /** the report as published: it does not move when observations change later */
    report: jsonb('report'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.ownerCode, t.id] }),
    uniqueIndex('verification_rounds_one_per_year').on(t.ownerCode, t.strategyId, t.fiscalYear),
    index('verification_rounds_id_idx').on(t.id),
  ],
);

/** Panel members: users, with the name the report shows, their sector and declared interests. */
export const verificationMembers = pgTable(
  'verification_members',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    roundId: text('round_id').notNull(),
    userId: text('user_id').notNull(),
    /** the name as the member agreed to be published (e.g. 「富山大学 教授 佐藤」) */
    displayName: text('display_name').notNull(),
    sector: text('sector').notNull(),
    organisation: text('organisation').notNull().default(''),
    /** '' = no conflict of interest declared; otherwise the text of the interest */
    conflict: text('conflict').notNull().default(''),
    /** KPI ids the member is excluded from because of the declared interest */
    excludedKpis: jsonb('excluded_kpis').notNull().default([]),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.roundId, t.userId] }), index('verification_members_user_idx').on(t.userId)],
);

/** A member's comment per KPI; kpi_id '' is the overall comment. */
export const verificationComments = pgTable(
  'verification_comments',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    roundId: text('round_id').notNull(),
    userId: text('user_id').notNull(),
    kpiId: text('kpi_id').notNull(),
    body: text('body').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.roundId, t.userId, t.kpiId] })],
);

/** A member's sign-off and the fingerprint of the evaluation they were shown. */
export const verificationSignoffs = pgTable(
  'verification_signoffs',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    roundId: text('round_id').notNull(),
    userId: text('user_id').notNull(),
    fingerprint: text('fingerprint').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.roundId, t.userId] })],
);

/** The government's response and 改善策 per KPI; kpi_id '' is the overall one. */
export const verificationResponses = pgTable(
  'verification_responses',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    roundId: text('round_id').notNull(),
    kpiId: text('kpi_id').notNull(),
    response: text('response').notNull().default(''),
    improvement: text('improvement').notNull().default(''),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.roundId, t.kpiId] })],
);
