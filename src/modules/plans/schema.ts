/**
 * Plans storage. Every table carries owner_code first in its key — the lead owner's 団体コード
 * for B and C, '000000' (the nation) for A and for the secretariat's rounds and map snapshots —
 * so a distributed PostgreSQL can distribute by owner_code and co-locate a plan's rows. Plan ids
 * are unique across owners (random), so URLs need only the id.
 *
 * A plan's entry items are kept whole per version (plan_versions.content, validated by
 * domain/plan-content.ts), which makes every version comparable field by field; what is queried
 * across plans — the header, the investment projects and 5W1H items of the published version —
 * is also kept in columns.
 */
import { bigint, boolean, char, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

export const plans = pgTable(
  'plans',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    id: text('id').notNull(),
    type: text('type', { enum: ['A', 'B', 'C'] }).notNull(),
    title: text('title').notNull(),
    status: text('status').notNull(),
    /** the organisation that owns it: a 団体コード, or a bureau's id for A */
    ownerOrgId: text('owner_org_id').notNull(),
    coOwnerOrgIds: text('co_owner_org_ids').array().notNull().default([]),
    reviewerOrgIds: text('reviewer_org_ids').array().notNull().default([]),
    /** prefectures the plan concerns (its area and owners), 2 digits: the list's filter */
    prefCodes: text('pref_codes').array().notNull().default([]),
    /** A: the strategic field; B, C: the industry domain / products */
    field: text('field').notNull().default(''),
    finalFy: integer('final_fy'),
    /** the version being edited, and the version the public sees (null until published nationally) */
    currentVersion: integer('current_version').notNull().default(1),
    publishedVersion: integer('published_version'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    localPublishedOn: date('local_published_on'),
    localUrl: text('local_url'),
    /** 撤退基準に該当: set by a round's evaluation, cleared by the owner's decision */
    withdrawalFlag: boolean('withdrawal_flag').notNull().default(false),
    /** the published version's texts, for the public list's search */
    searchText: text('search_text').notNull().default(''),
    /** the published version's KGIs (id, kind, name, unit, target), for the list without reading versions */
    publishedKgis: jsonb('published_kgis').notNull().default([]),
    /** sample content (sousei demo): shown as such everywhere, removed by `sousei demo remove` */
    sample: boolean('sample').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.id] }), index('plans_id_idx').on(t.id), index('plans_published_idx').on(t.publishedVersion, t.type)],
);

export const planVersions = pgTable(
  'plan_versions',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    planId: text('plan_id').notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.planId, t.version] })],
);

/** The workflow's history: every transition, with its comment (advice, reasons) and details. */
export const planEvents = pgTable(
  'plan_events',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    planId: text('plan_id').notNull(),
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
  (t) => [primaryKey({ columns: [t.ownerCode, t.planId, t.seq] })],
);

/** Comments on a plan (reviewers', the secretariat's, colleagues'), optionally on one entry item. */
export const planComments = pgTable(
  'plan_comments',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    planId: text('plan_id').notNull(),
    seq: integer('seq').notNull(),
    version: integer('version').notNull(),
    path: text('path'),
    body: text('body').notNull(),
    author: text('author').notNull(),
    authorOrgId: text('author_org_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.planId, t.seq] })],
);

/** A reviewer's verdict on one requirement (要件) of one version. */
export const planRequirementVerdicts = pgTable(
  'plan_requirement_verdicts',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    planId: text('plan_id').notNull(),
    version: integer('version').notNull(),
    requirementNo: integer('requirement_no').notNull(),
    verdict: text('verdict', { enum: ['met', 'not_met'] }).notNull(),
    evidence: text('evidence').notNull().default(''),
    comment: text('comment').notNull().default(''),
    judgedBy: text('judged_by').notNull(),
    judgedAt: timestamp('judged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.planId, t.version, t.requirementNo] })],
);

/** The investment projects of each plan's published version: what the 国内投資マップ draws. */
export const planInvestments = pgTable(
  'plan_investments',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    planId: text('plan_id').notNull(),
    projectId: text('project_id').notNull(),
    planType: text('plan_type', { enum: ['A', 'B', 'C'] }).notNull(),
    planStatus: text('plan_status').notNull(),
    field: text('field').notNull().default(''),
    title: text('title').notNull(),
    investorName: text('investor_name').notNull(),
    ministry: text('ministry').notNull().default(''),
    amountYen: bigint('amount_yen', { mode: 'number' }).notNull(),
    investDate: text('invest_date'),
    /** fiscal year of invest_date (April–March), for the year filter and slider */
    investFy: integer('invest_fy'),
    operationDate: text('operation_date'),
    muniCode: char('muni_code', { length: 6 }).notNull(),
    prefCode: char('pref_code', { length: 2 }).notNull(),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
  },
  (t) => [
    primaryKey({ columns: [t.ownerCode, t.planId, t.projectId] }),
    index('plan_investments_pref_idx').on(t.prefCode, t.investFy),
    index('plan_investments_muni_idx').on(t.muniCode),
  ],
);

/** The 5W1H action items of each plan's published version: what progress reports are made against. */
export const planActionItems = pgTable(
  'plan_action_items',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    planId: text('plan_id').notNull(),
    itemId: text('item_id').notNull(),
    measureId: text('measure_id').notNull(),
    content: text('content').notNull().default(''),
    department: text('department').notNull().default(''),
    deadline: text('deadline'),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.planId, t.itemId] })],
);

/** A progress round opened by the secretariat (A: semiannual; B, C: a period set per round). */
export const planRounds = pgTable(
  'plan_rounds',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    id: text('id').notNull(),
    title: text('title').notNull(),
    planTypes: text('plan_types').array().notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    deadline: date('deadline').notNull(),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    sample: boolean('sample').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    openedBy: text('opened_by').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.id] })],
);

/** One plan's report in one round: per 5W1H item and per KPI. Accepted reports are locked (corrections are audited revisions). */
export const planReports = pgTable(
  'plan_reports',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    planId: text('plan_id').notNull(),
    roundId: text('round_id').notNull(),
    status: text('status', { enum: ['draft', 'submitted', 'accepted', 'returned'] })
      .notNull()
      .default('draft'),
    /** optimistic lock, bumped by every write */
    lockVersion: integer('lock_version').notNull().default(1),
    /** 0 until accepted; a correction after acceptance makes revision 1, 2, … */
    revision: integer('revision').notNull().default(0),
    items: jsonb('items').notNull().default([]),
    kpiValues: jsonb('kpi_values').notNull().default([]),
    returnComment: text('return_comment').notNull().default(''),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.planId, t.roundId] })],
);

/** The owner's decision after 撤退基準に該当: continue (with reason), revise, or withdraw. */
export const planWithdrawalDecisions = pgTable(
  'plan_withdrawal_decisions',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    planId: text('plan_id').notNull(),
    roundId: text('round_id').notNull(),
    criteria: jsonb('criteria').notNull(),
    decision: text('decision', { enum: ['continue', 'revise', 'withdraw'] }),
    reason: text('reason').notNull().default(''),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.planId, t.roundId] })],
);

/** A dated, published snapshot of the 国内投資マップ (its projects and totals as they were). */
export const investmentMapSnapshots = pgTable(
  'investment_map_snapshots',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    id: text('id').notNull(),
    title: text('title').notNull(),
    asOf: date('as_of').notNull(),
    data: jsonb('data').notNull(),
    sample: boolean('sample').notNull().default(false),
    publishedBy: text('published_by').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.id] }), index('investment_map_snapshots_as_of').on(t.ownerCode, t.asOf)],
);

export type PlanRow = typeof plans.$inferSelect;
export type PlanReportRow = typeof planReports.$inferSelect;
export type PlanRoundRow = typeof planRounds.$inferSelect;
