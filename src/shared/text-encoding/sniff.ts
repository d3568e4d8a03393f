/** Encodings recognised only to refuse them by name (EUC-JP, UTF-16 without BOM). */

/** Structurally valid EUC-JP with at least one multi-byte character. */
export function looksLikeEucJp(b: Uint8Array): boolean {
  let multi = false;
  let i = 0;
  const kanjiByte = (x: number | undefined): boolean => x !== undefined && x >= 0xa1 && x <= 0xfe;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
    } else if (kanjiByte(c) && kanjiByte(b[i + 1])) {
      i += 2;
      multi = true;
    } else if (c === 0x8e && b[i + 1] !== undefined && b[i + 1]! >= 0xa1 && b[i + 1]! <= 0xdf) {
      i += 2;
      multi = true;
    } else if (c === 0x8f && kanjiByte(b[i + 1]) && kanjiByte(b[i + 2])) {
      i += 3;
      multi = true;
    } else {
      return false;
    }
  }
  return multi;
}

/** UTF-16 without BOM: ASCII-heavy text puts its NULs consistently at odd or even offsets. */
export function looksLikeUtf16(b: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (b.length < 2 || b.length % 2 !== 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const half = b.length / 2;
  if (oddNul >= half * 0.3 && evenNul === 0) return 'UTF-16LE';
  if (evenNul >= half * 0.3 && oddNul === 0) return 'UTF-16BE';
  return null;
}
