/**
 * Reading an uploaded CSV/Excel table into checked rows — in a worker thread (see
 * src/infra/worker-pool.ts): decoding, parsing and every row's checks happen there; the main
 * thread only writes the result. The strategy's keys are passed in, the rows come back.
 */
import { asWorkerResult, runInWorker, type WorkerResult } from '../../../infra/worker-pool.ts';
import { isXlsx, readTable, type TextEncodingChoice } from '../../../shared/tabular.ts';
import { checkXlsxArchive } from '../../../shared/xlsx-guard.ts';
import { isKpiTable, readKpiTable, type KpiRow } from './read-kpi-table.ts';
import { readObservationTable, type ObservationRow } from './read-observation-table.ts';

export interface TableUpload {
  bytes: Uint8Array;
  file: string;
  encoding?: TextEncodingChoice;
  sheet?: string;
}

/** What the strategy has, for checking the rows (plain arrays: they cross the thread boundary). */
export interface StrategyKeys {
  kpiIds: string[];
  nodeIds: string[];
  kpiParents: Array<[string, string | null]>;
}

export type ParsedTable = { kind: 'kpis'; rows: KpiRow[] } | { kind: 'observations'; rows: ObservationRow[] };

/** Runs in the worker. */
export function parseTableInWorker(upload: TableUpload, keys: StrategyKeys): Promise<WorkerResult<ParsedTable>> {
  return asWorkerResult(async () => {
    if (isXlsx(upload.bytes) || /\.xlsx$/i.test(upload.file)) await checkXlsxArchive(upload.bytes, upload.file);
    const table = await readTable(upload.bytes, upload.file, { encoding: upload.encoding, sheet: upload.sheet });
    if (isKpiTable(table)) return { kind: 'kpis', rows: readKpiTable(table, new Set(keys.nodeIds), new Map(keys.kpiParents)) } as const;
    return { kind: 'observations', rows: readObservationTable(table, new Set(keys.kpiIds)) } as const;
  });
}

/** Parses a table upload off the main thread; InputError with every issue when it is bad. */
export function parseTableUpload(upload: TableUpload, keys: StrategyKeys): Promise<ParsedTable> {
  return runInWorker<ParsedTable>(new URL(import.meta.url), 'parseTableInWorker', [upload, keys], upload.file);
}
