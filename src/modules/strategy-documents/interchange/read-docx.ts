/**
 * Word (.docx) → lines with mammoth: its HTML keeps tables, so each table row becomes one line
 * with its cells; paragraphs, headings and list items are lines. Word has no fixed pages: `page`
 * is null and `line` counts the document's paragraphs and rows from 1.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { InputError } from '../../../shared/errors.ts';
import type { DocumentLine, ReadDocument } from '../domain/document-lines.ts';

/** Expanded size of the archive: far above any strategy document, a guard against zip bombs. */
export const MAX_DOCX_EXPANDED_BYTES = 200 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function textOf(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, ' ')
    .replace(/<\/p>\s*<p[^>]*>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** mammoth's HTML → lines: a table row per line (cells kept), every other block a line. */
export function linesOfHtml(html: string): DocumentLine[] {
  const out: DocumentLine[] = [];
  const add = (text: string, cells?: string[], heading?: number) => {
    if (text === '') return;
    const line: DocumentLine = cells ? { page: null, line: out.length + 1, text, cells } : { page: null, line: out.length + 1, text };
    // Word's 見出し styles are the document's outline (domain/headings.ts).
    if (heading) line.heading = heading;
    out.push(line);
  };
  const blocks = /<table[^>]*>([\s\S]*?)<\/table>|<(p|h[1-6]|li)[^>]*>([\s\S]*?)<\/\2>/g;
  for (const m of html.matchAll(blocks)) {
    if (m[1] === undefined) {
      // A list item holding a nested list: its own text only (the nested items come as blocks of their own).
      add(textOf(m[3]!.replace(/<(ul|ol)[\s\S]*$/, '')), undefined, m[2]!.startsWith('h') ? Number(m[2]!.slice(1)) : undefined);
      continue;
    }
    for (const row of m[1].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
      const cells = [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => textOf(c[1]!));
      // A row of one (merged) cell stays a row: it keeps the table going (a sub-heading inside it).
      if (cells.length > 0) add(cells.join('  '), cells);
    }
  }
  return out;
}

export async function readDocx(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch (e) {
    throw InputError.single({
      file,
      code: 'invalid_docx',
      reason: `Word（.docx）ファイルとして読めません（壊れているか、途中で切れている可能性があります）: ${(e as Error).message}`,
    });
  }
  if (!zip.file('word/document.xml'))
    throw InputError.single({ file, code: 'not_docx', reason: 'ZIP ファイルですが Word 文書（.docx）ではありません（word/document.xml がありません）' });
  let expanded = 0;
  zip.forEach((_p, entry) => {
    expanded += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (expanded > MAX_DOCX_EXPANDED_BYTES) {
    throw InputError.single({
      file,
      code: 'too_large_expanded',
      reason: `Word 文書の展開後のサイズ（${Math.round(expanded / 2 ** 20)} MB）が上限（${MAX_DOCX_EXPANDED_BYTES / 2 ** 20} MB）を超えています`,
    });
  }
  try {
    const { value } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    return { format: 'docx', pages: null, lines: linesOfHtml(value) };
  } catch (e) {
    throw InputError.single({ file, code: 'invalid_docx', reason: `Word（.docx）ファイルの内容を読めません: ${(e as Error).message}` });
  }
}
