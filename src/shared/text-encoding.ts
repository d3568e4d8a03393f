/**
 * Reading and writing the text files planners actually have: UTF-8 (with or without BOM) and
 * Shift_JIS as written by Japanese Excel, i.e. Microsoft CP932 with the NEC and IBM extensions
 * (①, ㈱, 髙, ～ = 0x8160 → U+FF5E FULLWIDTH TILDE). Anything else is refused with a message
 * saying what was found and where, never decoded into mojibake. The parts: text-encoding/
 * (utf8.ts, shift-jis.ts: our own CP932 tables, sniff.ts: encodings refused by name,
 * positions.ts: where a byte is, errors.ts).
 */
import { DecodeError } from './text-encoding/errors.ts';
import { describe, where } from './text-encoding/positions.ts';
import { decodeSjis, encodeSjis } from './text-encoding/shift-jis.ts';
import { looksLikeEucJp, looksLikeUtf16 } from './text-encoding/sniff.ts';
import { decodeUtf8, hasUtf8Bom, looksLikeBrokenUtf8 } from './text-encoding/utf8.ts';

export { DecodeError, EncodeError } from './text-encoding/errors.ts';

export type TextEncodingName = 'utf8' | 'utf8-bom' | 'sjis';
type Decoded = { text: string; encoding: TextEncodingName };

const SAVE_AS = 'UTF-8 または Shift_JIS で保存してください';

function sjisErrorMessage(bytes: Uint8Array, r: { offset: number; gaiji: boolean }): string {
  if (r.gaiji) {
    const code = ((bytes[r.offset]! << 8) | bytes[r.offset + 1]!).toString(16).toUpperCase();
    return `Shift_JIS の外字（ユーザー定義文字 0x${code}）は読み込めません（${describe(bytes, r.offset)}）`;
  }
  return `Shift_JIS として読めないバイトがあります（${describe(bytes, r.offset)}）`;
}

function unsupported(name: string): DecodeError {
  return new DecodeError(`${name} のファイルには対応していません。${SAVE_AS}`);
}

/** The encoding the user chose. */
function decodeAs(bytes: Uint8Array, encoding: 'utf8' | 'sjis'): Decoded {
  // NUL never occurs in UTF-8 or Shift_JIS text, whichever encoding was asked for: it means a
  // binary file (or UTF-16), and PostgreSQL could not store it anyway.
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new DecodeError('NUL 文字が含まれています（バイナリファイルか UTF-16 の可能性があります）', where(bytes, nul));
  if (encoding === 'utf8') {
    const start = hasUtf8Bom(bytes) ? 3 : 0;
    const r = decodeUtf8(bytes, start);
    if (typeof r === 'number') {
      throw new DecodeError(`UTF-8 として読めないバイトがあります（${describe(bytes, r)}）`, where(bytes, r));
    }
    return { text: r, encoding: start === 3 ? 'utf8-bom' : 'utf8' };
  }
  // The BOM is proof of UTF-8; decoding it as Shift_JIS would only produce 「ｿ」-style garbage.
  if (hasUtf8Bom(bytes)) {
    throw new DecodeError('このファイルは UTF-8（BOM 付き）です。Shift_JIS ではなく UTF-8 として読み込んでください');
  }
  const r = decodeSjis(bytes);
  if ('offset' in r) throw new DecodeError(sjisErrorMessage(bytes, r), where(bytes, r.offset));
  return { text: r.text, encoding: 'sjis' };
}

/** What the first bytes prove (a BOM, UTF-16/32, binary), before guessing between UTF-8 and Shift_JIS. */
function decodeByMarks(bytes: Uint8Array): Decoded | null {
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
  return null;
}

/** 'auto': the marks, then strict UTF-8, then Shift_JIS. */
function decodeAuto(bytes: Uint8Array): Decoded {
  const marked = decodeByMarks(bytes);
  if (marked) return marked;
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
  throw new DecodeError(`文字コードを判別できません。${SAVE_AS}（UTF-8 として読めないバイト: ${describe(bytes, utf8)}${sjisDetail}）`, where(bytes, utf8));
}

/**
 * Decodes a text file. 'auto' tries UTF-8 (BOM, then strict) and then Shift_JIS; anything else
 * is refused with a message saying what was found and where, never decoded into mojibake.
 */
export function decodeText(bytes: Uint8Array, encoding: 'auto' | 'utf8' | 'sjis' = 'auto'): Decoded {
  return encoding === 'auto' ? decodeAuto(bytes) : decodeAs(bytes, encoding);
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
