import { describe, expect, it } from 'vitest';
import { checkDigit } from '../../../../../src/shared/local-gov-code.ts';
import type { Indicator } from '../../../api/statistics.ts';
import { axisValue, defaultIndicator, escapeHtml, foldKana, groupIndicators, prefectureCode, statValue } from './format.ts';

describe('statistics formatting', () => {
  it('rounds values on screen by the one number format (% to 1 decimal); integers stay exact', () => {
    expect(statValue(12.3456, '%', 'en')).toBe('12.3%');
    expect(statValue(0.72345, null, 'en')).toBe('0.72');
    expect(statValue(123.456, '%', 'en')).toBe('123.5%');
    expect(statValue(18_167_874, '人', 'ja')).toBe('1,816万7,874人');
    expect(statValue(Number.NaN, '%', 'en')).toBe('—');
    expect(statValue(null, '%', 'en')).toBe('—');
  });

  it('axis labels are compact from 10,000 up', () => {
    expect(axisValue(12_000, 'ja')).toBe('1.2万');
    expect(axisValue(9_999.456, 'ja')).toBe('9,999.46');
  });

  it('escapes HTML for tooltips', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('folds readings for search: half-width katakana and katakana become hiragana', () => {
    expect(foldKana('ｻｯﾎﾟﾛ')).toBe('さっぽろ');
    expect(foldKana('サッポロ')).toBe('さっぽろ');
    expect(foldKana('ＡＢＣ')).toBe('abc');
  });

  it("gives a prefecture's 団体コード with the check digit of src/shared/local-gov-code.ts", () => {
    for (let p = 1; p <= 47; p++) {
      const pref = String(p).padStart(2, '0');
      expect(prefectureCode(pref)).toBe(`${pref}000${checkDigit(`${pref}000`)}`);
    }
    expect(prefectureCode('13')).toBe('130001');
  });
});

describe('indicator lists', () => {
  const LABELS: Record<string, string> = { population: '人口', households: '世帯' };
  const ind = (code: string, category: string): Indicator => ({
    code,
    name: code,
    name_en: null,
    unit: '人',
    category,
    category_label: LABELS[category] ?? category,
    source: 's',
    licence: 'CC BY 4.0',
    frequency: null,
    notes: null,
    levels: ['prefecture'],
    periods: ['2020'],
    latest_period: '2020',
  });

  it('groups by category in catalog order, the 5-year-age breakdowns last, ages ascending and men first', () => {
    const list = [
      ind('age5_5_9_female', 'population'),
      ind('households', 'households'),
      ind('age5_0_4_female', 'population'),
      ind('age5_0_4_male', 'population'),
      ind('population_total', 'population'),
    ];
    const groups = groupIndicators(
      list,
      [
        { code: 'population', label: '人口' },
        { code: 'households', label: '世帯' },
      ],
      (l) => `${l}（詳細）`,
    );
    expect(groups.map((g) => [g.code, g.label, g.items.map((i) => i.code)])).toEqual([
      ['population', '人口', ['population_total']],
      ['households', '世帯', ['households']],
      ['population-detail', '人口（詳細）', ['age5_0_4_male', 'age5_0_4_female', 'age5_5_9_female']],
    ]);
  });

  it('opens on the total population when the catalog has it', () => {
    expect(defaultIndicator([ind('households', 'households'), ind('population', 'population')])?.code).toBe('population');
    expect(defaultIndicator([ind('households', 'households'), ind('ageing_rate', 'population')])?.code).toBe('ageing_rate');
    expect(defaultIndicator([ind('households', 'households')])?.code).toBe('households');
    expect(defaultIndicator([])).toBeUndefined();
  });
});
