/**
 * The round's report as an Excel workbook, in the shape of the official verification tables:
 * 検証結果 (per KPI: baseline, target, actual, 進捗率, class, the members' comments, the response
 * and 改善策), 総評 (overall comments, response, 改善策) and 委員 (names as agreed, sectors,
 * declared interests). Numbers stay numeric with the platform's number format; every text cell is
 * spreadsheet-safe (a leading ' before a formula start); periods as 2024年度 and the date in 和暦.
 */
import type { Worksheet } from 'exceljs';
import { excelNumberFormat, formatDayWareki, formatPeriodText } from '../../../shared/display-format.ts';
import { loadExcelJS } from '../../../shared/load-exceljs.ts';
import { neutralizeText } from '../../../shared/spreadsheet-cells.ts';
import type { Report } from '../domain/round-view.ts';

const BOLD = { bold: true } as const;
// an empty text is an empty cell, not a cell holding ''
const safe = (row: unknown[]): unknown[] => row.map((v) => (v === null || v === undefined || v === '' ? null : typeof v === 'string' ? neutralizeText(v) : v));

export const KPI_HEADER = ['KPI ID', 'KPI', '単位', '基準値', '基準期間', '目標値', '目標期間', '実績値', '実績期間', '進捗率（%）', '判定', '委員の意見', '団体の対応', '改善策'];
const KPI_WIDTHS = [12, 40, 8, 12, 12, 12, 12, 12, 12, 10, 18, 50, 40, 40];
const VALUE_COLUMNS = [4, 6, 8];

const commentText = (cs: readonly { name: string; sector_label: string; body: string }[]) => cs.map((c) => `${c.name}（${c.sector_label}）: ${c.body}`).join('\n');

function title(ws: Worksheet, r: Report, what: string): void {
  ws.addRow(safe([`${r.round.title} ${what}`])).font = { bold: true, size: 14 };
  ws.addRow(safe([`${r.round.strategy_name}（団体コード ${r.round.owner_code}）／${r.round.fiscal_year_label}／評価基準日 ${formatDayWareki(r.round.evaluation_date)}`]));
  ws.addRow([]);
}

function kpiSheet(ws: Worksheet, r: Report): void {
  title(ws, r, '検証結果');
  ws.addRow(KPI_HEADER).font = BOLD;
  ws.columns = KPI_WIDTHS.map((width) => ({ width }));
  ws.views = [{ state: 'frozen', ySplit: 4, xSplit: 2 }];
  for (const k of r.kpis) {
    const row = ws.addRow(
      safe([
        k.id,
        k.name,
        k.unit,
        k.baseline?.value ?? null,
        k.baseline ? formatPeriodText(k.baseline.period) : null,
        k.target?.value ?? k.target?.text ?? null,
        k.target?.period ? formatPeriodText(k.target.period) : null,
        k.actual?.value ?? null,
        k.actual ? formatPeriodText(k.actual.period) : null,
        k.progress,
        k.status_label,
        commentText(k.comments),
        k.response,
        k.improvement,
      ]),
    );
    for (const c of VALUE_COLUMNS) row.getCell(c).numFmt = excelNumberFormat(k.unit);
    row.alignment = { vertical: 'top', wrapText: true };
  }
}

function overallSheet(ws: Worksheet, r: Report): void {
  title(ws, r, '総評');
  ws.columns = [{ width: 16 }, { width: 90 }];
  ws.addRow(['項目', '内容']).font = BOLD;
  ws.addRow(safe(['委員の総評', commentText(r.overall.comments)])).alignment = { vertical: 'top', wrapText: true };
  ws.addRow(safe(['団体の対応', r.overall.response])).alignment = { vertical: 'top', wrapText: true };
  ws.addRow(safe(['改善策', r.overall.improvement])).alignment = { vertical: 'top', wrapText: true };
}

function memberSheet(ws: Worksheet, r: Report): void {
  title(ws, r, '検証委員');
  ws.columns = [{ width: 24 }, { width: 20 }, { width: 30 }, { width: 40 }, { width: 20 }];
  ws.addRow(['氏名', '分野', '所属', '利益相反の申告', '除外したKPI']).font = BOLD;
  for (const m of r.members) ws.addRow(safe([m.name, m.sector_label, m.organisation, m.conflict || 'なし', m.excluded_kpis.join('、')]));
}

export async function reportToXlsx(r: Report): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sousei';
  kpiSheet(wb.addWorksheet('検証結果'), r);
  overallSheet(wb.addWorksheet('総評'), r);
  memberSheet(wb.addWorksheet('検証委員'), r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
