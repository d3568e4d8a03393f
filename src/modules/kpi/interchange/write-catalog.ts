/**
 * Catalog and evaluation → the interchange JSON and CSV (UTF-8 with BOM for Excel, or Shift_JIS);
 * the Excel workbook is write-evaluation-xlsx.ts. What is imported can be exported and imported again unchanged.
 *
 * CSV cells go through src/shared/spreadsheet-cells.ts: text that a spreadsheet would run as a
 * formula gets a leading apostrophe (the table readers take it off again), numbers stay numbers.
 * These tables have no 団体コード column, so nothing is written as ="…".
 */
import { csvText, isExcelEncoding, spreadsheetRows } from '../../../shared/spreadsheet-cells.ts';
import { encodeText, type TextEncodingName } from '../../../shared/text-encoding.ts';
import type { Catalog, CatalogKpi } from '../domain/catalog.ts';
import { STATUS_LABELS, type KpiEvaluation } from '../domain/evaluate.ts';
import type { CatalogEvaluation } from '../domain/summarize.ts';

function kpiToJson(k: CatalogKpi, withComponents: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: k.id,
    node: k.node,
    name: k.name,
    unit: k.unit,
    direction: k.direction,
    baseline: k.baseline ? { value: k.baseline.value, period: k.baseline.period.label } : null,
    targets: k.targets.map((t) => ({
      value: t.value,
      period: t.period?.label ?? null,
      text: t.text,
      set_in: t.setIn,
      ...(t.relativeTo ? { relative_to: t.relativeTo } : {}),
      ...t.extra,
    })),
    target_text: k.targetText,
    ...(k.isNew ? { is_new: true } : {}),
    ...(withComponents ? { components: k.components.map((c) => kpiToJson(c, false)) } : {}),
    observations: k.observations.map((o) => ({
      period: o.period.label,
      value: o.value,
      ...(o.flag ? { flag: o.flag } : {}),
      ...(o.source ? { source: o.source } : {}),
      ...(o.note ? { note: o.note } : {}),
    })),
  };
  return { ...out, ...k.extra };
}

export function catalogToJson(c: Catalog): Record<string, unknown> {
  return {
    strategy: { id: c.strategy.id, name: c.strategy.name, ...c.strategy.extra },
    nodes: c.nodes.map((n) => ({ id: n.id, parent: n.parent, level: n.level, name: n.name, ...n.extra })),
    kpis: c.kpis.map((k) => kpiToJson(k, true)),
    ...c.extra,
  };
}

export type CsvEncoding = Extract<TextEncodingName, 'utf8' | 'utf8-bom' | 'sjis'>;

function csvBytes(header: string[], rows: unknown[][], encoding: CsvEncoding): Uint8Array {
  return encodeText(csvText(spreadsheetRows([header, ...rows], { excel: isExcelEncoding(encoding) })), encoding);
}

export function* allKpis(kpis: CatalogKpi[]): Generator<CatalogKpi> {
  for (const k of kpis) {
    yield k;
    yield* allKpis(k.components);
  }
}

export const OBSERVATION_CSV_HEADER = ['kpi_id', 'period', 'value', 'flag', 'source', 'note'];

export function observationsToCsv(c: Catalog, encoding: CsvEncoding = 'utf8-bom'): Uint8Array {
  const rows: unknown[][] = [];
  for (const k of allKpis(c.kpis)) for (const o of k.observations) rows.push([k.id, o.period.label, o.value, o.flag ?? '', o.source ?? '', o.note ?? '']);
  return csvBytes(OBSERVATION_CSV_HEADER, rows, encoding);
}

export const KPI_CSV_HEADER = [
  'kpi_id',
  'node',
  'parent_kpi',
  'name',
  'unit',
  'direction',
  'baseline_value',
  'baseline_period',
  'target_value',
  'target_period',
  'target_text',
  'target_set_in',
  'is_new',
];

/** KPI definitions with their current target and original wording, one row per KPI or component (re-importable unchanged). */
export function kpisToCsv(c: Catalog, encoding: CsvEncoding = 'utf8-bom'): Uint8Array {
  const rows: unknown[][] = [];
  const add = (k: CatalogKpi, parent: string | null) => {
    const t = k.targets.at(-1);
    rows.push([
      k.id,
      k.node,
      parent ?? '',
      k.name,
      k.unit,
      k.direction,
      k.baseline?.value ?? '',
      k.baseline?.period.label ?? '',
      t?.value ?? '',
      t?.period?.label ?? '',
      k.targetText ?? '',
      t?.setIn ?? '',
      k.isNew ? 1 : '',
    ]);
    for (const comp of k.components) add(comp, k.id);
  };
  for (const k of c.kpis) add(k, null);
  return csvBytes(KPI_CSV_HEADER, rows, encoding);
}

const DIRECTION_JA = { increase: '増加', decrease: '減少', maintain: '維持' } as const;

export const EVALUATION_COLUMNS: Array<[string, (e: KpiEvaluation, parent: string | null) => unknown]> = [
  ['指標ID', (e) => e.id],
  ['構成元KPI', (_e, p) => p ?? ''],
  ['ノード', (e) => e.node],
  ['指標', (e) => e.name],
  ['単位', (e) => e.unit],
  ['方向', (e) => DIRECTION_JA[e.direction]],
  ['基準値', (e) => e.baseline?.value ?? ''],
  ['基準期間', (e) => e.baseline?.period ?? ''],
  ['目標値', (e) => e.target?.value ?? ''],
  ['目標期間', (e) => e.target?.period ?? ''],
  ['目標（原文）', (e) => e.target?.text ?? ''],
  ['実績値', (e) => e.actual?.value ?? ''],
  ['実績期間', (e) => e.actual?.period ?? ''],
  ['区分', (e) => e.actual?.flag_label ?? ''],
  ['進捗率(%)', (e) => e.progress ?? ''],
  ['判定', (e) => STATUS_LABELS[e.status]],
  ['進捗区分', (e) => e.band ?? ''],
  ['目標線に対し順調', (e) => (e.on_track === null ? '' : e.on_track ? '順調' : '遅れ')],
  ['改定前目標達成', (e) => (e.pre_revision_target_reached ? '達成済み' : '')],
  ['判定理由', (e) => e.reason],
];

export function evaluationRows(ev: CatalogEvaluation): unknown[][] {
  const rows: unknown[][] = [];
  const add = (e: KpiEvaluation, parent: string | null) => {
    rows.push(EVALUATION_COLUMNS.map(([, f]) => f(e, parent)));
    for (const c of e.components ?? []) add(c, e.id);
  };
  for (const e of ev.kpis) add(e, null);
  return rows;
}

export function evaluationToCsv(ev: CatalogEvaluation, encoding: CsvEncoding = 'utf8-bom'): Uint8Array {
  return csvBytes(
    EVALUATION_COLUMNS.map(([h]) => h),
    evaluationRows(ev),
    encoding,
  );
}
