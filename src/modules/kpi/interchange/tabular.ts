/**
 * CSV (UTF-8 or Shift_JIS) and Excel files → header + rows with their line numbers, so every
 * later error can name the row. Decoding and structure errors become located InputErrors.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { InputError } from '../../../shared/errors.ts';
import { DecodeError, decodeText } from '../../../shared/text-encoding.ts';

export type Cell = string | number | null;
export interface TableRow {
  /** 1-based line (CSV) or sheet row (Excel) */
  line: number;
  cells: Cell[];
}
export interface Table {
  file: string;
  header: string[];
  rows: TableRow[];
}

export type TextEncodingChoice = 'auto' | 'utf8' | 'sjis';

export function decodeFile(bytes: Uint8Array, file: string, encoding: TextEncodingChoice = 'auto'): string {
  try {
    return decodeText(bytes, encoding).text;
  } catch (e) {
    if (e instanceof DecodeError) throw InputError.single({ file, line: e.line, code: 'bad_encoding', reason: e.message });
    throw e;
  }
}

const CSV_ERROR_JA: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: '引用符（"）が閉じられていません（ファイルが途中で切れている可能性があります）',
  CSV_INVALID_CLOSING_QUOTE: '引用符（"）の後に不正な文字があります',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: '列の数が見出し行と一致しません',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: '引用符（"）の後に不正な文字があります',
};

export function readCsvTable(text: string, file: string): Table {
  let records: Array<{ record: string[]; raw: string; info: { lines: number } }>;
  // csv-parse reports where a record ends; errors should name where it starts.
  let lastRecordEnd = 0;
  try {
    records = parseCsv(text, {
      bom: true, skip_empty_lines: true, relax_column_count: true, info: true, raw: true,
      on_record: (rec: string[], ctx: { lines: number }) => {
        lastRecordEnd = ctx.lines;
        return rec;
      },
    }) as unknown as typeof records;
  } catch (e) {
    const err = e as { code?: string; lines?: number; message: string };
    const line = err.code === 'CSV_QUOTE_NOT_CLOSED' ? lastRecordEnd + 1 : err.lines;
    throw InputError.single({ file, line, code: 'invalid_csv', reason: `CSV の構文エラー: ${(err.code && CSV_ERROR_JA[err.code]) ?? err.message}` });
  }
  const startLine = (r: { raw: string; info: { lines: number } }) => {
    const breaks = r.raw.split('\n').length - 1;
    return r.info.lines - (r.raw.endsWith('\n') ? breaks - 1 : breaks);
  };
  const [head, ...body] = records;
  if (!head) throw InputError.single({ file, code: 'empty_file', reason: 'ファイルが空です（見出し行がありません）' });
  const header = head.record.map((h) => h.trim());
  const issues = [];
  const rows: TableRow[] = [];
  for (const r of body) {
    // Blank trailing cells (Excel's ",,,") are fine; a row that is too long or too short is not.
    if (r.record.length !== header.length && !(r.record.length < header.length && r.record.every((c) => c.trim() === ''))) {
      issues.push({ file, line: startLine(r), code: 'column_count', reason: `列の数（${r.record.length}）が見出し行（${header.length}）と一致しません（ファイルが途中で切れているか、区切り文字が違う可能性があります）` });
      if (issues.length >= 50) break;
      continue;
    }
    rows.push({ line: startLine(r), cells: r.record.map((c) => (c.trim() === '' ? null : c)) });
  }
  if (issues.length > 0) throw new InputError(issues);
  return { file, header, rows };
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) return cellValue(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('error' in v) return String(v.error);
  }
  return String(v);
}

/** The first worksheet, or the one named `sheet`. */
export async function readXlsxTable(bytes: Uint8Array, file: string, sheet?: string): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw InputError.single({ file, code: 'invalid_xlsx', reason: `Excel（.xlsx）ファイルとして読めません（壊れているか、途中で切れている可能性があります）: ${(e as Error).message}` });
  }
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) throw InputError.single({ file, code: 'no_sheet', reason: sheet ? `シート「${sheet}」がありません` : 'シートがありません' });
  let header: string[] | null = null;
  const rows: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellValue);
    if (!header) {
      header = values.map((v) => (v === null ? '' : String(v).trim()));
      return;
    }
    if (values.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) return;
    rows.push({ line: rowNumber, cells: values.map((v) => (typeof v === 'string' && v.trim() === '' ? null : v)) });
  });
  if (!header) throw InputError.single({ file, code: 'empty_file', reason: `シート「${ws.name}」が空です（見出し行がありません）` });
  return { file, header, rows };
}

/** Sniffs xlsx (a ZIP: "PK\x03\x04") versus text. */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readTable(bytes: Uint8Array, file: string, opts: { encoding?: TextEncodingChoice; sheet?: string } = {}): Promise<Table> {
  if (isXlsx(bytes) || /\.xlsx$/i.test(file)) return readXlsxTable(bytes, file, opts.sheet);
  return readCsvTable(decodeFile(bytes, file, opts.encoding), file);
}

/** Header matching tolerant of full-width letters, spaces and case: 「ＫＰＩ ＩＤ」 = 'kpi_id'. */
export function normalizeHeader(h: string): string {
  return h.normalize('NFKC').trim().toLowerCase().replace(/[\s_\-]+/g, '');
}

export interface ColumnSpec<K extends string> {
  key: K;
  aliases: string[];
  required: boolean;
}

/** Maps the file's header onto known columns; a missing required column is an error naming it. */
export function mapColumns<K extends string>(table: Table, specs: ColumnSpec<K>[]): Record<K, number | undefined> {
  const index = new Map(table.header.map((h, i) => [normalizeHeader(h), i]));
  const out = {} as Record<K, number | undefined>;
  const issues = [];
  for (const s of specs) {
    const found = s.aliases.map((a) => index.get(normalizeHeader(a))).find((i) => i !== undefined);
    out[s.key] = found;
    if (found === undefined && s.required) {
      issues.push({ file: table.file, line: 1, column: s.aliases[0], code: 'missing_column', reason: `必須の列「${s.aliases[0]}」がありません（使える見出し: ${s.aliases.join('、')}）` });
    }
  }
  if (issues.length > 0) throw new InputError(issues);
  return out;
}
