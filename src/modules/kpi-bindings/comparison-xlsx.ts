/**
 * The comparison as an Excel workbook: 戦略KPIの比較 (every bound KPI with the engine's class and
 * progress, the asking government and its 類似団体 first) and 類似団体の指標値 (the indicator's own
 * latest figure and its change for the government and its 類似団体). Numbers stay numeric in the
 * platform's number format; text cells are spreadsheet-safe; periods as 2024年度, the date in 和暦.
 */
import type { Worksheet } from 'exceljs';
import { excelNumberFormat, formatDayWareki, formatPeriodText } from '../../shared/display-format.ts';
import { loadExcelJS } from '../../shared/load-exceljs.ts';
import { neutralizeText } from '../../shared/spreadsheet-cells.ts';
import type { StrategyComparison } from './compare-strategies.ts';
import type { Relation } from './comparison.ts';

const BOLD = { bold: true } as const;
const safe = (row: unknown[]): unknown[] => row.map((v) => (v === null || v === undefined || v === '' ? null : typeof v === 'string' ? neutralizeText(v) : v));
const period = (p: string | null | undefined) => (p ? formatPeriodText(p) : null);

export function relationLabel(relation: Relation, rank: number | null): string {
  if (relation === 'self') return '自団体';
  return relation === 'similar' ? `類似団体（${rank}位）` : 'その他';
}

export const COMPARISON_HEADER = [
  '区分',
  '団体コード',
  '団体名',
  '戦略',
  'KPI ID',
  'KPI',
  '単位',
  '系列の地域',
  '基準値',
  '基準期間',
  '目標値',
  '目標期間',
  '実績値',
  '実績期間',
  '進捗率（%）',
  '判定',
];
const COMPARISON_WIDTHS = [16, 10, 16, 30, 12, 36, 8, 16, 12, 12, 12, 12, 12, 12, 10, 16];
export const PEER_HEADER = ['区分', '団体コード', '団体名', '都道府県', '最新値', '期間', '比較値', '比較期間', '増減', '連動KPI数'];

function heading(ws: Worksheet, c: StrategyComparison, what: string): void {
  ws.addRow(safe([`${c.indicator.name}（${c.indicator.unit}） ${what}`])).font = { bold: true, size: 14 };
  const area = c.area ? `${c.area.name ?? ''}（団体コード ${c.area.code}）と${c.similar.label ?? '他の団体'}` : '全団体';
  ws.addRow(safe([`${area}／評価基準日 ${formatDayWareki(c.as_of)}`]));
  ws.addRow([]);
}

function kpiSheet(ws: Worksheet, c: StrategyComparison): void {
  heading(ws, c, '戦略KPIの比較');
  ws.addRow(COMPARISON_HEADER).font = BOLD;
  ws.columns = COMPARISON_WIDTHS.map((width) => ({ width }));
  ws.views = [{ state: 'frozen', ySplit: 4, xSplit: 3 }];
  for (const r of c.rows) {
    const e = r.evaluation;
    const row = ws.addRow(
      safe([
        relationLabel(r.relation, r.similar_rank),
        r.owner_code,
        r.owner_name,
        r.strategy_name,
        r.kpi_id,
        r.kpi_name,
        r.unit,
        r.series_area.name ?? r.series_area.code,
        e.baseline?.value ?? null,
        period(e.baseline?.period),
        e.target?.value ?? e.target?.text ?? null,
        period(e.target?.period),
        e.actual?.value ?? null,
        period(e.actual?.period),
        e.progress,
        e.status_label,
      ]),
    );
    for (const col of [9, 11, 13]) row.getCell(col).numFmt = excelNumberFormat(r.unit);
  }
  if (c.truncated) ws.addRow(safe([`ほか ${c.total - c.rows.length} 件（近い団体から ${c.rows.length} 件を掲載）`]));
}

function peerSheet(ws: Worksheet, c: StrategyComparison): void {
  heading(ws, c, '類似団体の指標値');
  ws.addRow(PEER_HEADER).font = BOLD;
  ws.columns = [16, 10, 16, 12, 12, 12, 12, 12, 12, 10].map((width) => ({ width }));
  for (const p of c.peers) {
    const row = ws.addRow(
      safe([
        relationLabel(p.relation, p.similar_rank),
        p.code,
        p.name,
        p.pref_name,
        p.latest?.value ?? null,
        period(p.latest?.period),
        p.earlier?.value ?? null,
        period(p.earlier?.period),
        p.change,
        p.kpi_count,
      ]),
    );
    for (const col of [5, 7, 9]) row.getCell(col).numFmt = excelNumberFormat(c.indicator.unit);
  }
  if (c.similar.note) ws.addRow(safe([c.similar.note]));
  ws.addRow([]);
  for (const line of c.attribution) ws.addRow(safe([line]));
}

export async function comparisonToXlsx(c: StrategyComparison): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sousei';
  kpiSheet(wb.addWorksheet('戦略KPIの比較'), c);
  peerSheet(wb.addWorksheet('類似団体の指標値'), c);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
