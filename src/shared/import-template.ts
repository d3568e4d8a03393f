/**
 * Templates to download for the table imports (actual values, KPI definitions, tidy statistics):
 * the documented Japanese headers and one example row, as CSV (UTF-8 with BOM, which Excel opens
 * as UTF-8) or as an Excel workbook with column widths and a frozen header row.
 *
 * An untouched template must not store its example: the readers refuse a row equal to the
 * example (code `template_example`, naming its line), so importing the template as downloaded is
 * a clear error and changes nothing, while an edited example row imports like any other.
 */
import { InputError, type InputIssue } from './errors.ts';
import { loadExcelJS } from './load-exceljs.ts';
import { codeColumnsOf, csvText, spreadsheetRows } from './spreadsheet-cells.ts';
import { normalizeHeader, type Table } from './tabular.ts';
import { encodeText } from './text-encoding.ts';

export interface ImportTemplate {
  /** file name without extension (ASCII, so every browser and shell keeps it) */
  name: string;
  /** the sheet's name in the workbook */
  sheet: string;
  header: readonly string[];
  example: ReadonlyArray<string | number>;
  /** column widths in characters, one per header */
  widths: readonly number[];
}

export type TemplateFormat = 'csv' | 'xlsx';

export const TEMPLATE_FORMATS: readonly TemplateFormat[] = ['csv', 'xlsx'];

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface TemplateFile {
  bytes: Uint8Array;
  type: string;
  filename: string;
}

export async function templateFile(t: ImportTemplate, format: TemplateFormat): Promise<TemplateFile> {
  if (format === 'csv') {
    const rows = spreadsheetRows([t.header, t.example], { excel: true, codeColumns: codeColumnsOf(t.header) });
    return { bytes: encodeText(csvText(rows), 'utf8-bom'), type: 'text/csv; charset=utf-8', filename: `${t.name}.csv` };
  }
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = 'Sousei';
  const ws = wb.addWorksheet(t.sheet);
  ws.addRow([...t.header]).font = { bold: true };
  ws.addRow([...t.example]);
  ws.columns = t.widths.map((width) => ({ width }));
  // Codes stay text in Excel (011002, not 11002).
  for (const i of codeColumnsOf(t.header)) ws.getColumn(i + 1).numFmt = '@';
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const buf = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buf as ArrayBuffer), type: XLSX_TYPE, filename: `${t.name}.xlsx` };
}

const cellText = (c: unknown): string => (c === null || c === undefined ? '' : String(c).trim());

/** Whether the table has the template's header, column for column. */
function hasTemplateHeader(table: Table, t: ImportTemplate): boolean {
  return t.header.every((h, i) => normalizeHeader(table.header[i] ?? '') === normalizeHeader(h));
}

/** Refuses the template's example row wherever it is still in the table (see the file comment). */
export function refuseTemplateExamples(table: Table, templates: readonly ImportTemplate[]): void {
  const t = templates.find((x) => hasTemplateHeader(table, x));
  if (!t) return;
  const example = t.example.map(cellText);
  const issues: InputIssue[] = [];
  for (const row of table.rows) {
    if (example.every((v, i) => cellText(row.cells[i]) === v)) {
      issues.push({
        file: table.file,
        line: row.line,
        column: t.header[0],
        code: 'template_example',
        reason: 'テンプレートの記入例の行です。この行を消すか実際の値に書き換えてから取り込んでください',
      });
    }
  }
  if (issues.length > 0) throw new InputError(issues);
}
