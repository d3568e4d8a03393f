/**
 * CSV (UTF-8 or Shift_JIS) and Excel files → header + rows with their line numbers, so every
 * later error can name the row. Decoding and structure errors become located InputErrors.
 */
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './load-exceljs.ts';
import { InputError, type InputIssue } from './errors.ts';
import { formatLimit, MAX_CELL_LENGTH, MAX_COLUMNS, MAX_TABLE_RECORDS } from './input-limits.ts';
import { readSpreadsheetCell } from './spreadsheet-cells.ts';
import { textProblem } from './text-checks.ts';
import { DecodeError, decodeText } from './text-encoding.ts';

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
  CSV_INVALID_OPENING_QUOTE: '引用符（"）で囲まれていない値の途中に引用符があります',
};

/** A CSV record with the line it starts on (a quoted cell may span lines). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A quoted field whose opening quote is at `i`: its value and the index after its closing quote. */
function readQuotedField(text: string, i: number, unclosed: () => never): { value: string; end: number } {
  let value = '';
  let from = i + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q < 0) unclosed();
    value += text.slice(from, q);
    if (text.charCodeAt(q + 1) !== 0x22) return { value, end: q + 1 };
    value += '"';
    from = q + 2;
  }
}

/** Line breaks inside a value (CRLF, LF, or a lone CR), for the line numbers of later records. */
function lineBreaks(value: string): number {
  let breaks = 0;
  for (let k = 0; k < value.length; k++) {
    const ch = value.charCodeAt(k);
    if (ch === 0x0a || (ch === 0x0d && value.charCodeAt(k + 1) !== 0x0a)) breaks++;
  }
  return breaks;
}

function tooManyColumns(file: string, line: number): InputError {
  return InputError.single({ file, line, code: 'too_many_columns', reason: `列が多すぎます（上限 ${formatLimit(MAX_COLUMNS)}列）。区切り文字が正しいか確認してください` });
}

/**
 * Every non-empty record of a CSV text, with its starting line; records may differ in length
 * (e-Stat downloads put metadata lines before the table). Syntax errors name the line.
 *
 * RFC 4180 with what spreadsheets write: ',' separators, '"' quotes ('""' inside), CRLF, LF or a
 * lone CR (Excel for Mac) as line ends, a UTF-8 BOM, empty lines skipped. A plain loop rather than
 * csv-parse: tracking where each record starts is what error messages need, and csv-parse's
 * info/raw options made a million-row file take ~8 s instead of well under one.
 */
export function readCsvRecords(text: string, file: string): CsvRecord[] {
  const fail = (line: number, code: keyof typeof CSV_ERROR_JA): never => {
    throw InputError.single({ file, line, code: 'invalid_csv', reason: `CSV の構文エラー: ${CSV_ERROR_JA[code]}` });
  };
  // Limits are checked as the records are built, so an oversized file fails before all of it is held.
  const tooLong = (line: number, column: number, length: number): never => {
    throw InputError.single({
      file,
      line,
      column: `${column}列目`,
      code: 'too_long',
      reason: `セルの文字数が多すぎます（${formatLimit(length)}文字、上限 ${formatLimit(MAX_CELL_LENGTH)}文字）`,
    });
  };
  const out: CsvRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let quotedAny = false;
    for (;;) {
      if (text.charCodeAt(i) === 0x22) {
        // a quoted field: up to the closing quote; '""' is a quote; line ends inside are data
        quotedAny = true;
        const field = readQuotedField(text, i, () => fail(start, 'CSV_QUOTE_NOT_CLOSED'));
        const value = field.value;
        i = field.end;
        if (value.length > MAX_CELL_LENGTH) tooLong(start, cells.length + 1, value.length);
        line += lineBreaks(value);
        cells.push(value);
        const after = text.charCodeAt(i);
        if (i < n && after !== 0x2c && after !== 0x0a && after !== 0x0d) fail(line, 'CSV_INVALID_CLOSING_QUOTE');
      } else {
        // an unquoted field: up to the next ',' or line end
        let j = i;
        for (; j < n; j++) {
          const ch = text.charCodeAt(j);
          if (ch === 0x2c || ch === 0x0a || ch === 0x0d) break;
          if (ch === 0x22) fail(line, 'CSV_INVALID_OPENING_QUOTE');
        }
        if (j - i > MAX_CELL_LENGTH) tooLong(line, cells.length + 1, j - i);
        cells.push(text.slice(i, j));
        i = j;
      }
      const sep = text.charCodeAt(i);
      if (sep === 0x2c) {
        if (cells.length >= MAX_COLUMNS) throw tooManyColumns(file, start);
        i++;
        continue;
      }
      // a line end (CRLF, LF or a lone CR) or the end of the text
      if (sep === 0x0d && text.charCodeAt(i + 1) === 0x0a) i += 2;
      else if (i < n) i++;
      if (sep === 0x0a || sep === 0x0d) line++;
      break;
    }
    // Empty lines are skipped (a line with only "" is a record with one empty cell).
    if (cells.length === 1 && cells[0] === '' && !quotedAny) continue;
    if (out.length >= MAX_TABLE_RECORDS) throw tooManyRows(file, start);
    out.push({ line: start, cells });
  }
  return out;
}

function tooManyRows(file: string, line: number): InputError {
  return InputError.single({ file, line, code: 'too_many_rows', reason: `行数が多すぎます（上限 ${formatLimit(MAX_TABLE_RECORDS)}行）。ファイルを分けて取り込んでください` });
}

export function readCsvTable(text: string, file: string): Table {
  return csvTableFromRecords(readCsvRecords(text, file), file);
}

/**
 * The first record is the header; every other record must have as many cells. Cells are read
 * back from their spreadsheet-safe form (`readSpreadsheetCell`): the apostrophe our exports put
 * before a formula-like text is taken off, and Excel's ="011002" is the text 011002.
 */
export function csvTableFromRecords(records: CsvRecord[], file: string): Table {
  const [head, ...body] = records;
  if (!head) throw InputError.single({ file, code: 'empty_file', reason: 'ファイルが空です（見出し行がありません）' });
  const header = head.cells.map((h) => readSpreadsheetCell(h.trim()));
  const issues = [];
  const rows: TableRow[] = [];
  for (const r of body) {
    // Blank trailing cells (Excel's ",,,") are fine; a row that is too long or too short is not.
    if (r.cells.length !== header.length && !(r.cells.length < header.length && r.cells.every((c) => c.trim() === ''))) {
      issues.push({
        file,
        line: r.line,
        code: 'column_count',
        reason: `列の数（${r.cells.length}）が見出し行（${header.length}）と一致しません（ファイルが途中で切れているか、区切り文字が違う可能性があります）`,
      });
      if (issues.length >= 50) break;
      continue;
    }
    rows.push({ line: r.line, cells: r.cells.map((c) => (c.trim() === '' ? null : readSpreadsheetCell(c))) });
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

/**
 * A date cell as precise as it is shown: a cell formatted 「2024年3月」 (yyyy"年"m"月") is the
 * month 2024-03, one formatted as a year is that year; only a format with a day is a single day.
 * Reading every date as its first day made a month's actual look like an earlier single day.
 */
function dateCell(v: Date, numFmt: string | undefined): Cell {
  const iso = v.toISOString();
  const fmt = (numFmt ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').toLowerCase();
  if (fmt === '' || fmt === 'general' || /d/.test(fmt)) return iso.slice(0, 10);
  if (/m/.test(fmt)) return iso.slice(0, 7);
  return /y|e/.test(fmt) ? iso.slice(0, 4) : iso.slice(0, 10);
}

/** The first worksheet, or the one named `sheet`. */
export async function readXlsxTable(bytes: Uint8Array, file: string, sheet?: string): Promise<Table> {
  const wb = new (await loadExcelJS()).Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw InputError.single({
      file,
      code: 'invalid_xlsx',
      reason: `Excel（.xlsx）ファイルとして読めません（壊れているか、途中で切れている可能性があります）: ${(e as Error).message}`,
    });
  }
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) throw InputError.single({ file, code: 'no_sheet', reason: sheet ? `シート「${sheet}」がありません` : 'シートがありません' });
  // Size first, before any row is built (a cell at XFD1048576 would make every row 16,384 wide).
  if (ws.columnCount > MAX_COLUMNS) {
    throw InputError.single({
      file,
      line: 1,
      code: 'too_many_columns',
      reason: `シート「${ws.name}」の列が多すぎます（${formatLimit(ws.columnCount)}列、上限 ${formatLimit(MAX_COLUMNS)}列）`,
    });
  }
  if (ws.actualRowCount > MAX_TABLE_RECORDS) throw tooManyRows(file, MAX_TABLE_RECORDS + 1);
  let header: string[] | null = null;
  const rows: TableRow[] = [];
  // A sheet is not decoded text: its strings can hold NUL or lone surrogates, or exceed Excel's own limit.
  const issues: InputIssue[] = [];
  const checkCell = (v: Cell, rowNumber: number, j: number) => {
    if (typeof v !== 'string' || issues.length >= 50) return;
    const p = textProblem(v, MAX_CELL_LENGTH);
    if (p) issues.push({ file, line: rowNumber, column: header?.[j] || `${j + 1}列目`, code: p.code, reason: p.reason });
  };
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map((v, j) => (v instanceof Date ? dateCell(v, row.getCell(j + 1).numFmt) : cellValue(v)));
    for (const [j, v] of values.entries()) checkCell(v, rowNumber, j);
    if (!header) {
      header = values.map((v) => (v === null ? '' : String(v).trim()));
      return;
    }
    if (values.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) return;
    rows.push({ line: rowNumber, cells: values.map((v) => (typeof v === 'string' && v.trim() === '' ? null : v)) });
  });
  if (issues.length > 0) throw new InputError(issues);
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

/** An import's own row limit (input-limits.ts): the first row beyond it is named. */
export function refuseTooManyRows(table: Table, max: number): void {
  if (table.rows.length <= max) return;
  throw InputError.single({
    file: table.file,
    line: table.rows[max]!.line,
    code: 'too_many_rows',
    reason: `データ行が多すぎます（${formatLimit(table.rows.length)}行、上限 ${formatLimit(max)}行）。ファイルを分けて取り込んでください`,
  });
}

/** Header matching tolerant of full-width letters, spaces and case: 「ＫＰＩ ＩＤ」 = 'kpi_id'. */
export function normalizeHeader(h: string): string {
  return h
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/**
 * The names a header cell answers to: itself, and for the documented bilingual form
 * 「kpi_id（指標ID）」 each of its two halves, so a header copied from the README works.
 */
export function headerKeys(h: string): string[] {
  const whole = normalizeHeader(h);
  const m = /^(.+?)\((.+)\)$/.exec(whole);
  return m ? [whole, m[1]!, m[2]!] : [whole];
}

export interface ColumnSpec<K extends string> {
  key: K;
  aliases: string[];
  required: boolean;
}

/** Maps the file's header onto known columns; a missing required column is an error naming it. */
export function mapColumns<K extends string>(table: Table, specs: ColumnSpec<K>[]): Record<K, number | undefined> {
  const index = new Map<string, number>();
  table.header.forEach((h, i) => {
    for (const k of headerKeys(h)) if (!index.has(k)) index.set(k, i);
  });
  const out = {} as Record<K, number | undefined>;
  const issues = [];
  for (const s of specs) {
    const found = s.aliases.map((a) => index.get(normalizeHeader(a))).find((i) => i !== undefined);
    out[s.key] = found;
    if (found === undefined && s.required) {
      issues.push({
        file: table.file,
        line: 1,
        column: s.aliases[0],
        code: 'missing_column',
        reason: `必須の列「${s.aliases[0]}」がありません（使える見出し: ${s.aliases.join('、')}）`,
      });
    }
  }
  if (issues.length > 0) throw new InputError(issues);
  return out;
}
