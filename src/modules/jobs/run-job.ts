/**
 * Starting a job and keeping its state: the row in `jobs` records who started what and how it
 * ended (every process serving the database can answer a poll); progress lives in the memory
 * of the process running it. The work itself runs after the request that started it has been
 * answered.
 */
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { formatIdentity, parseIdentity, processAlive, thisProcess } from '../../infra/process-identity.ts';
import { InputError } from '../../shared/errors.ts';
import type { JobProgress, JobView, ProgressFn } from './job-view.ts';
import { jobs, type JobRow } from './schema.ts';

/** Finished jobs are kept this long for polling and review, then removed. */
export const JOB_RETENTION_DAYS = 30;

const live = new Map<string, { progress: JobProgress | null; done: Promise<void> }>();

const toView = (r: JobRow, progress: JobProgress | null = null): JobView => ({
  id: r.id,
  kind: r.kind,
  subject: r.subject,
  file: r.file,
  bytes: r.bytes,
  status: r.status,
  progress,
  result: r.result ?? null,
  error: (r.error as JobView['error']) ?? null,
  created_at: r.createdAt.toISOString(),
  started_at: r.startedAt?.toISOString() ?? null,
  finished_at: r.finishedAt?.toISOString() ?? null,
});

export interface JobStart {
  ownerCode: string;
  kind: string;
  subject: string;
  file?: string;
  bytes?: number;
  createdBy: string;
}

export interface StartedJob {
  job: JobView;
  /** settles when the job has finished and its row is written (tests, the CLI) */
  finished: Promise<void>;
}

/**
 * Records a job and runs `work` in the background. An InputError ends it as failed with the
 * located issues; any other error as failed with an internal error (passed to `onInternalError`
 * for the log, never shown).
 */
export async function startJob(db: Database, start: JobStart, work: (progress: ProgressFn) => Promise<unknown>, onInternalError?: (e: unknown) => void): Promise<StartedJob> {
  const [row] = await db
    .insert(jobs)
    .values({
      ownerCode: start.ownerCode,
      kind: start.kind,
      subject: start.subject,
      file: start.file ?? null,
      bytes: start.bytes ?? null,
      createdBy: start.createdBy,
      status: 'running',
      startedAt: new Date(),
      runner: formatIdentity(thisProcess()),
    })
    .returning();
  const id = row!.id;
  const entry: { progress: JobProgress | null; done: Promise<void> } = { progress: { step: 'reading', done: 0, total: 1 }, done: Promise.resolve() };
  live.set(id, entry);
  const finish = (values: Partial<typeof jobs.$inferInsert>) =>
    db
      .update(jobs)
      .set({ ...values, finishedAt: new Date() })
      .where(and(eq(jobs.ownerCode, start.ownerCode), eq(jobs.id, id)));
  entry.done = (async () => {
    // After the response: the request's own work is done before any of this runs.
    await new Promise((r) => setImmediate(r));
    try {
      const result = await work((p) => (entry.progress = p));
      await finish({ status: 'succeeded', result: result as Record<string, unknown> });
    } catch (e) {
      if (e instanceof InputError) await finish({ status: 'failed', error: { code: 'invalid_input', message: e.message, issues: e.issues } });
      else {
        onInternalError?.(e);
        await finish({ status: 'failed', error: { code: 'internal', message: '取り込み中にサーバー内部エラーが発生しました。データベースは変更されていません' } }).catch(() => {});
      }
    } finally {
      live.delete(id);
    }
  })();
  return { job: toView(row!, entry.progress), finished: entry.done };
}

/** A job of `ownerCode`, or null; a job whose process has died is reported (and recorded) as failed. */
export async function getJob(db: Database, ownerCode: string, id: string): Promise<JobView | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const [row] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.ownerCode, ownerCode), eq(jobs.id, id)));
  if (!row) return null;
  const here = live.get(id);
  if (here) return toView(row, here.progress);
  if (row.status === 'running' || row.status === 'queued') {
    const runner = row.runner ? parseIdentity(row.runner) : null;
    if (runner && !processAlive(runner)) {
      const error = { code: 'interrupted', message: '取り込みはサーバーの停止により中断されました。データベースは変更されていません（もう一度取り込んでください）' };
      await db
        .update(jobs)
        .set({ status: 'failed', error, finishedAt: new Date() })
        .where(and(eq(jobs.ownerCode, ownerCode), eq(jobs.id, id), inArray(jobs.status, ['running', 'queued'])));
      return { ...toView(row), status: 'failed', error };
    }
  }
  return toView(row);
}

/** Removes finished jobs older than the retention period. */
export async function pruneJobs(db: Database): Promise<void> {
  await db.delete(jobs).where(and(inArray(jobs.status, ['succeeded', 'failed']), lt(jobs.createdAt, sql`now() - make_interval(days => ${JOB_RETENTION_DAYS})`)));
}
