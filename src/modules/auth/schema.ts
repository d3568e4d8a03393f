import { boolean, char, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * People who sign in. Small and looked up by email across organisations, so on a distributed
 * PostgreSQL this is a reference (replicated) table; org_code ties a user to a government.
 */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** argon2id (memory-hard) PHC string */
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['admin', 'editor', 'viewer', 'reviewer'] }).notNull(),
  /** the user's organisation: a 団体コード ('000000' = national government) */
  orgCode: char('org_code', { length: 6 }).notNull(),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** last password change; sessions created before it are no longer valid */
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
});

/** Server-side sessions: the cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export type UserRow = typeof users.$inferSelect;

/**
 * Failed sign-ins counted per account and per client address, so that guessing is slowed down
 * across every process serving the same database. Keys are SHA-256 hashes ('account:…',
 * 'address:…'): neither e-mail addresses nor IP addresses are stored in clear.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  /** start of the current counting window */
  windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
  /** no sign-in for this key before this time (even with the right password) */
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
