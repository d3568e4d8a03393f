/**
 * A round's summary as an Excel workbook for publication: 概要 (the round, with 和暦 beside 西暦,
 * and the totals), 計画別, 類型別, 都道府県別, 5W1H (each item's status, what was done, the
 * delay's cause) and KPI実績. Japanese headers and labels; every text cell neutralised (a title
 * or a report text starting with = + - @ stays text); numbers stay numeric.
 */
import type { Worksheet } from 'exceljs';
import { excelNumberFormat, formatDayWareki, formatPeriodText } from '../../../shared/display-format.ts';
import { loadExcelJS } from '../../../shared/load-exceljs.ts';
import { neutralizeText } from '../../../shared/spreadsheet-cells.ts';
import { ACTION_STATUS_LABELS, BOTTLENECK_KIND_LABELS } from '../domain/bottlenecks.ts';
import { PLAN_TYPE_LABELS } from '../domain/plan-types.ts';
import { STATUS_LABELS, type PlanStatus } from '../domain/workflow.ts';
import type { Counts, ReportState, RoundSummary } from '../use-cases/round-summary.ts';

const BOLD = { bold: true } as const;

export const REPORT_STATE_LABELS: Record<ReportState, string> = {
  none: '未提出',
  draft: '作成中（未提出）',
  submitted: '提出済み（確認中）',
  accepted: '受理',
  returned: '差し戻し',
};

const cell = (v: unknown): string | number => (v === null || v === undefined ? '' : typeof v === 'number' ? v : neutralizeText(String(v)));

function table(ws: Worksheet, header: string[], widths: number[], rows: unknown[][]): void {
  ws.addRow(header).font = BOLD;
  ws.columns = widths.map((width) => ({ width }));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) ws.addRow(r.map(cell));
  if (rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

const COUNT_HEADER = ['対象計画数', '未提出', '作成中', '提出済み（確認中）', '受理', '差し戻し', '遅れている5W1H項目', '撤退基準に該当'];
const countCells = (c: Counts) => [c.plans, c.not_submitted, c.draft, c.submitted, c.accepted, c.returned, c.late_items, c.withdrawal_flagged];

function overview(ws: Worksheet, s: RoundSummary): void {
  const r = s.round;
  ws.addRow([neutralizeText(`${r.title} 進捗確認の結果`)]).font = { bold: true, size: 14 };
  ws.addRow([]);
  const rows: [string, string][] = [
    ['対象期間', `${formatDayWareki(r.period_start)}〜${formatDayWareki(r.period_end)}`],
    ['提出期限', formatDayWareki(r.deadline)],
    ['対象の計画類型', r.plan_types.map((t) => PLAN_TYPE_LABELS[t as keyof typeof PLAN_TYPE_LABELS] ?? t).join('・')],
    ['公表', r.published_at ? formatDayWareki(r.published_at.slice(0, 10)) : '未公表'],
    ['集計日', formatDayWareki(s.as_of)],
  ];
  for (const [k, v] of rows) ws.addRow([k, neutralizeText(v)]).getCell(1).font = BOLD;
  ws.addRow([]);
  ws.addRow(COUNT_HEADER).font = BOLD;
  ws.addRow(countCells(s.totals));
  ws.columns = [{ width: 18 }, { width: 48 }, ...COUNT_HEADER.slice(2).map(() => ({ width: 14 }))];
}

function planSheet(ws: Worksheet, s: RoundSummary): void {
  const header = ['計画ID', '類型', '計画の名称', '計画の状態', '報告', '訂正版', '未着手', '実施中', '完了', '遅延', '未報告', '遅れている項目', '撤退基準', 'ボトルネック'];
  const rows = s.plans.map((p) => [
    p.plan_id,
    PLAN_TYPE_LABELS[p.type],
    p.title,
    STATUS_LABELS[p.status as PlanStatus] ?? p.status,
    REPORT_STATE_LABELS[p.report_status],
    p.revision,
    p.items_by_status.not_started,
    p.items_by_status.in_progress,
    p.items_by_status.done,
    p.items_by_status.delayed,
    p.items_unreported,
    p.late_items,
    p.withdrawal_met.length > 0 ? '撤退基準に該当' : '',
    p.bottlenecks.map((b) => `${BOTTLENECK_KIND_LABELS[b.kind]}: ${b.message}`).join('\n'),
  ]);
  table(ws, header, [18, 22, 40, 16, 18, 8, 8, 8, 8, 8, 8, 12, 14, 80], rows);
}

function itemSheet(ws: Worksheet, s: RoundSummary): void {
  const header = ['計画ID', '計画の名称', '5W1H項目ID', '内容', '期限', '状況', '実施内容', '遅れの原因', '遅れ'];
  const rows = s.plans.flatMap((p) =>
    p.report_items.map((i) => [
      p.plan_id,
      p.title,
      i.action_id,
      i.content,
      i.deadline ? formatPeriodText(i.deadline) : '',
      i.status ? ACTION_STATUS_LABELS[i.status] : '未報告',
      i.done,
      i.delay_cause,
      i.late ? '遅れ' : '',
    ]),
  );
  table(ws, header, [18, 40, 14, 48, 14, 10, 48, 48, 8], rows);
}

function kpiSheet(ws: Worksheet, s: RoundSummary): void {
  table(ws, ['計画ID', '計画の名称', 'KPI ID', 'KPI', '期間', '実績値', '単位'], [18, 40, 14, 40, 16, 16, 10], []);
  for (const p of s.plans) {
    for (const v of p.kpi_values) {
      const row = ws.addRow([p.plan_id, p.title, v.kpi_id, v.name, formatPeriodText(v.period, { wareki: true }), v.value, v.unit].map(cell));
      row.getCell(6).numFmt = excelNumberFormat(v.unit);
    }
  }
}

export async function roundSummaryToXlsx(s: RoundSummary): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sousei';
  overview(wb.addWorksheet('概要'), s);
  planSheet(wb.addWorksheet('計画別'), s);
  table(
    wb.addWorksheet('類型別'),
    ['類型', ...COUNT_HEADER],
    [24, ...COUNT_HEADER.map(() => 14)],
    s.by_type.map((t) => [t.label, ...countCells(t)]),
  );
  table(
    wb.addWorksheet('都道府県別'),
    ['都道府県コード', '都道府県', ...COUNT_HEADER],
    [12, 12, ...COUNT_HEADER.map(() => 14)],
    s.by_prefecture.map((p) => [p.pref_code, p.name, ...countCells(p)]),
  );
  itemSheet(wb.addWorksheet('5W1H'), s);
  kpiSheet(wb.addWorksheet('KPI実績'), s);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
