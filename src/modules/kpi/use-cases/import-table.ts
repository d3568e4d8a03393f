/**
 * Actual values or KPI definitions (a CSV/Excel table, parsed in a worker) into a stored
 * strategy, all or nothing. Reached from the CLI (operators) and from start-table-import's job
 * (a user allowed to write the strategy).
 */
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { formatDay, todayDay } from '../../../shared/periods.ts';
import { classifyImport } from '../interchange/classify-import.ts';
import { parseTableUpload } from '../interchange/parse-upload.ts';
import { strategyKeys } from '../repository.ts';
import type { ImportRequest, TableImportResult } from './import-types.ts';
import { upsertKpiDefinitions } from './update-kpi-definitions.ts';
import { upsertObservations } from './upsert-observations.ts';

export async function importTableFile(db: Database, req: ImportRequest & { strategyId: string }): Promise<TableImportResult> {
  if (classifyImport(req.bytes, req.file) !== 'table')
    throw InputError.single({ file: req.file, code: 'unsupported_format', reason: 'CSV または Excel（.xlsx）のファイルを指定してください' });
  const keys = await strategyKeys(db, req.strategyId);
  const parsed = await parseTableUpload(
    { bytes: req.bytes, file: req.file, encoding: req.encoding, sheet: req.sheet },
    { kpiIds: [...keys.kpiParents.keys()], nodeIds: [...keys.nodeIds], kpiParents: [...keys.kpiParents] },
  );
  if (parsed.kind === 'kpis') {
    const r = await upsertKpiDefinitions(db, req.strategyId, parsed.rows, { actor: req.actor, source: req.file, today: formatDay(todayDay()), onProgress: req.onProgress });
    return { kind: 'kpis', strategy: req.strategyId, rows: parsed.rows.length, ...r };
  }
  const r = await upsertObservations(db, req.strategyId, parsed.rows, { actor: req.actor, source: req.file, onProgress: req.onProgress });
  return { kind: 'observations', strategy: req.strategyId, rows: parsed.rows.length, ...r };
}
