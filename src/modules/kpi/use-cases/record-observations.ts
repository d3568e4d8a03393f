/**
 * Observation entry from the web form: rows checked like a table import (errors name the row,
 * not a file line), stored all or nothing, and the evaluations of the KPIs touched before and
 * after, so the page can show what the entry changed.
 */
import type { Database } from '../../../db/client.ts';
import { InputError } from '../../../shared/errors.ts';
import { auditNameOf, type Principal } from '../../auth/index.ts';
import type { CatalogCache } from '../catalog-cache.ts';
import type { Catalog } from '../domain/catalog.ts';
import { evaluateKpi, type KpiEvaluation } from '../domain/evaluate.ts';
import { kpiIdsOfCatalog } from '../interchange/apply-observations.ts';
import { readObservationTable } from '../interchange/read-observation-table.ts';
import { assertCanWriteStrategy, strategyOwnerOrNotFound } from '../permissions.ts';
import { upsertObservations, type ObservationWriteResult } from './upsert-observations.ts';

export interface FormObservation {
  kpi_id: string;
  period: string | number;
  value: string | number | null;
  flag?: string | null;
  source?: string | null;
  note?: string | null;
}

export interface RecordObservationsInput {
  by: Principal;
  strategyId: string;
  rows: readonly FormObservation[];
  /** the day the evaluations are made for */
  asOf: number;
}

export interface RecordObservationsResult {
  result: ObservationWriteResult;
  before: KpiEvaluation[];
  kpis: KpiEvaluation[];
}

/** Evaluations of the top-level KPIs that `ids` (KPIs or components) belong to. */
const evaluationsOf = (catalog: Catalog, ids: Set<string>, asOf: number) =>
  catalog.kpis.filter((k) => ids.has(k.id) || k.components.some((c) => ids.has(c.id))).map((k) => evaluateKpi(k, asOf));

export async function recordObservations(db: Database, catalogs: CatalogCache, input: RecordObservationsInput): Promise<RecordObservationsResult> {
  const { by, strategyId, asOf } = input;
  assertCanWriteStrategy(by, await strategyOwnerOrNotFound(db, strategyId));
  const table = {
    file: 'フォーム',
    header: ['kpi_id', 'period', 'value', 'flag', 'source', 'note'],
    rows: input.rows.map((r, i) => ({ line: i + 1, cells: [r.kpi_id, r.period, r.value, r.flag ?? null, r.source ?? null, r.note ?? null] })),
  };
  const before = await catalogs.get(strategyId);
  let parsed: ReturnType<typeof readObservationTable>;
  try {
    parsed = readObservationTable(table, kpiIdsOfCatalog(before));
  } catch (e) {
    // A form has rows, not file lines: report them as such.
    if (e instanceof InputError) throw new InputError(e.issues.map(({ line, file: _file, ...rest }) => ({ ...rest, row: line })));
    throw e;
  }
  const result = await upsertObservations(db, strategyId, parsed, { actor: auditNameOf(by), source: 'web form' });
  const touched = new Set(parsed.map((r) => r.kpiId));
  return { result, before: evaluationsOf(before, touched, asOf), kpis: evaluationsOf(await catalogs.get(strategyId), touched, asOf) };
}
