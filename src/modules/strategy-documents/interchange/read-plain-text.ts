/**
 * Plain text (UTF-8 or Shift_JIS, found by the shared decoder) → lines. Form feeds (as pdftotext
 * writes them) start a new page; a line with tabs, 「|」 bars or runs of two or more spaces is a
 * table row. Empty lines are left out (line numbers stay those of the file).
 */
import { InputError } from '../../../shared/errors.ts';
import { DecodeError, decodeText } from '../../../shared/text-encoding.ts';
import type { DocumentLine, ReadDocument } from '../domain/document-lines.ts';

/** Markdown's 「|---|---|」 rule under a header: no line of the document's content. */
const isRule = (t: string) => /^\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?$/.test(t.trim());

function cellsOf(text: string): string[] | undefined {
  const t = text.trim();
  let cells: string[];
  if (t.includes('\t')) cells = t.split('\t');
  else if (/^\|.*\|$/.test(t)) cells = t.slice(1, -1).split('|');
  else cells = t.split(/ {2,}|\u3000{2,}|[ \u3000]{3,}/);
  cells = cells.map((c) => c.trim());
  return cells.filter((c, i) => c !== '' || i > 0).length >= 2 ? cells : undefined;
}

export function linesOfText(text: string): DocumentLine[] {
  const out: DocumentLine[] = [];
  let page = 1;
  let line = 0;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    line++;
    const parts = raw.split('\f');
    // pdftotext puts the form feed at the start of the next page's first line.
    if (parts.length > 1) page += parts.length - 1;
    const t = parts.at(-1)!.replace(/\s+$/, '');
    if (t.trim() === '' || isRule(t)) continue;
    const cells = cellsOf(t);
    out.push(cells ? { page, line, text: cells.join('  '), cells } : { page, line, text: t });
  }
  return out;
}

export function readPlainText(bytes: Uint8Array, file: string): ReadDocument {
  try {
    const { text, encoding } = decodeText(bytes);
    const lines = linesOfText(text);
    return { format: 'text', pages: null, lines, encoding };
  } catch (e) {
    if (e instanceof DecodeError) throw InputError.single({ file, line: e.line, code: 'unreadable_text', reason: `テキストとして読めません: ${e.message}` });
    throw e;
  }
}
