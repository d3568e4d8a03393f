/**
 * KPI definitions from a CSV/Excel table (one row per KPI or component), the way planners keep
 * KPI lists in Excel. Rows update a stored strategy: new KPIs are added; a changed target is
 * appended as a revision, so the target history is kept.
 */
import { InputError } from '../../../shared/errors.ts';
import type { Period } from '../../../shared/periods.ts';
import type { Direction } from '../domain/catalog.ts';
import { DIRECTION_HINT, parseDirection } from '../domain/vocabulary.ts';
import { parseTargetWording } from '../domain/evaluate.ts';
import { PeriodReader, issueCollector, readNumber } from '../../../shared/field-readers.ts';
import { MAX_KPI_IMPORT_ROWS, MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '../../../shared/input-limits.ts';
import { headerKeys, mapColumns, normalizeHeader, refuseTooManyRows, type Cell, type ColumnSpec, type Table } from '../../../shared/tabular.ts';
import { textProblem } from '../../../shared/text-checks.ts';

/**
 * One row of a KPI list. `undefined` means the file has no such column: the stored value stays
 * (a file need not carry every column to update the ones it has).
 */
export interface KpiRow {
  line: number;
  id: string;
  node: string;
  name: string;
  direction: Direction;
  parentKpi: string | null | undefined;
  unit: string | undefined;
  baseline: { value: number; period: Period } | null | undefined;
  /** the current target; a different value or period is appended as a revision */
  target: { value: number | null; period: Period | null; setIn: string | null } | null | undefined;
  /** the target's original wording (目標（原文）) */
  targetText: string | null | undefined;
  isNew: boolean | undefined;
}

type Key = 'id' | 'node' | 'parent' | 'name' | 'unit' | 'direction' | 'baselineValue' | 'baselinePeriod' | 'targetValue' | 'targetPeriod' | 'targetText' | 'setIn' | 'isNew';

export const KPI_COLUMNS: ColumnSpec<Key>[] = [
  { key: 'id', aliases: ['kpi_id', 'KPI ID', '指標ID', 'id'], required: true },
  { key: 'node', aliases: ['node', 'ノード', 'ノードID'], required: true },
  { key: 'parent', aliases: ['parent_kpi', '構成元KPI', '親KPI'], required: false },
  { key: 'name', aliases: ['name', '指標', '指標名', 'KPI'], required: true },
  { key: 'unit', aliases: ['unit', '単位'], required: false },
  { key: 'direction', aliases: ['direction', '方向'], required: true },
  { key: 'baselineValue', aliases: ['baseline_value', '基準値'], required: false },
  { key: 'baselinePeriod', aliases: ['baseline_period', '基準期間', '基準年', '基準年度'], required: false },
  { key: 'targetValue', aliases: ['target_value', '目標値'], required: false },
  { key: 'targetPeriod', aliases: ['target_period', '目標期間', '目標年', '目標年度'], required: false },
  { key: 'targetText', aliases: ['target_text', '目標（原文）', '目標'], required: false },
  { key: 'setIn', aliases: ['target_set_in', '目標設定時期', '設定時期'], required: false },
  { key: 'isNew', aliases: ['is_new', '新規'], required: false },
];

/** A table is a KPI list (not actual values) when it has a node and a direction column. */
export function isKpiTable(table: Table): boolean {
  const h = new Set(table.header.flatMap(headerKeys));
  const has = (aliases: string[]) => aliases.some((a) => h.has(normalizeHeader(a)));
  return has(KPI_COLUMNS.find((c) => c.key === 'node')!.aliases) && has(KPI_COLUMNS.find((c) => c.key === 'direction')!.aliases);
}

const text = (c: Cell | undefined): string | null => (c === null || c === undefined ? null : String(c).trim() || null);
const TRUE_WORDS = new Set(['1', 'true', 'yes', '○', '〇', '新規', 'y']);

/** A component's parent must be a KPI of the file or of the strategy, and not itself a component. */
function checkParents(rows: readonly KpiRow[], storedKpis: ReadonlyMap<string, string | null>, report: (r: KpiRow, code: string, reason: string) => void): void {
  const fileIds = new Map(rows.map((r) => [r.id, r]));
  for (const r of rows) {
    if (!r.parentKpi) continue;
    const parentRow = fileIds.get(r.parentKpi);
    const parentOfParent = parentRow ? parentRow.parentKpi : storedKpis.get(r.parentKpi);
    if (!parentRow && !storedKpis.has(r.parentKpi)) report(r, 'unknown_kpi', `構成元KPI「${r.parentKpi}」がありません`);
    else if (parentOfParent) report(r, 'nested_component', `構成元KPI「${r.parentKpi}」自体が構成指標です（構成指標は1階層まで）`);
  }
}

/**
 * @param nodeIds the strategy's node ids
 * @param storedKpis ids already stored, with their parent (a row's parent_kpi may name a stored
 *   top-level KPI, never a stored component)
 */
export function readKpiTable(table: Table, nodeIds: ReadonlySet<string>, storedKpis: ReadonlyMap<string, string | null>): KpiRow[] {
  refuseTooManyRows(table, MAX_KPI_IMPORT_ROWS);
  const cols = mapColumns(table, KPI_COLUMNS);
  const label = (k: Key) => (cols[k] !== undefined ? table.header[cols[k]!]! : KPI_COLUMNS.find((c) => c.key === k)!.aliases[0]!);
  const collector = issueCollector();
  const periods = new PeriodReader();
  const seen = new Map<string, number>();
  const out: KpiRow[] = [];
  for (const row of table.rows) {
    if (collector.full) break;
    const at = (k: Key) => (code: string, reason: string) => collector.add({ file: table.file, line: row.line, column: label(k), code, reason });
    const get = (k: Key) => (cols[k] === undefined ? null : (row.cells[cols[k]!] ?? null));
    const before = collector.issues.length;
    // Stored text has limits (names and labels vs wording); forms reach here too, so also NUL etc.
    for (const k of KPI_COLUMNS) {
      const c = get(k.key);
      const p = typeof c === 'string' ? textProblem(c, k.key === 'targetText' ? MAX_NOTE_LENGTH : MAX_NAME_LENGTH) : null;
      if (p) at(k.key)(p.code, p.reason);
    }
    if (collector.issues.length > before) continue;
    const id = text(get('id'));
    const node = text(get('node'));
    const name = text(get('name'));
    if (!id) at('id')('missing_value', 'KPI ID が空です');
    else if (seen.has(id)) at('id')('duplicate_id', `KPI ID「${id}」が ${seen.get(id)}行目と重複しています`);
    if (!node) at('node')('missing_value', 'ノードが空です');
    else if (!nodeIds.has(node)) at('node')('unknown_node', `ノード「${node}」はこの戦略にありません`);
    if (!name) at('name')('missing_value', '指標名が空です');
    const direction = parseDirection(text(get('direction')));
    if (!direction) at('direction')('invalid_direction', `方向「${text(get('direction')) ?? ''}」は使えません（${DIRECTION_HINT}）`);
    const bv = readNumber(get('baselineValue'), at('baselineValue'));
    const bpRaw = get('baselinePeriod');
    const bp = bpRaw === null ? null : periods.read(bpRaw, at('baselinePeriod'));
    if ((bv === null) !== (bp === null) && bv !== undefined && bp !== undefined) {
      at(bv === null ? 'baselineValue' : 'baselinePeriod')('incomplete_baseline', '基準値と基準期間は両方とも記入するか、両方とも空にしてください');
    }
    const tv = readNumber(get('targetValue'), at('targetValue'));
    const tpRaw = get('targetPeriod');
    const tp = tpRaw === null ? null : periods.read(tpRaw, at('targetPeriod'));
    if (id) seen.set(id, row.line);
    if (collector.issues.length > before || !id || !node || !name || !direction || bv === undefined || bp === undefined || tv === undefined || tp === undefined) continue;
    const has = (k: Key) => cols[k] !== undefined;
    const targetText = has('targetText') ? text(get('targetText')) : undefined;
    out.push({
      line: row.line,
      id,
      node,
      name,
      direction,
      parentKpi: has('parent') ? text(get('parent')) : undefined,
      unit: has('unit') ? (text(get('unit')) ?? '') : undefined,
      baseline: has('baselineValue') || has('baselinePeriod') ? (bv !== null && bp !== null ? { value: bv, period: bp } : null) : undefined,
      // A target is a number, a direction (「増加（2020年度比）」) or a level relative to another
      // series (「東京圏以上」); other wording without a number is just the KPI's target text (a
      // qualitative goal, or a composite's summary).
      target:
        has('targetValue') || has('targetPeriod')
          ? tv !== null || parseTargetWording(targetText ?? null)
            ? { value: tv, period: tp, setIn: text(get('setIn')) }
            : null
          : undefined,
      targetText,
      isNew: has('isNew') ? TRUE_WORDS.has((text(get('isNew')) ?? '').toLowerCase()) : undefined,
    });
  }
  checkParents(out, storedKpis, (r, code, reason) => collector.add({ file: table.file, line: r.line, column: label('parent'), code, reason }));
  if (collector.issues.length > 0) throw new InputError(collector.issues);
  if (out.length === 0) throw InputError.single({ file: table.file, code: 'no_rows', reason: 'データ行がありません' });
  return out;
}
