/** The CLI's `sousei import`: a catalog or a table, by the file's content. */
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { classifyImport } from '../interchange/classify-import.ts';
import { importCatalogFile } from './import-catalog.ts';
import { importTableFile } from './import-table.ts';
import type { ImportRequest, ImportResult } from './import-types.ts';

export async function importFile(db: Database, req: ImportRequest): Promise<ImportResult> {
  if (classifyImport(req.bytes, req.file) === 'catalog') return importCatalogFile(db, req);
  if (!req.strategyId) throw InputError.single({ file: req.file, code: 'strategy_required', reason: 'CSV/Excel の取込には戦略ID（--strategy）の指定が必要です' });
  return importTableFile(db, { ...req, strategyId: req.strategyId });
}
