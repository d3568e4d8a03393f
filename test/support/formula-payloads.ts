/**
 * Cells that spreadsheets run as formulas (OWASP "CSV injection"), plus the full-width forms
 * Japanese Excel also reads, for the export tests. Each must come out of every CSV export as
 * `'` + the payload.
 */
import { parse } from 'csv-parse/sync';
import { decodeText } from '../../src/shared/text-encoding.ts';

export const FORMULA_PAYLOADS: readonly string[] = ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '\n=1+1', '＝１＋１', '＋１', '－２＋３', '＠SUM(A1)'];

/** The payloads without leading whitespace (KPI tables trim cells, so those round-trip as written). */
export const UNTRIMMED_PAYLOADS = FORMULA_PAYLOADS.filter((p) => p.trim() === p);

/** The raw cells of a CSV file (an independent RFC 4180 parser: csv-parse), after decoding. */
export function rawCells(bytes: Uint8Array, encoding: 'utf8' | 'utf8-bom' | 'sjis'): string[][] {
  if (encoding === 'utf8-bom') {
    if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) throw new Error('no BOM');
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) throw new Error(`unexpected BOM in ${encoding}`);
  const { text } = decodeText(bytes, encoding === 'sjis' ? 'sjis' : 'utf8');
  return parse(text, { relax_column_count: true, record_delimiter: '\r\n' }) as string[][];
}
