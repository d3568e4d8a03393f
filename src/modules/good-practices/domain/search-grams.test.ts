import { describe, expect, it } from 'vitest';
import { gramCounts, gramsRequired, queryGrams, searchKey, searchRuns } from './search-grams.ts';

describe('search key', () => {
  it('folds widths, case and katakana to one form', () => {
    expect(searchKey('ｺﾐｭﾆﾃｨ')).toBe('こみゅにてぃ');
    expect(searchKey('コミュニティ')).toBe('こみゅにてぃ');
    expect(searchKey('ＤＸ推進')).toBe('dx推進');
    expect(searchKey('ドローン')).toBe('どろーん');
    expect(searchKey('２０２４年')).toBe('2024年');
  });

  it('cuts runs at spaces and punctuation', () => {
    expect(searchRuns('地域支援企画員制度（高知県）、DX')).toEqual(['地域支援企画員制度', '高知県', 'dx']);
  });

  it('makes bigrams within runs, unigrams of 1-character runs, with counts', () => {
    expect([...gramCounts('地方 町 地方')]).toEqual([
      ['地方', 2],
      ['町', 1],
    ]);
    expect(queryGrams('乗合タクシー')).toEqual(['乗合', '合た', 'たく', 'くし', 'しー']);
    expect(queryGrams('、。')).toEqual([]);
  });

  it('meets across the ways people type', () => {
    const index = new Set(gramCounts('デマンド型交通（オンデマンドバス）').keys());
    for (const q of ['でまんど', 'ﾃﾞﾏﾝﾄﾞ', 'デマンド', 'ンド型'])
      expect(
        queryGrams(q).every((g) => index.has(g)),
        q,
      ).toBe(true);
  });

  it('asks all grams of a short query and 60 % of a long one', () => {
    expect([1, 2, 3, 4, 5, 10].map(gramsRequired)).toEqual([1, 2, 3, 3, 3, 6]);
  });
});
