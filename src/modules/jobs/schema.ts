import { char, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * Work that runs after the request that started it has been answered (large imports): the
 * request gets a job id to poll. Keyed by the owner's 団体コード first, like the records the job
 * writes, so it shards with them.
 */
export const jobs = pgTable(
  'jobs',
  {
    ownerCode: char('owner_code', { length: 6 }).notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** e.g. 'strategy.import' */
    kind: text('kind').notNull(),
    /** what the job works on, e.g. the strategy id */
    subject: text('subject').notNull(),
    /** file name as given, for messages */
    file: text('file'),
    bytes: integer('bytes'),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('queued'),
    /** the process running it: host, pid and process start time (to tell a job whose process died) */
    runner: text('runner'),
    /** audit name of who started it */
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    result: jsonb('result'),
    /** the error in the API's error shape ({ code, message, issues }) */
    error: jsonb('error'),
  },
  (t) => [primaryKey({ columns: [t.ownerCode, t.id] })],
);

export type JobRow = typeof jobs.$inferSelect;
