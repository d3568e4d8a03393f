/** The CSV and Excel downloads of the statistics views: the table, then the 出典. */
import { loadExcelJS } from '../../../shared/load-exceljs.ts';
import { VALUE_FLAGS, type ValueFlag } from '../schema.ts';
import { statisticsCsv } from './csv-export.ts';

/** UTF-8 with BOM, CRLF; the 出典 as the last line; cells safe for spreadsheets (csv-export.ts). */
export function csvWithAttribution(header: string[], rows: unknown[][], attribution: string[]): Uint8Array {
  return statisticsCsv(header, rows, attribution, 'utf8-bom');
}

export async function xlsxWithAttribution(sheet: string, header: string[], rows: unknown[][], attribution: string[], widths: number[]): Promise<Uint8Array> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = 'Sousei';
  wb.created = new Date();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.addRow([]);
  for (const a of attribution) ws.addRow([a]);
  ws.columns = widths.map((width) => ({ width }));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export const flagLabel = (f: ValueFlag | null) => (f ? VALUE_FLAGS[f] : '');
export const unitSuffix = (unit: string) => (unit ? `（${unit}）` : '');
export const safeName = (s: string) => s.replace(/[\\/:*?"<>|]/g, '_');
