/**
 * Reading and writing the text files planners actually have: UTF-8 (with or without BOM) and
 * Shift_JIS as written by Japanese Excel, i.e. Microsoft CP932 with the NEC and IBM extensions
 * (①, ㈱, 髙, ～ = 0x8160 → U+FF5E FULLWIDTH TILDE).
 *
 * Shift_JIS is decoded with our own table (built once from encoding-japanese's CP932 mapping)
 * rather than TextDecoder('shift_jis'): Node's ICU converter swaps 0x1A/0x1C/0x7F, and neither
 * library reports *where* a file stops being valid, which the error message must say.
 */
import Encoding from 'encoding-japanese';

export type TextEncodingName = 'utf8' | 'utf8-bom' | 'sjis';

export class DecodeError extends Error {
  /** 1-based line of the problem, when it is tied to a place in the file */
  readonly line?: number;
  /** 0-based byte offset of the problem */
  readonly byteOffset?: number;
  constructor(message: string, where?: { line: number; byteOffset: number }) {
    super(message);
    this.name = 'DecodeError';
    if (where) {
      this.line = where.line;
      this.byteOffset = where.byteOffset;
    }
  }
}

/** A character that cannot be written in the requested encoding. */
export class EncodeError extends Error {
  readonly character: string;
  /** 1-based line of the character in the text */
  readonly line: number;
  constructor(message: string, character: string, line: number) {
    super(message);
    this.name = 'EncodeError';
    this.character = character;
    this.line = line;
  }
}

const SAVE_AS = 'UTF-8 または Shift_JIS で保存してください';

// ---------------------------------------------------------------------------------------------
// Positions

/** 1-based line of a byte offset; a lone CR counts as a line break (Excel for Mac CSVs). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

function where(bytes: Uint8Array, offset: number): { line: number; byteOffset: number } {
  return { line: lineAt(bytes, offset), byteOffset: offset };
}

function describe(bytes: Uint8Array, offset: number): string {
  const b = bytes[offset] ?? 0;
  return `${lineAt(bytes, offset)}行目、先頭から${offset + 1}バイト目: 0x${b.toString(16).toUpperCase().padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// UTF-8

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Offset of the first byte of the first ill-formed UTF-8 sequence (Unicode Table 3-7), or −1. */
function firstInvalidUtf8(b: Uint8Array, start: number): number {
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

function decodeUtf8(bytes: Uint8Array, start: number): string | number {
  try {
    return utf8Fatal.decode(bytes.subarray(start));
  } catch {
    const at = firstInvalidUtf8(bytes, start);
    return at >= 0 ? at : start; // the locator and TextDecoder agree; the fallback is belt and braces
  }
}

function hasUtf8Bom(b: Uint8Array): boolean {
  return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

// ---------------------------------------------------------------------------------------------
// Shift_JIS (CP932)

const isSjisLead = (b: number): boolean => (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
const isSjisTrail = (b: number): boolean => b >= 0x40 && b <= 0xfc && b !== 0x7f;
/** User-defined area (外字): encoding-japanese has no mapping and the glyphs are per-PC anyway. */
const isGaijiLead = (b: number): boolean => b >= 0xf0 && b <= 0xf9;

let sjisDecodeTable: Uint16Array | undefined;

/** (lead << 8 | trail) → UTF-16 code unit, 0 where the pair is unassigned. */
function getSjisDecodeTable(): Uint16Array {
  if (sjisDecodeTable) return sjisDecodeTable;
  const table = new Uint16Array(0x10000);
  const pairs: number[] = [];
  const codes: number[] = [];
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (!isSjisLead(lead) || isGaijiLead(lead)) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      if (!isSjisTrail(trail)) continue;
      pairs.push(lead, trail);
      codes.push((lead << 8) | trail);
    }
  }
  // One conversion call for all pairs; unassigned pairs come back as '?', one unit per pair.
  const units = Encoding.convert(pairs, { to: 'UNICODE', from: 'SJIS', type: 'array' });
  if (units.length !== codes.length) throw new Error('encoding-japanese の SJIS 変換表を読み取れませんでした');
  for (let i = 0; i < codes.length; i++) {
    const u = units[i]!;
    if (u !== 0x3f) table[codes[i]!] = u;
  }
  sjisDecodeTable = table;
  return table;
}

type SjisResult = { text: string } | { offset: number; gaiji: boolean };

function decodeSjis(bytes: Uint8Array): SjisResult {
  const table = getSjisDecodeTable();
  const out = new Uint16Array(bytes.length);
  let n = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      out[n++] = b; // CP932: 0x5C is '\' and 0x7E is '~', as Windows reads them
      i++;
    } else if (b >= 0xa1 && b <= 0xdf) {
      out[n++] = 0xff61 + (b - 0xa1); // half-width katakana
      i++;
    } else if (isSjisLead(b)) {
      const t = bytes[i + 1];
      if (isGaijiLead(b) && t !== undefined && isSjisTrail(t)) return { offset: i, gaiji: true };
      const u = t === undefined ? 0 : table[(b << 8) | t]!;
      if (u === 0) return { offset: i, gaiji: false };
      out[n++] = u;
      i += 2;
    } else {
      return { offset: i, gaiji: false };
    }
  }
  return { text: utf16ToString(out.subarray(0, n)) };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16le = new TextDecoder('utf-16le');

/** Code units → string; TextDecoder is ~10× faster than String.fromCharCode on large files. */
function utf16ToString(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return utf16le.decode(units);
  let text = '';
  for (let k = 0; k < units.length; k += 8192) text += String.fromCharCode(...units.subarray(k, k + 8192));
  return text;
}

function sjisErrorMessage(bytes: Uint8Array, r: { offset: number; gaiji: boolean }): string {
  if (r.gaiji) {
    const code = ((bytes[r.offset]! << 8) | bytes[r.offset + 1]!).toString(16).toUpperCase();
    return `Shift_JIS の外字（ユーザー定義文字 0x${code}）は読み込めません（${describe(bytes, r.offset)}）`;
  }
  return `Shift_JIS として読めないバイトがあります（${describe(bytes, r.offset)}）`;
}

// ---------------------------------------------------------------------------------------------
// Encodings we recognise only to refuse them by name

/** Structurally valid EUC-JP with at least one multi-byte character. */
function looksLikeEucJp(b: Uint8Array): boolean {
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
function looksLikeUtf16(b: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
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

/** Length of the well-formed UTF-8 sequence starting at a byte ≥ 0x80, or 0 (Unicode Table 3-7). */
function utf8SequenceAt(b: Uint8Array, i: number): number {
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
function looksLikeBrokenUtf8(b: Uint8Array): boolean {
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

function unsupported(name: string): DecodeError {
  return new DecodeError(`${name} のファイルには対応していません。${SAVE_AS}`);
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Decodes a text file. 'auto' tries UTF-8 (BOM, then strict) and then Shift_JIS; anything else
 * is refused with a message saying what was found and where, never decoded into mojibake.
 */
export function decodeText(
  bytes: Uint8Array,
  encoding: 'auto' | 'utf8' | 'sjis' = 'auto',
): { text: string; encoding: TextEncodingName } {
  // NUL never occurs in UTF-8 or Shift_JIS text, whichever encoding was asked for: it means a
  // binary file (or UTF-16), and PostgreSQL could not store it anyway.
  if (encoding !== 'auto') {
    const nul = bytes.indexOf(0);
    if (nul >= 0) throw new DecodeError('NUL 文字が含まれています（バイナリファイルか UTF-16 の可能性があります）', where(bytes, nul));
  }
  if (encoding === 'utf8') {
    const start = hasUtf8Bom(bytes) ? 3 : 0;
    const r = decodeUtf8(bytes, start);
    if (typeof r === 'number') {
      throw new DecodeError(`UTF-8 として読めないバイトがあります（${describe(bytes, r)}）`, where(bytes, r));
    }
    return { text: r, encoding: start === 3 ? 'utf8-bom' : 'utf8' };
  }

  if (encoding === 'sjis') {
    // The BOM is proof of UTF-8; decoding it as Shift_JIS would only produce 「ｿ」-style garbage.
    if (hasUtf8Bom(bytes)) {
      throw new DecodeError('このファイルは UTF-8（BOM 付き）です。Shift_JIS ではなく UTF-8 として読み込んでください');
    }
    const r = decodeSjis(bytes);
    if ('offset' in r) throw new DecodeError(sjisErrorMessage(bytes, r), where(bytes, r.offset));
    return { text: r.text, encoding: 'sjis' };
  }

  if (bytes.length === 0) return { text: '', encoding: 'utf8' };

  if (hasUtf8Bom(bytes)) {
    const r = decodeUtf8(bytes, 3);
    if (typeof r === 'number') {
      throw new DecodeError(`UTF-8（BOM 付き）のファイルに UTF-8 として読めないバイトがあります（${describe(bytes, r)}）`, where(bytes, r));
    }
    return { text: r, encoding: 'utf8-bom' };
  }
  // Excel's 「Unicode テキスト」 is UTF-16LE with a BOM.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw unsupported(bytes[2] === 0 && bytes[3] === 0 && bytes[0] === 0xff ? 'UTF-32' : 'UTF-16');
  }
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) throw unsupported('UTF-32');

  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    if (looksLikeUtf16(bytes)) throw unsupported('UTF-16');
    // NUL never occurs in UTF-8 or Shift_JIS text; without this, binary could pass as Shift_JIS.
    throw new DecodeError('文字コードを判別できません（バイナリファイルの可能性があります）', where(bytes, nul));
  }

  const utf8 = decodeUtf8(bytes, 0);
  if (typeof utf8 === 'string') {
    // ISO-2022-JP is 7-bit, so it passes as UTF-8; its escape sequences give it away.
    if (/\x1b\$[@B]|\x1b\([BJI]/.test(utf8)) throw unsupported('JIS（ISO-2022-JP）');
    return { text: utf8, encoding: 'utf8' };
  }

  const sjis = decodeSjis(bytes);
  // Text valid as both is almost always EUC-JP (whose kana/kanji bytes also read as half-width
  // katakana in Shift_JIS); accepting it would import mojibake silently.
  if (looksLikeEucJp(bytes)) {
    const hint = 'text' in sjis ? '（Shift_JIS のファイルであれば、文字コードに Shift_JIS を指定して読み込んでください）' : '';
    throw new DecodeError(`EUC-JP のファイルには対応していません。${SAVE_AS}${hint}`);
  }
  if ('text' in sjis) {
    // A UTF-8 file with one broken byte (a cut-off copy, a stray byte from another file) often
    // also reads as Shift_JIS — as mojibake. Real Shift_JIS text is almost never valid UTF-8 for
    // more than a character or two, so many well-formed UTF-8 sequences mean UTF-8 with a bad byte.
    if (looksLikeBrokenUtf8(bytes)) {
      throw new DecodeError(
        `UTF-8 として読めないバイトがあります（${describe(bytes, utf8)}）。ファイルが壊れているか、別の文字コードの文字が混ざっている可能性があります。${SAVE_AS}`,
        where(bytes, utf8),
      );
    }
    return { text: sjis.text, encoding: 'sjis' };
  }

  const sjisDetail = sjis.gaiji
    ? `、Shift_JIS として読むと外字（ユーザー定義文字）: ${describe(bytes, sjis.offset)}`
    : `、Shift_JIS として読めないバイト: ${describe(bytes, sjis.offset)}`;
  throw new DecodeError(
    `文字コードを判別できません。${SAVE_AS}（UTF-8 として読めないバイト: ${describe(bytes, utf8)}${sjisDetail}）`,
    where(bytes, utf8),
  );
}

let sjisEncodeMap: Map<number, number> | undefined;

/**
 * Unicode → CP932 with Windows' choice among duplicate codes (as the WHATWG encoder does):
 * lowest code wins, except the NEC-selected IBM rows 0xED/0xEE lose to the IBM rows 0xFA–0xFC.
 * Plus the JIS-style code points Mac and web text use for the same cells (〜 − ‖ ¢ £ ¬ —).
 */
function getSjisEncodeMap(): Map<number, number> {
  if (sjisEncodeMap) return sjisEncodeMap;
  const table = getSjisDecodeTable();
  const map = new Map<number, number>();
  const consider = (code: number): void => {
    const u = table[code]!;
    if (u !== 0 && !map.has(u)) map.set(u, code);
  };
  for (let code = 0x8140; code <= 0xfcfc; code++) if (code < 0xed00 || code > 0xeeff) consider(code);
  for (let code = 0xed00; code <= 0xeeff; code++) consider(code);
  const aliases: ReadonlyArray<[number, number]> = [
    [0x301c, 0x8160], // 〜 WAVE DASH → ～
    [0x2212, 0x817c], // − MINUS SIGN → －
    [0x2016, 0x8161], // ‖ DOUBLE VERTICAL LINE → ∥
    [0x00a2, 0x8191], // ¢ → ￠
    [0x00a3, 0x8192], // £ → ￡
    [0x00ac, 0x81ca], // ¬ → ￢
    [0x2014, 0x815c], // — EM DASH → ―
  ];
  for (const [u, code] of aliases) if (!map.has(u)) map.set(u, code);
  sjisEncodeMap = map;
  return map;
}

function encodeSjis(text: string): Uint8Array {
  const map = getSjisEncodeMap();
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u < 0x80) {
      out[n++] = u;
      if (u === 0x0a) line++;
    } else if (u >= 0xff61 && u <= 0xff9f) {
      out[n++] = 0xa1 + (u - 0xff61);
    } else {
      const code = map.get(u);
      if (code === undefined) {
        const cp = text.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        throw new EncodeError(`文字「${ch}」(U+${hex}) は Shift_JIS で表せません（${line}行目）`, ch, line);
      }
      out[n++] = code >> 8;
      out[n++] = code & 0xff;
    }
  }
  return out.slice(0, n);
}

const utf8Encoder = new TextEncoder();

/** Encodes text; for 'sjis' throws EncodeError naming the first character CP932 cannot hold. */
export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  if (encoding === 'sjis') return encodeSjis(text);
  const body = utf8Encoder.encode(text);
  if (encoding === 'utf8') return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
