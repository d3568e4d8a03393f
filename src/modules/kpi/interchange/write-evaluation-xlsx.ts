/**
 * The evaluation as the official-style Excel workbook: 集計 (per status class and band), ノード別,
 * KPI別 and 実績値 — Japanese headers and level names (the web's words), the title with 和暦
 * beside 西暦, periods as 2025年度 / 2030年, numbers kept numeric with the platform's one display
 * format per unit (src/shared/display-format.ts), column widths and frozen header rows.
 */
import type { Worksheet } from 'exceljs';
import { excelNumberFormat, formatDayWareki, formatPeriodText } from '../../../shared/display-format.ts';
import { loadExcelJS } from '../../../shared/load-exceljs.ts';
import { OBSERVATION_FLAGS, type Catalog, type NodeLevel } from '../domain/catalog.ts';
import { BANDS, STATUSES, STATUS_LABELS } from '../domain/evaluate.ts';
import type { CatalogEvaluation } from '../domain/summarize.ts';
import { OBSERVATION_TEMPLATE } from './import-templates.ts';
import { EVALUATION_COLUMNS, allKpis, evaluationRows } from './write-catalog.ts';

/** The logic-model levels as the web names them (web/src/i18n/messages/common.ts level.*). */
export const LEVEL_LABELS: Readonly<Record<NodeLevel, string>> = { goal: '目標', impact: 'インパクト', outcome: 'アウトカム', output: 'アウトプット', other: 'その他' };

const BOLD = { bold: true } as const;

/** Widths (characters) of the KPI別 columns, in EVALUATION_COLUMNS order. */
const KPI_WIDTHS = [12, 12, 14, 48, 8, 6, 12, 12, 12, 12, 28, 12, 12, 8, 10, 16, 10, 14, 12, 60];
const PERIOD_COLUMNS = new Set(['基準期間', '目標期間', '実績期間']);
const VALUE_COLUMNS = new Set(['基準値', '目標値', '実績値']);

function headerRow(ws: Worksheet, header: string[], widths: number[]): void {
  ws.addRow(header).font = BOLD;
  ws.columns = widths.map((width) => ({ width }));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

function summarySheet(ws: Worksheet, ev: CatalogEvaluation): void {
  ws.addRow([`${ev.strategy.name} KPI検証（${formatDayWareki(ev.as_of)} 時点）`]).font = { bold: true, size: 14 };
  ws.addRow([]);
  ws.addRow(['判定', '件数']).font = BOLD;
  for (const s of STATUSES) ws.addRow([STATUS_LABELS[s], ev.summary.by_status[s]]);
  ws.addRow(['合計', ev.summary.total]).font = BOLD;
  ws.addRow([]);
  ws.addRow(['①B の進捗区分', '件数']).font = BOLD;
  for (const b of BANDS) ws.addRow([`${b}%`, ev.summary.by_band[b]]);
  ws.columns = [{ width: 28 }, { width: 10 }];
}

function nodeSheet(ws: Worksheet, ev: CatalogEvaluation): void {
  const header = ['ノードID', 'ノード', '階層', '親ノード', 'KPI数（配下を含む）', ...STATUSES.map((s) => STATUS_LABELS[s]), ...BANDS.map((b) => `①B ${b}%`)];
  headerRow(ws, header, [16, 48, 12, 14, 12, ...STATUSES.map(() => 14), ...BANDS.map(() => 12)]);
  for (const n of ev.summary.by_node) {
    const level = LEVEL_LABELS[n.level] ?? n.level;
    ws.addRow([n.node, n.name, level, n.parent ?? '', n.total, ...STATUSES.map((s) => n.by_status[s]), ...BANDS.map((b) => n.by_band[b])]);
  }
}

function kpiSheet(ws: Worksheet, ev: CatalogEvaluation): void {
  const header = EVALUATION_COLUMNS.map(([h]) => h);
  headerRow(ws, header, KPI_WIDTHS);
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  const unitAt = header.indexOf('単位');
  for (const r of evaluationRows(ev)) {
    const row = ws.addRow(header.map((h, i) => (PERIOD_COLUMNS.has(h) && typeof r[i] === 'string' && r[i] ? formatPeriodText(r[i] as string) : r[i])));
    const fmt = excelNumberFormat(String(r[unitAt] ?? ''));
    header.forEach((h, i) => {
      if (VALUE_COLUMNS.has(h) && typeof r[i] === 'number') row.getCell(i + 1).numFmt = fmt;
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

/** The actual values under the import's own Japanese headers: the sheet re-imports as it is. */
function observationSheet(ws: Worksheet, catalog: Catalog): void {
  headerRow(ws, [...OBSERVATION_TEMPLATE.header, '期間（表示）'], [...OBSERVATION_TEMPLATE.widths, 22]);
  for (const k of allKpis(catalog.kpis)) {
    const fmt = excelNumberFormat(k.unit);
    for (const o of k.observations) {
      const row = ws.addRow([
        k.id,
        o.period.label,
        o.value,
        o.flag ? OBSERVATION_FLAGS[o.flag] : '',
        o.source ?? '',
        o.note ?? '',
        formatPeriodText(o.period.label, { wareki: true }),
      ]);
      row.getCell(3).numFmt = fmt;
    }
  }
}

export async function evaluationToXlsx(catalog: Catalog, ev: CatalogEvaluation): Promise<Uint8Array> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = 'Sousei';
  wb.created = new Date();
  summarySheet(wb.addWorksheet('集計'), ev);
  nodeSheet(wb.addWorksheet('ノード別'), ev);
  kpiSheet(wb.addWorksheet('KPI別'), ev);
  observationSheet(wb.addWorksheet('実績値'), catalog);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
