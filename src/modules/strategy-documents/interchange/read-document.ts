/**
 * Any strategy document → lines: the type is sniffed from the bytes (「%PDF-」, a ZIP holding
 * word/document.xml, else text), and a name ending .pdf/.docx that the bytes contradict is refused.
 * Every failure is an InputError naming the file and the reason, never a crash.
 */
import { InputError } from '../../../shared/errors.ts';
import type { DocumentFormat, ReadDocument } from '../domain/document-lines.ts';
import { readDocx } from './read-docx.ts';
import { readPdf } from './read-pdf.ts';
import { readPlainText } from './read-plain-text.ts';

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

export function sniffFormat(bytes: Uint8Array, file: string): DocumentFormat {
  // The PDF header may follow up to 1 KB of junk (PDF 32000-1, 7.5.2 as readers apply it).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw InputError.single({
      file,
      code: 'ole_document',
      reason: '古い形式の Word 文書（.doc）か、パスワードで保護（暗号化）された文書です。.docx（保護なし）、PDF またはテキストで保存してください',
    });
  }
  return 'text';
}

const LABEL: Record<DocumentFormat, string> = { pdf: 'PDF', docx: 'Word 文書（.docx）', text: 'テキスト' };

export async function readDocument(bytes: Uint8Array, file: string): Promise<ReadDocument> {
  if (bytes.length === 0) throw InputError.single({ file, code: 'empty_file', reason: 'ファイルが空です' });
  const format = sniffFormat(bytes, file);
  const ext = /\.(pdf|docx)$/i.exec(file)?.[1]?.toLowerCase() as 'pdf' | 'docx' | undefined;
  if (ext && ext !== format) {
    throw InputError.single({
      file,
      code: 'type_mismatch',
      reason: `拡張子は .${ext} ですが、中身は${LABEL[format]}です（${ext === 'pdf' ? '「%PDF-」で始まっていません' : 'Word 文書の ZIP ではありません'}）`,
    });
  }
  if (format === 'pdf') return readPdf(bytes, file);
  if (format === 'docx') return readDocx(bytes, file);
  return readPlainText(bytes, file);
}
