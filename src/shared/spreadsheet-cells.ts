/**
 * Cells of CSV files that people open in Excel. Pure and dependency-free: the server's CSV
 * exports and the web application's browser-made CSV both use it.
 *
 * Formula injection: Excel (and LibreOffice, Google Sheets) evaluate a cell starting with
 * `=`, `+`, `-` or `@` — `=cmd|' /C calc'!A0` runs a program, `=HYPERLINK(…)` leaks data — and a
 * leading TAB, CR or LF hides such a start. Every text cell starting with one of these (or with
 * their full-width forms ＝＋－＠, which Japanese Excel also reads as formulas) is written with a
 * leading apostrophe `'`, the neutralisation OWASP recommends: Excel shows the text without it.
 * Numbers are written as numbers and never changed, so −5 stays a numeric −5.
 *
 * Round trip: the readers of our CSV tables take exactly that apostrophe off again
 * (`readSpreadsheetCell`). So that this is exact for any text, a text that already starts
 * with apostrophes followed by a trigger character (`'=x`) gets one more (`''=x`), and reading
 * takes one off.
 *
 * 団体コード: Excel turns `011002` into the number 11002. In files meant for Excel (UTF-8 with
 * BOM, Shift_JIS) code columns are written as the text formula `="011002"`, which Excel shows as
 * 011002; plain UTF-8 files (for programs) get the code as it is. The readers accept both.
 */

/** First characters that make a spreadsheet read a cell as a formula (or hide that it is one). */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']);
const APOSTROPHE = 0x27;

/** Whether `s` starts with zero or more apostrophes and then a trigger character. */
function startsLikeFormula(s: string): boolean {
  let i = 0;
  while (s.charCodeAt(i) === APOSTROPHE) i++;
  return i < s.length && TRIGGERS.has(s.charAt(i));
}

/** A text cell made safe to open in a spreadsheet: a leading `'` when it would start a formula. */
export function neutralizeText(s: string): string {
  return startsLikeFormula(s) ? `'${s}` : s;
}

/** Only digits may go inside `="…"`: anything else there could itself be a formula. */
const CODE_TEXT = /^[0-9]+$/;

export interface CellOptions {
  /** the file is meant for Excel (UTF-8 with BOM or Shift_JIS): code cells become ="…" */
  excel: boolean;
  /** the cell is in a code column (団体コード and the like) */
  code?: boolean;
}

/**
 * One cell as it goes into a CSV writer: numbers unchanged, null/undefined empty, text
 * neutralised, digit codes of code columns as `="011002"` for Excel.
 */
export function spreadsheetCell(value: unknown, opts: CellOptions): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  const s = typeof value === 'string' ? value : String(value);
  if (opts.code && opts.excel && CODE_TEXT.test(s)) return `="${s}"`;
  return neutralizeText(s);
}

export interface TableOptions {
  excel: boolean;
  /** 0-based indexes of the code columns, decided by the writer per column (never from content) */
  codeColumns?: readonly number[];
}

/** Every cell of the rows (header included) through `spreadsheetCell`. */
export function spreadsheetRows(rows: ReadonlyArray<ReadonlyArray<unknown>>, opts: TableOptions): Array<Array<string | number>> {
  const codes = new Set(opts.codeColumns ?? []);
  return rows.map((r, i) => r.map((v, j) => spreadsheetCell(v, { excel: opts.excel, code: i > 0 && codes.has(j) })));
}

/** Whether a CSV encoding is the one for Excel (a BOM, or Shift_JIS), where codes get ="…". */
export function isExcelEncoding(encoding: 'utf8' | 'utf8-bom' | 'sjis'): boolean {
  return encoding !== 'utf8';
}

/** Headers of columns that hold 全国地方公共団体コード (or other zero-padded codes). */
export const CODE_COLUMN_HEADERS: readonly string[] = Object.freeze(['団体コード', 'area_code', 'owner_code', '所有団体コード']);

/** Indexes of the header's code columns (by name: these headers are the writers' own). */
export function codeColumnsOf(header: ReadonlyArray<unknown>): number[] {
  const out: number[] = [];
  header.forEach((h, i) => {
    if (typeof h === 'string' && CODE_COLUMN_HEADERS.includes(h)) out.push(i);
  });
  return out;
}

const TEXT_FORMULA = /^="([0-9]*)"$/;

/**
 * A CSV cell as written back to its text: the neutralising apostrophe taken off (exactly one,
 * before a trigger character), and Excel's `="011002"` read as 011002. Anything else unchanged.
 * Cheap for the common cell (one character test): it runs on every cell of a million-row import.
 */
export function readSpreadsheetCell(s: string): string {
  const c = s.charCodeAt(0);
  if (c === APOSTROPHE) return s.length > 1 && startsLikeFormula(s.slice(1)) ? s.slice(1) : s;
  if (c === 0x3d /* = */) {
    const m = TEXT_FORMULA.exec(s);
    if (m) return m[1]!;
  }
  return s;
}

/**
 * RFC 4180 text of the rows, CRLF line ends (what Excel and Japanese government tools write),
 * cells quoted when they hold a comma, a quote or a line break. Rows must already be safe
 * (`spreadsheetRows`); this only writes them.
 */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cell = (v: string | number): string => {
    const s = typeof v === 'number' ? String(v) : v;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
