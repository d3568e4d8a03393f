/**
 * Width normalisation for text typed in Japanese IMEs or pasted from Excel.
 *
 * Whole-string NFKC is deliberately NOT used: it also rewrites things that carry meaning in
 * planning documents — 「①」→「1」, 「㈱」→「(株)」, 「…」→「...」, 「㍻」→「平成」, and CJK
 * compatibility ideographs in place names (e.g. U+FA19 神 → U+795E 神). We only fold widths.
 */

/** Unicode spaces people paste from Word/Excel/web pages; all become an ASCII space. */
const SPACE_LIKE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/** Zero-width characters that sneak in at the edges of copied cells. */
const EDGE_INVISIBLES = /^[\s\u200B\uFEFF]+|[\s\u200B\uFEFF]+$/g;
const FULLWIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const HALFWIDTH_KATAKANA_RUN = /[\uFF61-\uFF9F]+/g;

/**
 * Full-width ASCII (digits, letters, punctuation, including 「－」「％」「，」) → half-width,
 * ideographic and other Unicode spaces → ' ', half-width katakana → full-width.
 * Does not trim and touches nothing else.
 */
export function toHalfWidth(input: string): string {
  let s = input;
  // Fast path: most cells are plain ASCII and need nothing.
  if (!/[^\x00-\x7F]/.test(s)) return s;
  s = s.replace(FULLWIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  s = s.replace(SPACE_LIKE, ' ');
  // NFKC is right for half-width kana: it also merges ｶﾞ (two code points) into ガ.
  s = s.replace(HALFWIDTH_KATAKANA_RUN, (run) => run.normalize('NFKC'));
  return s;
}

/** toHalfWidth + trim (including zero-width spaces and stray BOMs at either end). */
export function normalizeText(input: string): string {
  return toHalfWidth(input).replace(EDGE_INVISIBLES, '');
}
