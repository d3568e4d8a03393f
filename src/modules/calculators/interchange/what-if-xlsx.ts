/**
 * The what-if table as an Excel workbook: sheet 「純負担の試算」 with the company's amounts and the
 * evaluation date on top, then one row per donation (yen as numbers in the one yen format, the
 * burden as a percentage); sheet 「根拠の規定」 with every parameter used, its value and source.
 * Text cells are neutralised like every export (spreadsheet-cells.ts).
 */
import { formatDayWareki, MINUS_SIGN } from '../../../shared/display-format.ts';
import { loadExcelJS } from '../../../shared/load-exceljs.ts';
import { neutralizeText } from '../../../shared/spreadsheet-cells.ts';
import { SOURCE_KIND_LABELS } from '../../rulebook/index.ts';
import type { WhatIfResult } from '../domain/what-if.ts';
import { percentText } from '../domain/yen-math.ts';

export const CAP_LABELS: Readonly<Record<string, string>> = {
  juminzei_cap_20pct_of_hojinzeiwari: '住民税（法人税割額の20%）',
  hojinzei_limit_10pct_of_donation: '法人税（寄附額の10%）',
  hojinzei_cap_5pct_of_hojinzei: '法人税（法人税額の5%）',
  jigyozei_cap_20pct_of_jigyozei: '事業税（事業税額の20%）',
};

/** excelNumberFormat's grouping and minus sign, without decimals: yen are whole (its 2 decimals for 円 would show 「1,000.」). */
const YEN = `#,##0;"${MINUS_SIGN}"#,##0`;
const PERCENT = '0.0%';
const safe = (row: unknown[]): unknown[] => row.map((v) => (v === null || v === undefined ? null : typeof v === 'string' ? neutralizeText(v) : v));
const valueText = (v: unknown) => (Array.isArray(v) ? v.join('、') : String(v));

export const WHAT_IF_HEADER = [
  '寄附額（円）',
  '法人住民税の控除（円）',
  '法人税の控除（円）',
  '法人事業税の控除（円）',
  '税額控除の合計（円）',
  '損金算入の効果（円）',
  '軽減額の合計（円）',
  '実質負担額（円）',
  '実質負担率',
  '税額控除の対象',
  '上限が効いた控除',
] as const;

export async function whatIfToXlsx(w: WhatIfResult): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('純負担の試算');
  ws.addRow(['企業版ふるさと納税 寄附額別の実質負担の試算']).font = { bold: true, size: 14 };
  ws.addRow(safe(['評価日（寄附日）', `${formatDayWareki(w.as_of)}（${w.as_of}）`]));
  for (const [label, v] of [
    ['法人住民税法人税割額（円）', w.inputs.juminzei_hojinzeiwari],
    ['法人税額（円）', w.inputs.hojinzei],
    ['法人事業税額（円）', w.inputs.jigyozei],
  ] as const) {
    ws.addRow([label, v]).getCell(2).numFmt = YEN;
  }
  ws.addRow(['実効税率', w.inputs.effective_tax_rate ?? '既定値（根拠の規定 kfn.deduction.default_rate）']);
  if (w.inputs.effective_tax_rate !== null) ws.lastRow!.getCell(2).numFmt = PERCENT;
  ws.addRow(safe(['上限が効き始める直前の寄附額', w.linear_until === null ? '—（税額控除の適用期限後）' : w.linear_until]));
  if (w.linear_until !== null) ws.lastRow!.getCell(2).numFmt = YEN;
  ws.addRow([]);
  const headerRow = ws.addRow([...WHAT_IF_HEADER]);
  headerRow.font = { bold: true };
  const first = headerRow.number + 1;
  for (const r of w.rows) {
    ws.addRow(
      safe([
        r.donation,
        r.credits.juminzei,
        r.credits.hojinzei,
        r.credits.jigyozei,
        r.total_credit,
        r.deduction_effect,
        r.total_relief,
        r.net_burden,
        r.burden_ratio,
        r.eligible ? '対象' : '対象外',
        r.binding_caps.map((c) => CAP_LABELS[c] ?? c).join('・'),
      ]),
    );
  }
  ws.columns = [24, 20, 18, 20, 20, 20, 18, 18, 12, 14, 50].map((width) => ({ width }));
  for (let row = first; row < first + w.rows.length; row++) {
    for (let col = 1; col <= 8; col++) ws.getCell(row, col).numFmt = YEN;
    ws.getCell(row, 9).numFmt = PERCENT;
  }
  ws.views = [{ state: 'frozen', ySplit: headerRow.number }];

  const ps = wb.addWorksheet('根拠の規定');
  ps.addRow(['ID', '名称', '値', '単位', '適用開始', '適用終了', '根拠の種類', '資料・出典', '行', 'URL']).font = { bold: true };
  for (const p of w.parameters) {
    const v = p.unit === 'ratio' && typeof p.value === 'number' ? percentText(p.value) : valueText(p.value);
    ps.addRow(
      safe([
        p.id,
        p.label,
        v,
        p.unit,
        p.effective_from,
        p.effective_to ?? '（定めなし）',
        SOURCE_KIND_LABELS[p.source.kind],
        p.source.document,
        p.source.lines ?? '',
        p.source.url ?? '',
      ]),
    );
  }
  ps.columns = [30, 40, 16, 10, 12, 12, 24, 50, 10, 50].map((width) => ({ width }));
  ps.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
