/** Public entry of the jobs module: background work started by a request, polled by id. */
export { jobs, JOB_STATUSES, type JobStatus, type JobRow } from './schema.ts';
export { startJob, getJob, pruneJobs, JOB_RETENTION_DAYS, type JobStart, type StartedJob } from './run-job.ts';
export type { JobView, JobProgress, ProgressFn } from './job-view.ts';
