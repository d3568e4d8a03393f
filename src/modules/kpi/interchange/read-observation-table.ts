/**
 * Actual values from a CSV/Excel table (one row per KPI and period). Column names may be English
 * or Japanese. Every row is checked before anything is stored.
 */
import { InputError } from '../../../shared/errors.ts';
import type { Period } from '../../../shared/periods.ts';
import type { ObservationFlag } from '../domain/catalog.ts';
import { FLAG_HINT, parseFlag } from '../domain/vocabulary.ts';
import { PeriodReader, reportMissing, issueCollector, readNumber } from '../../../shared/field-readers.ts';
import { MAX_KPI_IMPORT_ROWS, MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '../../../shared/input-limits.ts';
import { mapColumns, refuseTooManyRows, type Cell, type ColumnSpec, type Table } from '../../../shared/tabular.ts';
import { textProblem } from '../../../shared/text-checks.ts';

export interface ObservationRow {
  line: number;
  kpiId: string;
  period: Period;
  /** null: the row carries a missing marker (「－」「…」) and stores nothing */
  value: number | null;
  flag: ObservationFlag | null;
  source: string | null;
  note: string | null;
}

export const OBSERVATION_COLUMNS: ColumnSpec<'kpi' | 'period' | 'value' | 'flag' | 'source' | 'note'>[] = [
  { key: 'kpi', aliases: ['kpi_id', 'KPI ID', 'KPI', '指標ID', 'KPI番号', 'id'], required: true },
  { key: 'period', aliases: ['period', '期間', '期間・年度', '年度', '年', '時点'], required: true },
  { key: 'value', aliases: ['value', '実績値', '値', '実績'], required: true },
  { key: 'flag', aliases: ['flag', '区分', 'フラグ', '値の区分'], required: false },
  { key: 'source', aliases: ['source', '出典'], required: false },
  { key: 'note', aliases: ['note', '備考', '注記'], required: false },
];

const text = (c: Cell | undefined): string | null => (c === null || c === undefined ? null : String(c).trim() || null);

/**
 * @param knownKpis ids of the KPIs (and components) of the strategy the rows belong to
 */
export function readObservationTable(table: Table, knownKpis: ReadonlySet<string>): ObservationRow[] {
  refuseTooManyRows(table, MAX_KPI_IMPORT_ROWS);
  const cols = mapColumns(table, OBSERVATION_COLUMNS);
  // Errors name a column as the file writes it (「区分」, not 'flag').
  const names = Object.fromEntries(OBSERVATION_COLUMNS.map((c) => [c.key, cols[c.key] !== undefined ? table.header[cols[c.key]!] : c.aliases[0]])) as Record<string, string>;
  const collector = issueCollector();
  const periods = new PeriodReader();
  const seen = new Map<string, number>();
  const out: ObservationRow[] = [];
  for (const row of table.rows) {
    if (collector.full) break;
    const at = (key: string) => (code: string, reason: string) => collector.add({ file: table.file, line: row.line, column: names[key], code, reason });
    const get = (i: number | undefined) => (i === undefined ? null : (row.cells[i] ?? null));
    const before = collector.issues.length;
    // Stored text has limits (source and note are wording); forms reach here too, so also NUL etc.
    for (const c of OBSERVATION_COLUMNS) {
      const v = get(cols[c.key]);
      const p = typeof v === 'string' ? textProblem(v, c.key === 'source' || c.key === 'note' ? MAX_NOTE_LENGTH : MAX_NAME_LENGTH) : null;
      if (p) at(c.key)(p.code, p.reason);
    }
    if (collector.issues.length > before) continue;
    const kpiId = text(get(cols.kpi));
    if (!kpiId) at('kpi')('missing_value', 'KPI ID が空です');
    else if (!knownKpis.has(kpiId)) at('kpi')('unknown_kpi', `KPI「${kpiId}」はこの戦略にありません`);
    const rawPeriod = get(cols.period);
    const period = rawPeriod === null ? reportMissing(at('period'), '期間が空です') : periods.read(rawPeriod, at('period'));
    const value = readNumber(get(cols.value), at('value'));
    const flag = parseFlag(text(get(cols.flag)));
    if (flag === undefined) at('flag')('invalid_flag', `区分「${text(get(cols.flag))}」は使えません（${FLAG_HINT}）`);
    if (collector.issues.length > before || !kpiId || !period || value === undefined || flag === undefined) continue;
    const key = `${kpiId}\u0000${period.label}`;
    const dup = seen.get(key);
    if (dup !== undefined) {
      at('period')('duplicate_period', `KPI「${kpiId}」の期間「${period.label}」が ${dup}行目と重複しています`);
      continue;
    }
    seen.set(key, row.line);
    out.push({ line: row.line, kpiId, period, value, flag, source: text(get(cols.source)), note: text(get(cols.note)) });
  }
  if (collector.issues.length > 0) throw new InputError(collector.issues);
  if (out.length === 0) throw InputError.single({ file: table.file, code: 'no_rows', reason: 'データ行がありません' });
  return out;
}
