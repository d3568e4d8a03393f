import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from './errors.ts';
import { LocalGovCodeError, NATIONAL_CODE, checkDigit, isValidLocalGovCode, normalizeLocalGovCode, readLocalGovCode } from './local-gov-code.ts';

/** Real codes: prefer the copy inside the repo, fall back to the shared master data. */
function referenceCsv(name: string): string {
  const inRepo = fileURLToPath(new URL(`../../reference-data/local-gov/${name}`, import.meta.url));
  return existsSync(inRepo) ? inRepo : `/work/shared/data/master/${name}`;
}
const prefecturesCsv = referenceCsv('prefectures.csv');
const municipalitiesCsv = referenceCsv('municipalities.csv');

/** The lg_code column of a simple CSV (quoted fields handled; no embedded newlines expected). */
function lgCodes(path: string): string[] {
  const splitLine = (line: string): string[] => {
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cur += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        cells.push(cur);
        cur = '';
      } else cur += c;
    }
    cells.push(cur);
    return cells;
  };
  const lines = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l !== '');
  const header = splitLine(lines[0] ?? '');
  const col = header.indexOf('lg_code');
  expect(col).toBeGreaterThanOrEqual(0);
  return lines.slice(1).map((l) => splitLine(l)[col] ?? '');
}

describe('checkDigit against real 団体コード', () => {
  it.skipIf(!existsSync(prefecturesCsv))('matches all 47 prefecture codes', () => {
    const codes = lgCodes(prefecturesCsv);
    expect(codes).toHaveLength(47);
    const wrong = codes.filter((c) => checkDigit(c.slice(0, 5)) !== Number(c[5]));
    expect(wrong).toEqual([]);
    expect(codes.every(isValidLocalGovCode)).toBe(true);
  });

  it.skipIf(!existsSync(municipalitiesCsv))('matches all 1,922 municipality and ward codes', () => {
    const codes = lgCodes(municipalitiesCsv);
    expect(codes).toHaveLength(1922);
    const wrong = codes.filter((c) => checkDigit(c.slice(0, 5)) !== Number(c[5]));
    expect(wrong).toEqual([]);
    expect(codes.every(isValidLocalGovCode)).toBe(true);
    // Both special remainders occur in real data, so the rule for them is pinned down:
    // r = 0 → 1 (e.g. 011011 札幌市中央区), r = 1 → 0.
    const remainder = (c: string): number => [...c.slice(0, 5)].reduce((s, d, i) => s + Number(d) * (6 - i), 0) % 11;
    expect(codes.filter((c) => remainder(c) === 0).length).toBeGreaterThan(100);
    expect(codes.filter((c) => remainder(c) === 0).every((c) => c[5] === '1')).toBe(true);
    expect(codes.filter((c) => remainder(c) === 1).length).toBeGreaterThan(100);
    expect(codes.filter((c) => remainder(c) === 1).every((c) => c[5] === '0')).toBe(true);
  });
});

describe('checkDigit', () => {
  it.each<[string, number]>([
    ['01000', 6], // 北海道
    ['13000', 1], // 東京都
    ['13101', 6], // 千代田区
    ['47000', 7], // 沖縄県
    ['01101', 1], // 札幌市中央区: remainder 0 → 1
    ['01100', 2], // 札幌市
    ['27100', 4], // 大阪市
    ['01205', 0], // 室蘭市: remainder 1 → 0
  ])('%s → %i', (first5, digit) => {
    expect(checkDigit(first5)).toBe(digit);
  });

  it.each(['1310', '131016', '1310a', '１３１０１', ''])('rejects %j', (bad) => {
    expect(() => checkDigit(bad)).toThrow(LocalGovCodeError);
  });
});

describe('isValidLocalGovCode', () => {
  it.each(['010006', '130001', '131016', '470007', '011011', '271004', NATIONAL_CODE])('%s is valid', (code) => {
    expect(isValidLocalGovCode(code)).toBe(true);
  });

  it.each(['131017', '13101', '1310160', '１３１０１６', ' 131016', 'abcdef', '', '13101６'])('%j is not', (code) => {
    expect(isValidLocalGovCode(code)).toBe(false);
  });
});

describe('normalizeLocalGovCode', () => {
  it.each<[string | number, string]>([
    ['131016', '131016'],
    ['13101', '131016'],
    ['１３１０１６', '131016'],
    ['１３１０１', '131016'],
    [' 131016　', '131016'],
    ['01100', '011002'],
    ['010006', '010006'],
    [10006, '010006'], // Excel dropped the leading zero of 北海道
    [11002, '011002'],
    [131016, '131016'],
    [470007, '470007'],
    ['000000', NATIONAL_CODE],
    ['00000', NATIONAL_CODE],
    [0, NATIONAL_CODE],
  ])('%j → %s', (input, code) => {
    expect(normalizeLocalGovCode(input)).toBe(code);
  });

  it('says which check digit was expected', () => {
    expect(() => normalizeLocalGovCode('131017')).toThrow(
      '団体コード「131017」の検査数字（6桁目）が正しくありません（上5桁「13101」の検査数字は 6 です。上5桁に誤りがなければ「131016」）',
    );
  });

  it('never reads a number as a 5-digit code, and says how it read it', () => {
    // 13101 could be 千代田区's 5-digit code or a 6-digit code missing its leading 0.
    expect(() => normalizeLocalGovCode(13101)).toThrow(LocalGovCodeError);
    expect(() => normalizeLocalGovCode(13101)).toThrow('数値 13101 は「013101」と読みました');
  });

  it.each<[string | number, string]>([
    ['1310', '団体コード「1310」は4桁です（6桁、または検査数字を除いた5桁で指定してください）'],
    ['1310160', '団体コード「1310160」は7桁です（6桁、または検査数字を除いた5桁で指定してください）'],
    ['13-101', '団体コード「13-101」は数字ではありません（6桁または5桁の数字で指定してください）'],
    ['', '団体コード「」は数字ではありません（6桁または5桁の数字で指定してください）'],
    [1310160, '団体コード「1310160」は6桁の数字ではありません'],
    [-1, '団体コード「-1」は6桁の数字ではありません'],
    [13101.6, '団体コード「13101.6」は6桁の数字ではありません'],
  ])('rejects %j', (input, message) => {
    expect(() => normalizeLocalGovCode(input)).toThrow(LocalGovCodeError);
    expect(() => normalizeLocalGovCode(input)).toThrow(message);
  });

  it('LocalGovCodeError is an Error with its own name', () => {
    try {
      normalizeLocalGovCode('x');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).name).toBe('LocalGovCodeError');
    }
  });
});

describe('readLocalGovCode: a code a user gave', () => {
  it('normalises like normalizeLocalGovCode (5 digits get their check digit, full-width digits)', () => {
    expect(readLocalGovCode('01100', { column: 'area' })).toBe(normalizeLocalGovCode('01100'));
    expect(readLocalGovCode('０１１００２', { column: 'area' })).toBe('011002');
  });

  it('turns a bad code into an InputError at the place given, with the reason', () => {
    let err: unknown;
    try {
      readLocalGovCode('011003', { file: 'a.json', column: 'strategy.owner_code' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const issue = (err as InputError).issues[0]!;
    expect(issue).toMatchObject({ file: 'a.json', column: 'strategy.owner_code', code: 'invalid_code' });
    expect(issue.reason).toBe(
      (() => {
        try {
          normalizeLocalGovCode('011003');
          return '';
        } catch (e) {
          return (e as Error).message;
        }
      })(),
    );
  });
});
