/** Strict UTF-8: decoding that says where a file stops being valid, and telling a broken UTF-8 file from Shift_JIS. */

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Offset of the first byte of the first ill-formed UTF-8 sequence (Unicode Table 3-7), or −1. */
export function firstInvalidUtf8(b: Uint8Array, start: number): number {
  const n = b.length;
  const cont = (i: number, lo = 0x80, hi = 0xbf): boolean => i < n && b[i]! >= lo && b[i]! <= hi;
  let i = start;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
    } else if (c >= 0xc2 && c <= 0xdf) {
      if (!cont(i + 1)) return i;
      i += 2;
    } else if (c >= 0xe0 && c <= 0xef) {
      const lo = c === 0xe0 ? 0xa0 : 0x80;
      const hi = c === 0xed ? 0x9f : 0xbf; // ED A0..BF would be a surrogate
      if (!cont(i + 1, lo, hi) || !cont(i + 2)) return i;
      i += 3;
    } else if (c >= 0xf0 && c <= 0xf4) {
      const lo = c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xf4 ? 0x8f : 0xbf; // beyond U+10FFFF
      if (!cont(i + 1, lo, hi) || !cont(i + 2) || !cont(i + 3)) return i;
      i += 4;
    } else {
      return i;
    }
  }
  return -1;
}

export function decodeUtf8(bytes: Uint8Array, start: number): string | number {
  try {
    return utf8Fatal.decode(bytes.subarray(start));
  } catch {
    const at = firstInvalidUtf8(bytes, start);
    return at >= 0 ? at : start; // the locator and TextDecoder agree; the fallback is belt and braces
  }
}

export function hasUtf8Bom(b: Uint8Array): boolean {
  return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

/** Length of the well-formed UTF-8 sequence starting at a byte ≥ 0x80, or 0 (Unicode Table 3-7). */
export function utf8SequenceAt(b: Uint8Array, i: number): number {
  const c = b[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => k < b.length && b[k]! >= lo && b[k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(i + 1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) return cont(i + 1, c === 0xe0 ? 0xa0 : 0x80, c === 0xed ? 0x9f : 0xbf) && cont(i + 2) ? 3 : 0;
  if (c >= 0xf0 && c <= 0xf4) return cont(i + 1, c === 0xf0 ? 0x90 : 0x80, c === 0xf4 ? 0x8f : 0xbf) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  return 0;
}

/**
 * Whether bytes that are not valid UTF-8 are still mostly UTF-8: from the first non-ASCII byte,
 * over up to 64 KiB, at least 4 well-formed multi-byte sequences and at least 4 times as many
 * of them as ill-formed positions. Shift_JIS text fails that at nearly every character (its
 * lead bytes 0x81–0x9F are UTF-8 continuation bytes), so genuine Shift_JIS files pass.
 */
export function looksLikeBrokenUtf8(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length && b[i]! < 0x80) i++;
  const end = Math.min(b.length, i + 65536);
  let good = 0;
  let bad = 0;
  while (i < end) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceAt(b, i);
    if (len === 0) {
      bad++;
      i++;
    } else {
      good++;
      i += len;
    }
  }
  return good >= 4 && good >= 4 * bad;
}
