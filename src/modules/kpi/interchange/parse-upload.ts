/**
 * Reading an uploaded CSV/Excel table into checked rows — in a worker thread (see
 * src/infra/worker-pool.ts): decoding, parsing and every row's checks happen there; the main
 * thread only writes the result. The strategy's keys are passed in, the rows come back.
 */
import { asWorkerResult, runInWorker, type WorkerResult } from '../../../infra/worker-pool.ts';
import { yieldToEventLoop } from '../../../infra/yield.ts';
import { isXlsx, readTable, type TextEncodingChoice } from '../../../shared/tabular.ts';
import { checkXlsxArchive } from '../../../shared/xlsx-guard.ts';
import { refuseTemplateExamples } from '../../../shared/import-template.ts';
import { KPI_TEMPLATE, OBSERVATION_TEMPLATE } from './import-templates.ts';
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

/** Rows cross the thread boundary as JSON text in slices (see parseTableUpload). */
interface ParsedSlices {
  kind: ParsedTable['kind'];
  slices: string[];
}

/** Rows per slice: each JSON.parse on the main thread stays a few milliseconds. */
const SLICE = 5_000;

/** Runs in the worker. */
export function parseTableInWorker(upload: TableUpload, keys: StrategyKeys): Promise<WorkerResult<ParsedSlices>> {
  return asWorkerResult(async () => {
    if (isXlsx(upload.bytes) || /\.xlsx$/i.test(upload.file)) await checkXlsxArchive(upload.bytes, upload.file);
    const table = await readTable(upload.bytes, upload.file, { encoding: upload.encoding, sheet: upload.sheet });
    refuseTemplateExamples(table, [OBSERVATION_TEMPLATE, KPI_TEMPLATE]);
    const parsed: ParsedTable = isKpiTable(table)
      ? { kind: 'kpis', rows: readKpiTable(table, new Set(keys.nodeIds), new Map(keys.kpiParents)) }
      : { kind: 'observations', rows: readObservationTable(table, new Set(keys.kpiIds)) };
    const slices: string[] = [];
    for (let i = 0; i < parsed.rows.length; i += SLICE) slices.push(JSON.stringify(parsed.rows.slice(i, i + SLICE)));
    return { kind: parsed.kind, slices };
  });
}

/**
 * Parses a table upload off the main thread; InputError with every issue when it is bad. The
 * rows come back as JSON slices, parsed here one at a time with the event loop getting a turn
 * in between: receiving 100,000 row objects in one message paused the main thread for ~0.3–0.6 s.
 * (Rows are plain data — numbers, strings, null and plain objects — so JSON keeps them exactly.)
 */
export async function parseTableUpload(upload: TableUpload, keys: StrategyKeys): Promise<ParsedTable> {
  const r = await runInWorker<ParsedSlices>(new URL(import.meta.url), 'parseTableInWorker', [upload, keys], upload.file);
  const rows: unknown[] = [];
  for (const slice of r.slices) {
    for (const row of JSON.parse(slice) as unknown[]) rows.push(row);
    await yieldToEventLoop();
  }
  return { kind: r.kind, rows } as ParsedTable;
}
