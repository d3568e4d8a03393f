/**
 * A snapshot comparison as an Excel workbook: 概要 (both snapshots and the counts), 都道府県別
 * (projects and amounts before, after and the difference), 追加・削除・変更 (one row per
 * project). Amounts stay numeric with the yen format; text cells are neutralised like every export.
 */
import { formatDayWareki } from '../../../shared/display-format.ts';
import { loadExcelJS } from '../../../shared/load-exceljs.ts';
import { neutralizeText } from '../../../shared/spreadsheet-cells.ts';
import type { SnapshotProject } from '../domain/snapshot-compare.ts';
import type { SnapshotComparisonView } from '../use-cases/compare-snapshots.ts';

const FIELD_LABELS: Record<string, string> = { title: '案件名', pref_code: '都道府県', muni_code: '市区町村', amount_yen: '投資額' };
const YEN = '#,##0';

const safe = (row: unknown[]): unknown[] => row.map((v) => (v === null || v === undefined ? null : typeof v === 'string' ? neutralizeText(v) : v));
const sideLabel = (s: { title: string; as_of: string } | null) => (s ? `${s.title}（${formatDayWareki(s.as_of)}時点）` : 'なし（最初のスナップショット）');
const projectRow = (p: SnapshotProject) => [p.plan_id, p.project_id, p.title, p.pref_code, p.muni_code, p.amount_yen];

export async function snapshotComparisonToXlsx(c: SnapshotComparisonView): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  const sheet = (name: string, header: string[], widths: number[], yenColumns: number[]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(header).font = { bold: true };
    ws.columns = widths.map((width) => ({ width }));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const col of yenColumns) ws.getColumn(col).numFmt = YEN;
    return ws;
  };
  const summary = wb.addWorksheet('概要');
  summary.addRow(['国内投資マップ スナップショットの比較']).font = { bold: true, size: 14 };
  summary.addRow(safe(['比較元', sideLabel(c.before)]));
  summary.addRow(safe(['比較先', sideLabel(c.after)]));
  summary.addRow(['追加された案件', c.added.length]);
  summary.addRow(['削除された案件', c.removed.length]);
  summary.addRow(['変更された案件', c.changed.length]);
  summary.addRow(['変更のない案件', c.unchanged]);
  summary.columns = [{ width: 20 }, { width: 60 }];

  const prefs = sheet(
    '都道府県別',
    ['都道府県コード', '都道府県', '案件数（前）', '案件数（後）', '投資額（前、円）', '投資額（後、円）', '増減（円）'],
    [14, 12, 12, 12, 20, 20, 20],
    [5, 6, 7],
  );
  for (const m of c.by_prefecture) prefs.addRow(safe([m.pref_code, m.pref_name, m.before_projects, m.after_projects, m.before_amount, m.after_amount, m.delta]));

  const projectHeader = ['計画ID', '案件ID', '案件名', '都道府県コード', '団体コード', '投資額（円）'];
  const added = sheet('追加', projectHeader, [16, 14, 40, 14, 10, 20], [6]);
  for (const p of c.added) added.addRow(safe(projectRow(p)));
  const removed = sheet('削除', projectHeader, [16, 14, 40, 14, 10, 20], [6]);
  for (const p of c.removed) removed.addRow(safe(projectRow(p)));
  const changed = sheet(
    '変更',
    ['計画ID', '案件ID', '案件名', '変更した項目', '投資額（前、円）', '投資額（後、円）', '増減（円）', '団体コード（前）', '団体コード（後）'],
    [16, 14, 40, 20, 20, 20, 20, 14, 14],
    [5, 6, 7],
  );
  for (const ch of c.changed) {
    changed.addRow(
      safe([
        ch.plan_id,
        ch.project_id,
        ch.after.title,
        ch.fields.map((f) => FIELD_LABELS[f] ?? f).join('・'),
        ch.before.amount_yen,
        ch.after.amount_yen,
        ch.delta,
        ch.before.muni_code,
        ch.after.muni_code,
      ]),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
