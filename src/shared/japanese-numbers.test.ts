import { describe, expect, it } from 'vitest';
import { checkMagnitude, MISSING_MARKERS, parseJapaneseNumber } from './japanese-numbers.ts';
import { normalizeText, toHalfWidth } from './normalize-text.ts';

function value(input: string | number | null | undefined): unknown {
  return parseJapaneseNumber(input);
}

describe('parseJapaneseNumber: plain and full-width numbers', () => {
  it.each<[string | number, number]>([
    ['0', 0],
    ['123', 123],
    ['-123', -123],
    ['+5', 5],
    ['3.14', 3.14],
    ['007', 7],
    ['1,234', 1234],
    ['1,234,567.89', 1234567.89],
    ['１２３', 123],
    ['１，２３４．５', 1234.5],
    ['　１２３　', 123],
    [' 42 ', 42],
    ['.5', 0.5],
    [1234.5, 1234.5],
    [-7, -7],
    [0, 0],
  ])('%j → %d', (input, expected) => {
    expect(value(input)).toEqual({ ok: true, value: expected, percent: false });
  });

  it('never returns negative zero', () => {
    const r = parseJapaneseNumber('-0');
    expect(r).toEqual({ ok: true, value: 0, percent: false });
    expect(Object.is(r.ok && r.value, -0)).toBe(false);
    expect(Object.is((parseJapaneseNumber('△0') as { value: number }).value, -0)).toBe(false);
  });
});

describe('parseJapaneseNumber: negatives (including accounting △/▲)', () => {
  it.each<[string, number]>([
    ['-5', -5],
    ['－５', -5],
    ['−5', -5],
    ['△5', -5],
    ['▲5', -5],
    ['△1,234', -1234],
    ['▲ 2.5', -2.5],
    ['△2.1%', -2.1],
    ['△1億2,345万円', -123450000],
  ])('%j → %d', (input, expected) => {
    const r = parseJapaneseNumber(input);
    expect(r.ok && r.value).toBe(expected);
  });
});

describe('parseJapaneseNumber: 万・億・兆・千', () => {
  it.each<[string, number]>([
    ['1億2,345万', 123450000],
    ['15兆', 15e12],
    ['2.3万', 23000],
    ['6,000万人', 60000000],
    ['1兆2000億円', 1.2e12],
    ['1兆2,000億円', 1.2e12],
    ['1万', 10000],
    ['1万5千', 15000],
    ['5千', 5000],
    ['3千万', 30000000],
    ['1億5千万円', 150000000],
    ['1億2,345万6,789', 123456789],
    ['1万5', 10005],
    ['0.1万', 1000],
    ['1.1万', 11000],
    ['4.35億', 435000000],
    ['0.07億', 7000000],
    ['1.005万', 10050],
    ['1.23456789万', 12345.6789],
    ['1億2.5万', 100025000],
    ['２．３万人', 23000],
    ['12.3万人泊', 123000],
  ])('%j → %d exactly', (input, expected) => {
    expect(value(input)).toEqual({ ok: true, value: expected, percent: false });
  });

  it('is exact where naive floating-point multiplication is not', () => {
    // The traps being avoided:
    expect(4.35 * 1e8).not.toBe(435000000);
    expect(1.005 * 1e4).not.toBe(10050);
    expect(2.3 * 1e8).not.toBe(230000000);
    for (const [input, expected] of [
      ['4.35億', 435000000],
      ['1.005万', 10050],
      ['2.3億', 230000000],
    ] as const) {
      const r = parseJapaneseNumber(input);
      expect(r.ok && r.value).toBe(expected);
    }
  });

  it.each<[string, string]>([
    ['1万2万', '万・億・兆などの単位は大きい順に書いてください'],
    ['1万1億', '万・億・兆などの単位は大きい順に書いてください'],
    ['1億12,345万', '万・億・兆などの単位の桁が正しくありません'],
    ['1万12345', '万・億・兆などの単位の桁が正しくありません'],
  ])('rejects %j', (input, detail) => {
    expect(value(input)).toEqual({ ok: false, reason: `数値ではありません: "${input}"（${detail}）` });
  });

  it.each(['万', '億円', '千', '万5'])('rejects %j (a multiplier needs digits)', (input) => {
    expect(parseJapaneseNumber(input).ok).toBe(false);
  });
});

describe('parseJapaneseNumber: percent', () => {
  it.each<[string, number]>([
    ['64%', 64],
    ['64％', 64],
    ['６４％', 64],
    ['12.5 %', 12.5],
    ['12.5パーセント', 12.5],
    ['-3.5%', -3.5],
    ['100.0%', 100],
  ])('%j → %d with percent: true', (input, expected) => {
    expect(value(input)).toEqual({ ok: true, value: expected, percent: true });
  });
});

describe('parseJapaneseNumber: trailing units', () => {
  it.each<[string, number]>([
    ['1,200円', 1200],
    ['35人', 35],
    ['12件', 12],
    ['3社', 3],
    ['5箇所', 5],
    ['5か所', 5],
    ['5ヶ所', 5],
    ['5カ所', 5],
    ['2団体', 2],
    ['1.5倍', 1.5],
    ['4回', 4],
    ['2泊', 2],
    ['1,000人泊', 1000],
    ['120世帯', 120],
    ['30戸', 30],
    ['3校', 3],
    ['10市町村', 10],
    ['4地区', 4],
    ['2地域', 2],
    ['15品目', 15],
    ['8事業', 8],
    ['2拠点', 2],
    ['500人/年', 500],
    ['20件/年', 20],
    ['6本', 6],
    ['40台', 40],
    ['3.5ha', 3.5],
    ['3.5ｈａ', 3.5],
    ['120t', 120],
    ['120トン', 120],
    ['12.5km', 12.5],
    ['100 人', 100],
  ])('%j → %d', (input, expected) => {
    expect(value(input)).toEqual({ ok: true, value: expected, percent: false });
  });
});

describe('parseJapaneseNumber: missing markers', () => {
  it.each([...MISSING_MARKERS])('%j alone is "no figure"', (marker) => {
    expect(value(marker)).toEqual({ ok: true, value: null, missing: marker });
    expect(value(` ${marker}　`)).toEqual({ ok: true, value: null, missing: marker });
  });

  it('lists exactly the documented markers', () => {
    expect(MISSING_MARKERS).toEqual(['－', '-', '―', '—', '‐', '…', '...', '・・・', 'x', 'X', 'ｘ', '***', '*', '＊＊＊', 'NA', 'N/A']);
  });

  it.each(['Ｘ', 'n/a', 'Ｎ／Ａ', 'ＮＡ', '＊'])('width/case variant %j is a marker too, reported as written', (marker) => {
    expect(value(marker)).toEqual({ ok: true, value: null, missing: marker });
  });

  it.each<[null | undefined | string]>([[null], [undefined], [''], ['   '], ['　']])('%j is an empty cell', (input) => {
    expect(value(input)).toEqual({ ok: true, value: null, missing: '' });
  });
});

describe('parseJapaneseNumber: rejects', () => {
  it.each<[string, string]>([
    ['abc', '数値ではありません: "abc"'],
    ['12abc', '数値ではありません: "12abc"（「abc」の部分を解釈できません）'],
    ['1.2.3', '数値ではありません: "1.2.3"（「.3」の部分を解釈できません）'],
    ['12 34', '数値ではありません: "12 34"（数字の間に空白があります）'],
    ['1,00', '数値ではありません: "1,00"（「,00」の部分を解釈できません）'],
    ['1e6', '数値ではありません: "1e6"（「e6」の部分を解釈できません）'],
    ['約5万人', '数値ではありません: "約5万人"'],
    ['12人以上', '数値ではありません: "12人以上"（「人以上」の部分を解釈できません）'],
  ])('%j', (input, reason) => {
    expect(value(input)).toEqual({ ok: false, reason });
  });

  it.each(['5.', ',100', '1,2,3', '△', '▲-5', '--5', 'Infinity', 'NaN', '0x10', '５ｍ', '(5)', '円', '%', '1/2', '12:30'])('%j is not a number', (input) => {
    const r = parseJapaneseNumber(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain(`"${input}"`);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('number %d is not ok', (n) => {
    expect(value(n)).toEqual({ ok: false, reason: `数値ではありません: ${String(n)}` });
  });
});

describe('normalizeText (shared helper)', () => {
  it('folds full-width ASCII and spaces, trims', () => {
    expect(normalizeText('　ＡＢＣ－１２３，４５６．７％　')).toBe('ABC-123,456.7%');
    expect(normalizeText('\u200B\uFEFF札幌市\u00A0中央区 \u200B')).toBe('札幌市 中央区');
  });

  it('turns half-width katakana into full-width, merging voiced marks', () => {
    expect(toHalfWidth('ｻｯﾎﾟﾛｼ ｶﾞｯｺｳ｡')).toBe('サッポロシ ガッコウ。');
  });

  it('leaves meaningful non-ASCII alone (unlike whole-string NFKC)', () => {
    expect(normalizeText('①㈱…～〜髙\uFA19')).toBe('①㈱…~〜髙\uFA19');
    expect(normalizeText('平成２９年度')).toBe('平成29年度');
  });
});

describe('parseJapaneseNumber: finite and bounded (MAX_ABS_VALUE)', () => {
  const big = `1${'0'.repeat(400)}`;

  it('a 400-digit number is refused, not Infinity', () => {
    const r = parseJapaneseNumber(big);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe('number_out_of_range');
    // the message shows the start of the value, not all 401 digits
    expect(!r.ok && r.reason).toMatch(/^数値が大きすぎます: "1000000000000000000000000000000000000000…（401文字）"（絶対値 10\^18（100京） 以下の数値にしてください）$/);
  });

  it.each([`-${big}`, `${big}万`, `１${'０'.repeat(30)}`, `${'9'.repeat(19)}`, '1000001兆', '△1000001兆', '1,000,000,000,001,000,000'])('%j is out of range', (input) => {
    expect(parseJapaneseNumber(input)).toMatchObject({ ok: false, code: 'number_out_of_range' });
  });

  it.each([
    ['1000000000000000000', 1e18],
    ['-1000000000000000000', -1e18],
    ['1000000兆', 1e18],
    ['△1000000兆', -1e18],
    ['0.000000000000000000001', 1e-21],
  ])('%j is allowed (the bound itself is in range)', (input, expected) => {
    expect(parseJapaneseNumber(input)).toMatchObject({ ok: true, value: expected });
  });

  it('numbers (JSON, Excel) beyond the bound are refused too; finite NaN/Infinity stay "not a number"', () => {
    expect(parseJapaneseNumber(1e19)).toMatchObject({ ok: false, code: 'number_out_of_range' });
    expect(parseJapaneseNumber(-1.5e300)).toMatchObject({ ok: false, code: 'number_out_of_range' });
    expect(parseJapaneseNumber(1e18)).toEqual({ ok: true, value: 1e18, percent: false });
    expect(parseJapaneseNumber(Number.MAX_VALUE).ok).toBe(false);
  });

  it('checkMagnitude names the value as given', () => {
    expect(checkMagnitude(Infinity, '"1e400"')).toEqual({
      ok: false,
      code: 'number_out_of_range',
      reason: '数値が大きすぎます: "1e400"（絶対値 10^18（100京） 以下の数値にしてください）',
    });
    expect(checkMagnitude(Number.NaN, 'NaN')).toEqual({ ok: false, reason: '数値ではありません: NaN' });
    expect(checkMagnitude(-0, '-0')).toEqual({ ok: true, value: 0, percent: false });
  });
});
