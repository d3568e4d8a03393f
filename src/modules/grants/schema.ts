/**
 * 第2世代交付金 storage. Every table carries owner_code — the applicant's 団体コード — first in its
 * key, so a distributed PostgreSQL distributes by it and co-locates an application's rows.
 * Application ids are unique across owners (random), so URLs need only the id. One application
 * per government and fiscal year (seed 002 L446–447: 一本の申請) is a unique key.
 *
 * The content is kept whole per version (grant_application_versions, validated by
 * domain/application-content.ts); what is queried across applications — status, totals, the
 * decided amounts — is kept in columns.
 */
import { bigint, boolean, char, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const grantApplications = pgTable(
  'grant_applications',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    id: text('id').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    title: text('title').notNull(),
    status: text('status').notNull(),
    /** 都道府県 / 中枢中核都市 / 市区町村, as the caps were applied */
    applicantKind: text('applicant_kind').notNull(),
    currentVersion: integer('current_version').notNull().default(1),
    /** the version submitted (and reviewed, decided) */
    submittedVersion: integer('submitted_version'),
    /** national share requested over all projects and years (current version), and decided */
    requestedTotal: bigint('requested_total', { mode: 'number' }).notNull().default(0),
    decidedTotal: bigint('decided_total', { mode: 'number' }),
    /** errors and warnings of the rule checks on the current version */
    checkErrors: integer('check_errors').notNull().default(0),
    checkWarnings: integer('check_warnings').notNull().default(0),
    sample: boolean('sample').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ownerCode, t.id] }),
    uniqueIndex('grant_applications_one_per_year').on(t.ownerCode, t.fiscalYear),
    index('grant_applications_id_idx').on(t.id),
    index('grant_applications_status_idx').on(t.status, t.fiscalYear),
  ],
);

export const grantApplicationVersions = pgTable(
  'grant_application_versions',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    applicationId: text('application_id').notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.applicationId, t.version] })],
);

/** The workflow's history: every transition with its comment and details. */
export const grantEvents = pgTable(
  'grant_events',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    applicationId: text('application_id').notNull(),
    seq: integer('seq').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    version: integer('version').notNull(),
    comment: text('comment').notNull().default(''),
    details: jsonb('details'),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.applicationId, t.seq] })],
);

/** Reviewers assigned by the secretariat (users with the reviewer role). */
export const grantReviewers = pgTable(
  'grant_reviewers',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    applicationId: text('application_id').notNull(),
    userId: text('user_id').notNull(),
    assignedBy: text('assigned_by').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.applicationId, t.userId] }), index('grant_reviewers_user_idx').on(t.userId)],
);

/** One reviewer's score and comment on one of the four criteria (seed 002 L455–459). */
export const grantReviews = pgTable(
  'grant_reviews',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    applicationId: text('application_id').notNull(),
    userId: text('user_id').notNull(),
    criterion: text('criterion').notNull(),
    score: smallint('score').notNull(),
    comment: text('comment').notNull().default(''),
    version: integer('version').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.applicationId, t.userId, t.criterion] })],
);

/** The amount decided per project and fiscal year (0: not adopted), with the reason. */
export const grantDecisions = pgTable(
  'grant_decisions',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    applicationId: text('application_id').notNull(),
    projectId: text('project_id').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    /** national share decided, yen */
    amount: bigint('amount', { mode: 'number' }).notNull(),
    /** the project's kind, kept for the national roll-up without reading versions */
    kind: text('kind').notNull(),
    reason: text('reason').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.applicationId, t.projectId, t.fiscalYear] })],
);

/**
 * The effect verification (効果検証) after execution: who took part, by sector (産官学金労言), and
 * per funded project the engine's evaluation of its KPIs at the time, the panel's assessment and
 * the improvement measures. Published once complete.
 */
export const grantVerifications = pgTable(
  'grant_verifications',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    applicationId: text('application_id').notNull(),
    /** the fiscal year verified */
    fiscalYear: integer('fiscal_year').notNull(),
    participants: jsonb('participants').notNull().default([]),
    /** per project: { project_id, kpis: [evaluation], assessment, improvement } */
    results: jsonb('results').notNull().default([]),
    /** the evaluation date of the KPIs */
    asOf: text('as_of').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    recordedBy: text('recorded_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.applicationId, t.fiscalYear] })],
);
