/** An import job of a strategy: only for those who may write the strategy. */
import type { Database } from '../../../db/client.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import type { Principal } from '../../auth/index.ts';
import { getJob, type JobView } from '../../jobs/index.ts';
import { assertCanWriteStrategy, strategyOwnerOrNotFound } from '../permissions.ts';
import { STRATEGY_IMPORT_JOB } from './start-table-import.ts';

export async function getImportJob(db: Database, input: { by: Principal; strategyId: string; jobId: string }): Promise<JobView> {
  const owner = await strategyOwnerOrNotFound(db, input.strategyId);
  assertCanWriteStrategy(input.by, owner);
  const job = await getJob(db, owner, input.jobId);
  if (!job || job.subject !== input.strategyId || job.kind !== STRATEGY_IMPORT_JOB) throw new NotFoundError(`取込「${input.jobId}」はありません`);
  return job;
}
