/**
 * The public export of every nationally published plan: JSON (each plan's header and its whole
 * published version), CSV (one row per plan; UTF-8 with BOM, plain UTF-8 or Shift_JIS) and Excel
 * (sheets 計画・KGI・投資案件). Every text cell goes through spreadsheet-cells.ts, so a cell
 * that would start a formula (= + - @ …) gets a leading apostrophe, in the CSV and in Excel
 * alike; 団体コード columns keep their zeros (="011002" in the CSV for Excel, text in Excel).
 */
import { codeColumnsOf, csvText, isExcelEncoding, neutralizeText, spreadsheetRows } from '../../../shared/spreadsheet-cells.ts';
import { InputError } from '../../../shared/errors.ts';
import { EncodeError, encodeText, type TextEncodingName } from '../../../shared/text-encoding.ts';
import { loadExcelJS } from '../../../shared/load-exceljs.ts';
import type { PlanContent } from '../domain/plan-content.ts';
import { PLAN_TYPE_LABELS, type PlanType } from '../domain/plan-types.ts';
import { STATUS_LABELS, type PlanStatus } from '../domain/workflow.ts';

export interface ExportedPlan {
  header: {
    id: string;
    type: PlanType;
    title: string;
    status: string;
    owner_code: string;
    owner_org_id: string;
    co_owner_org_ids: string[];
    pref_codes: string[];
    field: string;
    final_fy: number | null;
    published_version: number | null;
    published_at: string | null;
    local_published_on: string | null;
    local_url: string | null;
    withdrawal_flag: boolean;
    sample: boolean;
  };
  content: PlanContent;
}

export function plansToJson(plans: readonly ExportedPlan[]): string {
  return JSON.stringify({ count: plans.length, plans: plans.map((p) => ({ ...p.header, version: p.header.published_version, content: p.content })) });
}

export const PLAN_COLUMNS = [
  '計画ID',
  '種類',
  '種類名',
  '計画名',
  '状態',
  '所有団体コード',
  '所有組織ID',
  '共同作成組織ID',
  '対象都道府県コード',
  '分野',
  '開始年度',
  '最終年度',
  '公表版',
  '国の公表日時',
  '地方公共団体の公表日',
  '地方公共団体の公表URL',
  '撤退基準に該当',
  '投資案件数',
  '投資額合計（円）',
  'KGI',
  '計画のURL',
] as const;

function sumYen(p: ExportedPlan): number {
  let s = 0n;
  for (const i of p.content.investments) s += BigInt(i.amount_yen);
  return Number(s);
}

/** One plan's row (values as they are; cells are made safe by the writers). */
export function planRow(p: ExportedPlan): unknown[] {
  const h = p.header;
  const field = h.field || p.content.field.domain;
  return [
    h.id,
    h.type,
    PLAN_TYPE_LABELS[h.type],
    h.title,
    STATUS_LABELS[h.status as PlanStatus] ?? h.status,
    h.owner_code,
    h.owner_org_id,
    h.co_owner_org_ids.join(' '),
    h.pref_codes.join(' '),
    field,
    p.content.start_fy,
    h.final_fy,
    h.published_version,
    h.published_at,
    h.local_published_on,
    h.local_url,
    h.withdrawal_flag ? '該当' : '',
    p.content.investments.length,
    sumYen(p),
    p.content.kgis.map((k) => `${k.name}: ${k.target_value ?? '未設定'}${k.unit}（${k.target_fy ?? '—'}年度）`).join(' / '),
    `/plans/${h.id}`,
  ];
}

export function plansToCsv(plans: readonly ExportedPlan[], encoding: Extract<TextEncodingName, 'utf8' | 'utf8-bom' | 'sjis'>): Uint8Array {
  const header = [...PLAN_COLUMNS];
  const table = spreadsheetRows([header, ...plans.map(planRow)], { excel: isExcelEncoding(encoding), codeColumns: codeColumnsOf(header) });
  try {
    return encodeText(csvText(table), encoding);
  } catch (e) {
    // a plan's text with a character CP932 lacks (𠮷, emoji): the request is fine, the encoding cannot carry it
    if (!(e instanceof EncodeError)) throw e;
    throw InputError.single({
      column: 'encoding',
      code: 'not_representable',
      reason: `公表された計画に Shift_JIS で表せない文字「${e.character}」があります。UTF-8（encoding=utf8-bom）でダウンロードしてください`,
    });
  }
}

const KGI_COLUMNS = ['計画ID', '計画名', 'KGI ID', '種類', '名称', '単位', '基準値', '基準年度', '目標値', '目標年度'];
const INVESTMENT_COLUMNS = [
  '計画ID',
  '計画名',
  '案件ID',
  '案件名',
  '投資主体',
  '法人番号',
  '所管省庁',
  '投資額（円）',
  '投資時期',
  '稼働時期',
  '団体コード',
  '緯度',
  '経度',
  '関連投資案件',
];

/** Text cells neutralised; numbers and empty cells as they are. */
const safe = (row: unknown[]): unknown[] => row.map((v) => (v === null || v === undefined ? null : typeof v === 'string' ? neutralizeText(v) : v));

export async function plansToXlsx(plans: readonly ExportedPlan[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  const sheet = (name: string, header: readonly string[], widths: number[]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([...header]).font = { bold: true };
    ws.columns = widths.map((width) => ({ width }));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    return ws;
  };
  const planSheet = sheet('計画', PLAN_COLUMNS, [16, 6, 22, 40, 12, 14, 14, 18, 16, 24, 10, 10, 8, 24, 14, 30, 10, 10, 18, 60, 24]);
  const kgiSheet = sheet('KGI', KGI_COLUMNS, [16, 40, 14, 12, 36, 8, 16, 10, 16, 10]);
  const invSheet = sheet('投資案件', INVESTMENT_COLUMNS, [16, 40, 14, 36, 30, 16, 14, 18, 10, 10, 10, 10, 10, 10]);
  for (const p of plans) {
    const h = p.header;
    planSheet.addRow(safe(planRow(p)));
    for (const k of p.content.kgis) kgiSheet.addRow(safe([h.id, h.title, k.id, k.kind, k.name, k.unit, k.baseline_value, k.baseline_fy, k.target_value, k.target_fy]));
    for (const i of p.content.investments) {
      invSheet.addRow(
        safe([
          h.id,
          h.title,
          i.id,
          i.title,
          i.investor_name,
          i.investor_corporate_number,
          i.ministry,
          i.amount_yen,
          i.invest_date,
          i.operation_date,
          i.muni_code,
          i.point?.lat ?? null,
          i.point?.lon ?? null,
          i.related ? '関連' : '',
        ]),
      );
    }
  }
  for (const [ws, col] of [
    [planSheet, PLAN_COLUMNS.indexOf('投資額合計（円）') + 1],
    [invSheet, INVESTMENT_COLUMNS.indexOf('投資額（円）') + 1],
  ] as const) {
    ws.getColumn(col).numFmt = '#,##0';
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
