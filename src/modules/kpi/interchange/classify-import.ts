/** What an uploaded file is, from its name and first bytes alone (pure). */
import { isXlsx } from '../../../shared/tabular.ts';

export function looksLikeJson(bytes: Uint8Array, file: string): boolean {
  if (/\.json$/i.test(file)) return true;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b; // '{'
}

/**
 * A whole strategy (JSON catalog) or a table for a stored strategy (CSV/Excel), decided before
 * anything is read or stored. Callers that accept only one kind decide on this — never after an
 * import has had its effect.
 */
export function classifyImport(bytes: Uint8Array, file: string): 'catalog' | 'table' {
  return looksLikeJson(bytes, file) && !isXlsx(bytes) ? 'catalog' : 'table';
}
