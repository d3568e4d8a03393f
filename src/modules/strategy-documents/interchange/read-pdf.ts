/**
 * PDF → lines with pdfjs-dist (the legacy build, which runs in Node without a canvas). Text items
 * are grouped into lines by their baseline, left to right; a gap wider than one character height
 * starts a new cell, so a KPI table row stays one line with its cells apart. pdfjs joins two items
 * closer than 0.6 em into one (with a space): cells that close cannot be told apart (README).
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { InputError } from '../../../shared/errors.ts';
import type { DocumentLine, ReadDocument } from '../domain/document-lines.ts';
import { foldRadicals } from '../domain/reading-text.ts';

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** More pages than any strategy document (the national one has 60): a limit on the work one file can cause. */
export const MAX_PDF_PAGES = 2000;

/** How pdfjs is run: no eval, no fonts loaded, the CMaps of Japanese fonts that are not embedded. */
export const PDF_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  verbosity: 0,
  cMapUrl: `${join(PDFJS_DIR, 'cmaps')}/`,
  cMapPacked: true,
  standardFontDataUrl: `${join(PDFJS_DIR, 'standard_fonts')}/`,
} as const;

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<Pdfjs> | null = null;
// Loaded on first use: the library is large and most commands never read a PDF.
const loadPdfjs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** One page's items → lines: by baseline (within half a character height), then cells by gaps. */
export function linesOfItems(items: readonly Item[], page: number, pageHeight: number): DocumentLine[] {
  const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const it of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - it.y) <= Math.max(row[0]!.h, it.h) * 0.5) row.push(it);
    else rows.push([it]);
  }
  return rows.map((row, i) => {
    row.sort((a, b) => a.x - b.x);
    const cells: Array<{ text: string; left: number; right: number }> = [];
    for (const it of row) {
      const last = cells.at(-1);
      if (last && it.x - last.right <= Math.max(it.h, 4)) {
        last.text += it.str;
        last.right = Math.max(last.right, it.x + it.w);
      } else cells.push({ text: it.str, left: it.x, right: it.x + it.w });
    }
    const texts = cells.map((c) => c.text.replace(/\s+/g, ' ').trim());
    const h = Math.max(...row.map((r) => r.h));
    const line: DocumentLine = {
      page,
      line: i + 1,
      text: texts.join('  '),
      box: { top: Math.round((pageHeight - row[0]!.y) * 10) / 10, height: Math.round(h * 10) / 10, left: cells.map((c) => c.left), right: cells.map((c) => c.right) },
    };
    if (cells.length >= 2) line.cells = texts;
    return line;
  });
}

/**
 * What fonts put in place of the characters written: Kangxi radicals for common kanji (「⽬」 for 目,
 * 「⼈」 for 人) and U+2027 for 「・」. They are artefacts of the PDF, not the author's text.
 */
const fontText = (s: string) => foldRadicals(s).replace(/\u2027/g, '・');

function pdfError(file: string, e: unknown): InputError {
  const name = (e as { name?: string }).name;
  if (name === 'PasswordException') {
    return InputError.single({ file, code: 'encrypted_pdf', reason: 'パスワードで保護（暗号化）された PDF は読み込めません。保護を解除した PDF かテキストで読み込んでください' });
  }
  const detail = e instanceof Error ? e.message : String(e);
  return InputError.single({ file, code: 'invalid_pdf', reason: `PDF として読めません（壊れているか、途中で切れている可能性があります）: ${detail}` });
}

export async function readPdf(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  const { getDocument } = await loadPdfjs();
  // pdfjs takes ownership of (and detaches) the buffer it is given: give it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), ...PDF_OPTIONS });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw pdfError(file, e);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) throw InputError.single({ file, code: 'too_many_pages', reason: `ページ数（${doc.numPages}）が上限（${MAX_PDF_PAGES}）を超えています` });
    const lines: DocumentLine[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const height = page.getViewport({ scale: 1 }).height;
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        items.push({ str: fontText(it.str), x: it.transform[4], y: it.transform[5], w: it.width, h: it.height || Math.abs(it.transform[3]) });
      }
      lines.push(...linesOfItems(items, p, height));
      page.cleanup();
    }
    return { format: 'pdf', pages: doc.numPages, lines };
  } catch (e) {
    throw e instanceof InputError ? e : pdfError(file, e);
  } finally {
    await doc.destroy();
  }
}
