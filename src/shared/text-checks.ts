/**
 * Checks on one string from any input (JSON, CSV, Excel, forms) against what the database can
 * store and the limits of input-limits.ts. Each returns a machine code and a Japanese reason,
 * or null when the text is fine; the caller adds where it is.
 */
import { MAX_CELL_LENGTH } from './input-limits.ts';

export interface TextProblem {
  code: 'too_long' | 'nul_character' | 'lone_surrogate';
  reason: string;
}

const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * NUL (PostgreSQL text cannot hold it), a lone surrogate (not a character; jsonb and UTF-8
 * reject it), or more than `max` characters (code units, as Excel counts).
 */
export function textProblem(s: string, max: number = MAX_CELL_LENGTH): TextProblem | null {
  if (s.length > max) {
    return { code: 'too_long', reason: `文字数が多すぎます（${s.length.toLocaleString('en-US')}文字、上限 ${max.toLocaleString('en-US')}文字）` };
  }
  if (s.includes('\u0000')) return { code: 'nul_character', reason: 'NUL 文字（U+0000）は使えません' };
  if (SURROGATE.test(s)) {
    const m = LONE_SURROGATE.exec(s);
    if (m) {
      const hex = m[0].charCodeAt(0).toString(16).toUpperCase();
      return { code: 'lone_surrogate', reason: `不正な文字（対になっていないサロゲート U+${hex}）があります。文字化けしたデータの可能性があります` };
    }
  }
  return null;
}

/** A long value shortened for an error message (the message must stay readable). */
export function shorten(s: string, max = 40): string {
  if (s.length <= max) return s;
  // never cut a surrogate pair in two
  const end = s.charCodeAt(max - 1) >= 0xd800 && s.charCodeAt(max - 1) <= 0xdbff ? max - 1 : max;
  return `${s.slice(0, end)}…（${s.length.toLocaleString('en-US')}文字）`;
}
