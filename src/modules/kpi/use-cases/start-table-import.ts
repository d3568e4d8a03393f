/**
 * A CSV/Excel upload by a signed-in user: permission and the kind of file are decided before
 * anything is read or stored; the table is then imported by a job (202 at once, poll the job).
 */
import type { Database } from '../../../db/client.ts';
import type { Logger } from '../../../infra/logger.ts';
import { InputError } from '../../../shared/errors.ts';
import type { TextEncodingChoice } from '../../../shared/tabular.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import { startJob, type JobView } from '../../jobs/index.ts';
import { classifyImport } from '../interchange/classify-import.ts';
import { assertCanWriteStrategy, strategyOwnerOrNotFound } from '../permissions.ts';
import { importTableFile } from './import-table.ts';

export const STRATEGY_IMPORT_JOB = 'strategy.import';

export interface StartTableImportInput {
  by: Principal;
  strategyId: string;
  /** reads the upload; called only once the principal may write the strategy */
  upload: () => Promise<{ bytes: Uint8Array; file: string; encoding: TextEncodingChoice; sheet?: string }>;
  logger?: Logger;
}

export async function startTableImport(db: Database, input: StartTableImportInput): Promise<JobView> {
  const { by, strategyId } = input;
  const owner = await strategyOwnerOrNotFound(db, strategyId);
  assertCanWriteStrategy(by, owner);
  const { bytes, file, encoding, sheet } = await input.upload();
  if (classifyImport(bytes, file) === 'catalog') {
    throw InputError.single({ file, code: 'unsupported_format', reason: 'ここでは CSV/Excel の実績値・KPI定義を取り込めます（戦略全体の JSON は CLI で取り込みます）' });
  }
  const actor = auditNameOf(by);
  const { job } = await startJob(
    db,
    { ownerCode: owner, kind: STRATEGY_IMPORT_JOB, subject: strategyId, file, bytes: bytes.length, createdBy: actor },
    (progress) => importTableFile(db, { bytes, file, actor, strategyId, encoding, sheet, onProgress: (done, total) => progress({ step: 'writing', done, total }) }),
    (e) => input.logger?.error({ err: e, job: STRATEGY_IMPORT_JOB }, 'import job failed'),
  );
  return job;
}
