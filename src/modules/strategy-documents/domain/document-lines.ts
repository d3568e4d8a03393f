/** A document as lines with their places: what every reader (PDF, .docx, text) produces and the finder reads. */

export interface DocumentLine {
  /** 1-based page (PDF: the page; text: pages split by form feeds, else 1); null where the format has no pages (.docx) */
  page: number | null;
  /** 1-based line: within the page for PDF, in the file for text, the paragraph or table row for .docx */
  line: number;
  /** the line as read; table cells joined by two spaces */
  text: string;
  /** a table row: its cells in order (PDF: text items split at wide gaps; .docx: the row's cells; text: tabs or 2+ spaces) */
  cells?: string[];
  /** .docx only: the paragraph's heading level (Word's 見出し 1–6 styles), where it has one */
  heading?: number;
  /** PDF only: the line's distance from the page's top, its text height and each cell's left and right edges, in points (a wrapped table name is joined by them) */
  box?: { top: number; height: number; left: number[]; right: number[] };
}

export type DocumentFormat = 'pdf' | 'docx' | 'text';

export interface ReadDocument {
  format: DocumentFormat;
  /** pages in the file (PDF), else null */
  pages: number | null;
  lines: DocumentLine[];
  /** text files: the encoding found */
  encoding?: string;
}
