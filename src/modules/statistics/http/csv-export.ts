/**
 * The CSV downloads of the statistics views (ranking, series, scatter): header, rows, then the
 * 出典 as the last line. Cells go through src/shared/spreadsheet-cells.ts: text a spreadsheet
 * would run as a formula (an indicator named 「=HYPERLINK(…)」) gets a leading apostrophe, and
 * in the files meant for Excel the 団体コード column is written as ="011002" so its leading zero
 * survives; numbers stay numbers.
 */
import { codeColumnsOf, csvText, isExcelEncoding, spreadsheetRows } from '../../../shared/spreadsheet-cells.ts';
import { encodeText, type TextEncodingName } from '../../../shared/text-encoding.ts';

/** UTF-8 with BOM (the downloads' default, Excel opens it), plain UTF-8, or Shift_JIS; CRLF. */
export function statisticsCsv(header: string[], rows: unknown[][], attribution: string[], encoding: TextEncodingName = 'utf8-bom'): Uint8Array {
  // Code columns are the ones headed 団体コード (the routes' own headers), never guessed from values.
  const table = spreadsheetRows([header, ...rows, [attribution.join('／')]], { excel: isExcelEncoding(encoding), codeColumns: codeColumnsOf(header) });
  return encodeText(csvText(table), encoding);
}
