/**
 * Shift_JIS as Japanese Excel writes it (Microsoft CP932 with the NEC and IBM extensions), with
 * our own tables built once from encoding-japanese's mapping: Node's ICU converter swaps
 * 0x1A/0x1C/0x7F, and neither library reports where a file stops being valid.
 */
import Encoding from 'encoding-japanese';
import { EncodeError } from './errors.ts';

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

export function decodeSjis(bytes: Uint8Array): SjisResult {
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
export function utf16ToString(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return utf16le.decode(units);
  let text = '';
  for (let k = 0; k < units.length; k += 8192) text += String.fromCharCode(...units.subarray(k, k + 8192));
  return text;
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

export function encodeSjis(text: string): Uint8Array {
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
