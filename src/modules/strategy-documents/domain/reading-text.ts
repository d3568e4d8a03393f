/**
 * A line as the finder reads it: widths folded (shared toHalfWidth: 「１２３」「％」「：」「（」) and
 * the Kangxi radicals PDF fonts emit for common kanji (「⽬標」 for 目標) folded to the ideographs,
 * keeping the length so that a name can be cut from the original text at the same positions.
 */
import { toHalfWidth } from '../../../shared/normalize-text.ts';

// U+2F00–U+2FD5 Kangxi radicals and the CJK radicals supplement: NFKC maps them to the ideographs.
const RADICALS = /[\u2E80-\u2EF3\u2F00-\u2FD5]/g;

export function foldRadicals(s: string): string {
  return s.replace(RADICALS, (c) => {
    const n = c.normalize('NFKC');
    return n.length === 1 ? n : c;
  });
}

/** The reading form; same length as the input except where half-width katakana merged (then names come from it). */
export function readingOf(s: string): string {
  return toHalfWidth(foldRadicals(s));
}

/** Footnote marks: superscript digits (「減少⁵³」), ※1, *1, (注1), 注1) — not part of a name or a value. */
const FOOTNOTES = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+|※\s*\d*|\*\d+|[(（]注\s*\d*[)）]|注\s*\d+\s*[)）]?|\[\d+\]/g;

export function stripFootnotes(s: string): string {
  return s.replace(FOOTNOTES, '');
}

/** Bullet and numbering marks at the start of a line: ・ - ● ■ ◆ ○ ◎ ▶ ✓ ①… (1) 1. ア. */
const BULLET = /^\s*(?:[-・●○◎■□◆◇▶▷▪►•✓✔※*]|[①-⑳㉑-㉟]|[(（]\s*[\d０-９]{1,2}\s*[)）]|[\d０-９]{1,2}[.)．）](?![\d０-９])|[ア-ン][.．)）]|[a-zA-Z][.．)）](?![a-zA-Z]))\s*/u;

/** The line without its bullet marks (a nested 「- ・」 loses both) and surrounding spaces. */
export function withoutBullets(s: string): string {
  let t = s;
  for (let i = 0; i < 3; i++) {
    const m = BULLET.exec(t);
    if (!m || m[0].length === 0) break;
    t = t.slice(m[0].length);
  }
  return t.trim();
}

export const startsWithBullet = (s: string): boolean => {
  const m = BULLET.exec(s);
  return m !== null && m[0].trim().length > 0 && !/^\s*※/.test(s);
};

/** A note line (※…, 注…, 出典…, a footnote 「³⁷ …」): explains a KPI, never is one. */
export const isNoteLine = (s: string): boolean => /^\s*(?:[-・]\s*)?(?:※|\*|[⁰¹²³⁴⁵⁶⁷⁸⁹]|注[)）:：\s\d]|（注|\(注|出典|資料[:：])/.test(s);

/** Characters compared when matching names: no spaces, brackets, punctuation or footnote marks; widths folded. */
export function nameKey(s: string): string {
  return stripFootnotes(readingOf(s)).replace(/[\s()（）「」『』【】[\]、。,.:：・\-－]/g, '');
}

/** Dice coefficient over character bigrams of the name keys (1 = same). */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(nameKey(a));
  const y = bigrams(nameKey(b));
  if (x.size === 0 || y.size === 0) return nameKey(a) === nameKey(b) ? 1 : 0;
  let both = 0;
  for (const [g, n] of x) both += Math.min(n, y.get(g) ?? 0);
  let nx = 0;
  let ny = 0;
  for (const n of x.values()) nx += n;
  for (const n of y.values()) ny += n;
  return (2 * both) / (nx + ny);
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}
