import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readJsonCatalog } from '../interchange/read-json-catalog.ts';
import { foldForSearch, searchCatalog } from './search.ts';

const national = readJsonCatalog(readFileSync(new URL('../../../../reference-data/strategies/chiiki-mirai-senryaku-2026.json', import.meta.url), 'utf8'), 'national.json');

describe('search (Japanese partial matches)', () => {
  it('folds width and kana', () => {
    expect(foldForSearch('ﾃﾞｼﾞﾀﾙ ジンザイ')).toBe('でじたるじんざい');
    expect(foldForSearch('ＫＰＩ')).toBe('kpi');
  });
  it('finds KPIs by a kanji fragment, by hiragana for katakana words, and by id', () => {
    const kanji = searchCatalog(national, '訪日外国人');
    expect(kanji.some((r) => r.type === 'kpi' && r.name.includes('訪日外国人'))).toBe(true);
    const kana = searchCatalog(national, 'すたーとあっぷ');
    expect(kana.length).toBeGreaterThan(0);
    expect(kana.every((r) => foldForSearch(r.match).includes('すたーとあっぷ'))).toBe(true);
    expect(searchCatalog(national, 'imp-02').map((r) => r.id)).toEqual(['IMP-02']);
  });
  it('finds nodes too, and needs every term', () => {
    const r = searchCatalog(national, '公共交通');
    expect(r.some((x) => x.type === 'node' && x.id === 'output-i')).toBe(true);
    expect(searchCatalog(national, '公共交通 存在しない語')).toEqual([]);
    expect(searchCatalog(national, '   ')).toEqual([]);
  });
});
