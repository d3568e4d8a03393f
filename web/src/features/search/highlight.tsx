/**
 * Marks where the query occurs in a text, ignoring case, full-/half-width and
 * hiragana/katakana differences (the server matches the same way).
 */
import type { ReactNode } from 'react';

function foldChar(c: string): string {
  let s = c.normalize('NFKC').toLowerCase();
  // katakana → hiragana
  s = s.replace(/[\u30A1-\u30F6]/g, (k) => String.fromCharCode(k.charCodeAt(0) - 0x60));
  return s;
}

/** The folded text and, for each folded UTF-16 unit, the index of the original character. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
    i += ch.length;
  }
  origin.push(i);
  return { folded, origin };
}

export function highlightRanges(text: string, query: string): [number, number][] {
  const words = query
    .split(/[\s\u3000]+/)
    .filter(Boolean)
    .map((w) => fold(w).folded);
  if (words.length === 0) return [];
  const { folded, origin } = fold(text);
  const ranges: [number, number][] = [];
  for (const w of words) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(w, from);
      if (at < 0) break;
      ranges.push([origin[at]!, origin[at + w.length] ?? text.length]);
      from = at + Math.max(1, w.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

export function Highlight({ text, query }: { text: string; query: string }): ReactNode {
  const ranges = highlightRanges(text, query);
  if (ranges.length === 0) return text;
  const out: ReactNode[] = [];
  let pos = 0;
  ranges.forEach(([a, b], i) => {
    if (a > pos) out.push(text.slice(pos, a));
    // biome-ignore lint/suspicious/noArrayIndexKey: the marks of one string, recomputed whole
    out.push(<mark key={i}>{text.slice(a, b)}</mark>);
    pos = b;
  });
  if (pos < text.length) out.push(text.slice(pos));
  return <>{out}</>;
}
