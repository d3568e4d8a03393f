import { describe, expect, it } from 'vitest';
import { DecodeError, EncodeError, decodeText, encodeText } from './text-encoding.ts';

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ''), 'hex'));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

function decodeError(fn: () => unknown): DecodeError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError);
    return e as DecodeError;
  }
  throw new Error('expected a DecodeError');
}

// 「北海道,札幌市,１２３」 as Japanese Excel saves it (CP932).
const SJIS_HOKKAIDO = hex('966b 8a43 93b9 2c 8e44 9679 8e73 2c 8250 8251 8252');

describe('decodeText auto: UTF-8', () => {
  it('plain UTF-8', () => {
    expect(decodeText(utf8('団体名,値\n北海道,１２３\n'))).toEqual({ text: '団体名,値\n北海道,１２３\n', encoding: 'utf8' });
  });

  it('pure ASCII is UTF-8', () => {
    expect(decodeText(utf8('code,value\r\n010006,1\r\n'))).toEqual({ text: 'code,value\r\n010006,1\r\n', encoding: 'utf8' });
  });

  it('BOM is detected and stripped', () => {
    expect(decodeText(concat([0xef, 0xbb, 0xbf], utf8('北海道')))).toEqual({ text: '北海道', encoding: 'utf8-bom' });
  });

  it('only one BOM is stripped', () => {
    expect(decodeText(concat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('a'))).text).toBe('\uFEFFa');
  });

  it('empty input is empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf8' });
  });

  it('4-byte characters (emoji, 𠮷) are fine', () => {
    expect(decodeText(utf8('𠮷野家😀')).text).toBe('𠮷野家😀');
  });

  it('invalid bytes after a BOM are reported with line and offset', () => {
    const e = decodeError(() => decodeText(concat([0xef, 0xbb, 0xbf], utf8('a\nb\n'), [0xff])));
    expect(e.line).toBe(3);
    expect(e.byteOffset).toBe(7);
    expect(e.message).toContain('3行目、先頭から8バイト目: 0xFF');
  });
});

describe('decodeText auto: Shift_JIS (CP932)', () => {
  it('reads Excel-style Shift_JIS', () => {
    expect(decodeText(SJIS_HOKKAIDO)).toEqual({ text: '北海道,札幌市,１２３', encoding: 'sjis' });
  });

  it('reads NEC and IBM extensions and Windows mappings', () => {
    const bytes = hex('8740 8741 878a fbfc eee0 8160 815f 817c fa40 8754 5c 7e b1 b6de 0d0a');
    expect(decodeText(bytes)).toEqual({ text: '①②㈱髙髙～＼－ⅰⅠ\\~ｱｶﾞ\r\n', encoding: 'sjis' });
  });

  it('0x8160 is U+FF5E FULLWIDTH TILDE, as Windows reads it', () => {
    const { text } = decodeText(concat(SJIS_HOKKAIDO, [0x81, 0x60]));
    expect(text.codePointAt(text.length - 1)).toBe(0xff5e);
  });

  it('control bytes 0x1A and 0x7F decode as themselves (unlike ICU shift_jis)', () => {
    expect(decodeText(concat(SJIS_HOKKAIDO, [0x1a, 0x7f, 0x1c]), 'sjis').text).toBe('北海道,札幌市,１２３\x1a\x7f\x1c');
  });
});

describe('decodeText auto: refuses what it cannot read', () => {
  it('PNG header is binary, not Shift_JIS', () => {
    const png = hex('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61');
    const e = decodeError(() => decodeText(png));
    expect(e.message).toBe('文字コードを判別できません（バイナリファイルの可能性があります）');
    expect(e.byteOffset).toBe(8);
  });

  it('random bytes with NULs are binary', () => {
    let x = 12345;
    const random = Uint8Array.from({ length: 4096 }, () => {
      x = (x * 1103515245 + 12345) >>> 0;
      return x >>> 24;
    });
    expect(random.includes(0)).toBe(true);
    expect(decodeError(() => decodeText(random)).message).toContain('バイナリファイルの可能性があります');
  });

  it('random high bytes without NULs are neither UTF-8 nor Shift_JIS', () => {
    let x = 99;
    const random = Uint8Array.from({ length: 256 }, () => {
      x = (x * 1103515245 + 12345) >>> 0;
      return 0x80 | (x >>> 25);
    });
    expect(random.includes(0)).toBe(false);
    const e = decodeError(() => decodeText(random));
    expect(e.message).toMatch(/^文字コードを判別できません。UTF-8 または Shift_JIS で保存してください（UTF-8 として読めないバイト: 1行目、/);
    expect(e.line).toBe(1);
    expect(e.byteOffset).toBe(0);
  });

  it('gives line and byte offset of the first byte invalid as UTF-8', () => {
    const bytes = concat(utf8('a,b\r\n1,2\r\n'), [0xff, 0x0a]);
    const e = decodeError(() => decodeText(bytes));
    expect(e.line).toBe(3);
    expect(e.byteOffset).toBe(10);
    expect(e.message).toBe(
      '文字コードを判別できません。UTF-8 または Shift_JIS で保存してください（UTF-8 として読めないバイト: 3行目、先頭から11バイト目: 0xFF、Shift_JIS として読めないバイト: 3行目、先頭から11バイト目: 0xFF）',
    );
  });

  it('counts lone CR as a line break (Excel for Mac CSV)', () => {
    expect(decodeError(() => decodeText(concat(utf8('a\rb\r'), [0xff]))).line).toBe(3);
  });

  it('UTF-16 with BOM (Excel 「Unicode テキスト」) is named', () => {
    const le = concat([0xff, 0xfe], Buffer.from('団体名\t値\r\n', 'utf16le'));
    expect(decodeError(() => decodeText(le)).message).toBe('UTF-16 のファイルには対応していません。UTF-8 または Shift_JIS で保存してください');
    const be = concat([0xfe, 0xff], Buffer.from('団体名', 'utf16le').swap16());
    expect(decodeError(() => decodeText(be)).message).toContain('UTF-16 のファイルには対応していません');
  });

  it('UTF-16 without BOM is named, not called binary', () => {
    const le = Uint8Array.from(Buffer.from('code,name\r\n010006,北海道\r\n', 'utf16le'));
    expect(decodeError(() => decodeText(le)).message).toContain('UTF-16 のファイルには対応していません');
  });

  it('UTF-32 with BOM is named', () => {
    expect(decodeError(() => decodeText(hex('fffe0000 61000000'))).message).toContain('UTF-32');
  });

  it('EUC-JP is named', () => {
    // 「ほっかいどう」 and 「北海道,札幌市」 in EUC-JP
    for (const bytes of [hex('a4db a4c3 a4ab a4a4 a4c9 a4a6 0a'), hex('cbcc b3a4 c6bb 2c bba5 cbda bbd4 0a')]) {
      expect(decodeError(() => decodeText(bytes)).message).toMatch(/^EUC-JP のファイルには対応していません。UTF-8 または Shift_JIS で保存してください/);
    }
  });

  it('EUC-JP that is not valid Shift_JIS is named without the Shift_JIS hint', () => {
    // 「東京都」 in EUC-JP: 京 = 0xB5 0xFE, and 0xFE can never occur in Shift_JIS.
    const bytes = hex('c5ec b5fe c5d4');
    expect(decodeError(() => decodeText(bytes)).message).toBe('EUC-JP のファイルには対応していません。UTF-8 または Shift_JIS で保存してください');
  });

  it('ISO-2022-JP (JIS) is named even though it is 7-bit', () => {
    const jis = hex('1b2442 4b4c 3324 463b 1b2842');
    expect(decodeError(() => decodeText(jis)).message).toBe('JIS（ISO-2022-JP） のファイルには対応していません。UTF-8 または Shift_JIS で保存してください');
  });

  it('Shift_JIS that is only half-width katakana is ambiguous with EUC-JP: refused in auto, fine when forced', () => {
    const kana = hex('b1b2b3b4 0a'); // ｱｲｳｴ
    expect(decodeError(() => decodeText(kana)).message).toContain('文字コードに Shift_JIS を指定して');
    expect(decodeText(kana, 'sjis')).toEqual({ text: 'ｱｲｳｴ\n', encoding: 'sjis' });
  });
});

describe('decodeText forced utf8', () => {
  it('decodes and reports a BOM', () => {
    expect(decodeText(utf8('北海道'), 'utf8')).toEqual({ text: '北海道', encoding: 'utf8' });
    expect(decodeText(concat([0xef, 0xbb, 0xbf], utf8('x')), 'utf8')).toEqual({ text: 'x', encoding: 'utf8-bom' });
  });

  it('names line and byte offset of the first invalid byte', () => {
    const e = decodeError(() => decodeText(concat(utf8('a\nb'), [0x93, 0x0a]), 'utf8'));
    expect(e.line).toBe(2);
    expect(e.byteOffset).toBe(3);
    expect(e.message).toBe('UTF-8 として読めないバイトがあります（2行目、先頭から4バイト目: 0x93）');
  });

  it('Shift_JIS bytes fail at the first kanji', () => {
    const e = decodeError(() => decodeText(SJIS_HOKKAIDO, 'utf8'));
    expect([e.line, e.byteOffset]).toEqual([1, 0]);
  });

  it.each<[string, number[], number]>([
    ['truncated sequence at end', [0x61, 0xe5, 0x8c], 1],
    ['overlong encoding', [0x61, 0x62, 0xc0, 0xaf], 2],
    ['surrogate', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0x61, 0xf4, 0x90, 0x80, 0x80], 1],
    ['stray continuation byte', [0x61, 0x62, 0x63, 0x80], 3],
  ])('%s', (_name, bytes, offset) => {
    expect(decodeError(() => decodeText(Uint8Array.from(bytes), 'utf8')).byteOffset).toBe(offset);
  });

  it('rejects NULs even when the caller asked for UTF-8 (binary or UTF-16; the database cannot store them)', () => {
    expect(() => decodeText(Uint8Array.from([0x61, 0x0a, 0x00, 0x62]), 'utf8')).toThrow(DecodeError);
    try {
      decodeText(Uint8Array.from([0x61, 0x0a, 0x00, 0x62]), 'utf8');
    } catch (e) {
      expect((e as DecodeError).line).toBe(2);
      expect((e as DecodeError).byteOffset).toBe(2);
    }
  });
});

describe('decodeText forced sjis', () => {
  it('decodes CP932', () => {
    expect(decodeText(SJIS_HOKKAIDO, 'sjis')).toEqual({ text: '北海道,札幌市,１２３', encoding: 'sjis' });
  });

  it('an unassigned code is an error with its position', () => {
    const e = decodeError(() => decodeText(concat(SJIS_HOKKAIDO, [0x0a, 0x85, 0x40]), 'sjis'));
    expect([e.line, e.byteOffset]).toEqual([2, 21]);
    expect(e.message).toBe('Shift_JIS として読めないバイトがあります（2行目、先頭から22バイト目: 0x85）');
  });

  it('user-defined characters (外字) are refused by name', () => {
    const e = decodeError(() => decodeText(hex('8250 f040'), 'sjis'));
    expect(e.byteOffset).toBe(2);
    expect(e.message).toBe('Shift_JIS の外字（ユーザー定義文字 0xF040）は読み込めません（1行目、先頭から3バイト目: 0xF0）');
  });

  it.each<[string, number[], number]>([
    ['lead byte at end of file', [0x82, 0x50, 0x82], 2],
    ['lead byte followed by a newline', [0x82, 0x0a], 0],
    ['0x80', [0x61, 0x80], 1],
    ['0xA0', [0xa0], 0],
    ['0xFD', [0x61, 0x62, 0xfd], 2],
  ])('%s', (_name, bytes, offset) => {
    expect(decodeError(() => decodeText(Uint8Array.from(bytes), 'sjis')).byteOffset).toBe(offset);
  });

  it('refuses a UTF-8 BOM file', () => {
    expect(decodeError(() => decodeText(concat([0xef, 0xbb, 0xbf], utf8('a')), 'sjis')).message).toContain('UTF-8（BOM 付き）');
  });
});

describe('encodeText', () => {
  it('utf8 and utf8-bom', () => {
    expect(toHex(encodeText('北', 'utf8'))).toBe('e58c97');
    expect(toHex(encodeText('北', 'utf8-bom'))).toBe('efbbbfe58c97');
    expect(toHex(encodeText('', 'utf8-bom'))).toBe('efbbbf');
  });

  it('sjis produces the bytes Japanese Excel writes', () => {
    expect(encodeText('北海道,札幌市,１２３', 'sjis')).toEqual(SJIS_HOKKAIDO);
  });

  it.each<[string, string]>([
    ['①', '8740'],
    ['㈱', '878a'],
    ['髙', 'fbfc'], // IBM row, as Windows chooses, not the NEC-selected 0xEEE0
    ['ⅰ', 'fa40'],
    ['Ⅰ', '8754'],
    ['≒', '81e0'], // JIS row, not NEC row 13
    ['∵', '81e6'],
    ['￢', '81ca'],
    ['～', '8160'], // U+FF5E FULLWIDTH TILDE
    ['〜', '8160'], // U+301C WAVE DASH from Mac/web text
    ['－', '817c'],
    ['−', '817c'], // U+2212 MINUS SIGN
    ['‖', '8161'],
    ['¢', '8191'],
    ['£', '8192'],
    ['¬', '81ca'],
    ['—', '815c'],
    ['―', '815c'],
    ['ｱｶﾞ', 'b1b6de'],
    ['\\~', '5c7e'],
    ['\r\n\t', '0d0a09'],
  ])('%j → %s', (text, bytes) => {
    expect(toHex(encodeText(text, 'sjis'))).toBe(bytes);
  });

  it('round-trips Shift_JIS text through decodeText', () => {
    const text = '団体コード,団体名,値\r\n011002,札幌市,１２３\r\n131016,千代田区,①②㈱髙～\r\nｶﾌﾞｼｷｶﾞｲｼｬ,Ⅹ,∑\r\n';
    const bytes = encodeText(text, 'sjis');
    expect(decodeText(bytes)).toEqual({ text, encoding: 'sjis' });
  });

  it('round-trips every character CP932 can represent', () => {
    // All double-byte codes that decode (user-defined area excluded).
    const chars: string[] = [];
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if ((lead > 0x9f && lead < 0xe0) || (lead >= 0xf0 && lead <= 0xf9)) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        try {
          chars.push(decodeText(Uint8Array.from([lead, trail]), 'sjis').text);
        } catch {
          // unassigned code
        }
      }
    }
    // JIS X 0208 (6,879) + NEC row 13 (83) + NEC-selected IBM (374) + IBM extensions (388)
    expect(chars.length).toBe(7724);
    const text = chars.join('');
    expect(decodeText(encodeText(text, 'sjis'), 'sjis').text).toBe(text);
  });

  it('round-trips UTF-8 with BOM', () => {
    const text = '𠮷野家😀,１２３\n';
    expect(decodeText(encodeText(text, 'utf8-bom'))).toEqual({ text, encoding: 'utf8-bom' });
    expect(decodeText(encodeText(text, 'utf8'))).toEqual({ text, encoding: 'utf8' });
  });

  it.each<[string, string, number]>([
    ['€', 'U+20AC', 1],
    ['😀', 'U+1F600', 1],
    ['𠮷', 'U+20BB7', 1],
    ['丂', 'U+4E02', 1],
  ])('refuses %j, naming it', (ch, code, line) => {
    try {
      encodeText(`a${ch}b`, 'sjis');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EncodeError);
      expect(e).toBeInstanceOf(Error);
      expect((e as EncodeError).character).toBe(ch);
      expect((e as EncodeError).line).toBe(line);
      expect((e as Error).message).toBe(`文字「${ch}」(${code}) は Shift_JIS で表せません（${line}行目）`);
    }
  });

  it('names the line of an unrepresentable character', () => {
    expect(() => encodeText('北海道\n札幌市\n€', 'sjis')).toThrow('文字「€」(U+20AC) は Shift_JIS で表せません（3行目）');
  });
});

describe('decodeText auto: a UTF-8 file with a bad byte is refused, not read as Shift_JIS mojibake', () => {
  it('a broken UTF-8 file that would decode as Shift_JIS names the line of the bad byte', () => {
    const good = utf8('kpi_id,note\nT-1,札幌札幌\nT-2,北海\n');
    const bad = concat(good.subarray(0, 28), [0x80], good.subarray(28));
    // the same bytes really are valid Shift_JIS: what auto detection used to store
    expect(decodeText(bad, 'sjis').text).toBe('kpi_id,note\nT-1,譛ｭ蟷梧惆蟷劇\nT-2,蛹玲ｵｷ\n');
    const e = decodeError(() => decodeText(bad));
    expect(e.message).toBe(
      'UTF-8 として読めないバイトがあります（2行目、先頭から29バイト目: 0x80）。ファイルが壊れているか、別の文字コードの文字が混ざっている可能性があります。UTF-8 または Shift_JIS で保存してください',
    );
    expect([e.line, e.byteOffset]).toEqual([2, 28]);
  });

  it('genuine Shift_JIS files are still detected (random text of every CP932 character class)', () => {
    const sample = ['北', '海', '道', '①', '㈱', '髙', 'ｱ', 'ｶﾞ', '漣', '鰯', '熙', '人', '口', '値', 'あ', 'ン', '１', '－'];
    let x = 3;
    for (let n = 0; n < 500; n++) {
      let s = '';
      for (let i = 0; i < 30; i++) {
        x = (x * 1103515245 + 12345) >>> 0;
        s += (x >>> 16) % 5 === 0 ? ',' : sample[(x >>> 8) % sample.length];
      }
      const r = decodeText(encodeText(`${s}\r\n`, 'sjis'));
      expect(r).toEqual({ text: `${s}\r\n`, encoding: 'sjis' });
    }
  });
});
