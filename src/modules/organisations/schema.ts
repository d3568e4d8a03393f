import { char, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Organisations other than local governments (those are the areas master, keyed by 団体コード):
 * the secretariat, ministries and bureaus, reviewers' bodies, companies. Small and read-mostly:
 * a reference (replicated) table on a distributed PostgreSQL. A company's id is its 法人番号.
 */
export const organisations = pgTable(
  'organisations',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['secretariat', 'ministry', 'bureau', 'reviewer_body', 'company'] }).notNull(),
    name: text('name').notNull(),
    corporateNumber: char('corporate_number', { length: 13 }),
    parentId: text('parent_id'),
    prefCodes: text('pref_codes').array().notNull().default([]),
    address: text('address'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organisations_corporate_number').on(t.corporateNumber)],
);

export type OrganisationRow = typeof organisations.$inferSelect;

/**
 * A user's organisation when it is not the government of their org_code: staff of the
 * secretariat, a ministry or bureau, a reviewers' body or a company. One organisation per user
 * (a person who serves two bodies has two accounts, so every action names one body).
 */
export const organisationMembers = pgTable('organisation_members', {
  userId: text('user_id').primaryKey(),
  orgId: text('org_id')
    .notNull()
    .references(() => organisations.id),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
});
