import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors.ts';
import { missingForSubmission } from './case-content.ts';
import { parseCase } from './parse-case.ts';

const base = { title: 'デマンド交通', field: 'transport', problem: '高齢化', actions: '導入した' };

describe('case content', () => {
  it('reads yen with 万・億, full-width codes and defaults', () => {
    const c = parseCase({
      ...base,
      regions: ['１６２０１９', '17201'],
      cost: { total: '1億2,000万円' },
      funding: [
        { kind: 'dai2sedai_grant', amount: '３億', fiscal_year: 2026 },
        { kind: 'kigyo_furusato_nozei', amount: '70万' },
      ],
      results: [{ label: '利用者数', unit: '人', before: { value: '１，２００', period: '2019' }, after: { value: 3000, period: 'FY2024' } }],
    });
    expect(c.regions).toEqual(['162019', '172014']);
    expect(c.cost).toEqual({ total: 120_000_000, note: '' });
    expect(c.funding.map((f) => f.amount)).toEqual([300_000_000, 700_000]);
    expect(c.results[0]!.before).toEqual({ value: 1200, period: '2019' });
    expect(c.lessons).toEqual([]);
    expect(missingForSubmission(c).map((m) => m.column)).toEqual(['sources', 'lessons']);
  });

  it('names every bad field and its reason', () => {
    try {
      parseCase(
        {
          ...base,
          title: '',
          field: 'weather',
          regions: ['162018'],
          funding: [{ kind: 'dai2sedai_grant', amount: '沢山' }],
          results: [{ label: 'x', before: { value: 1, period: '昔' } }],
          extra: 1,
        },
        { prefix: 'content' },
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const issues = (e as InputError).issues.map((i) => `${i.column}: ${i.reason}`);
      expect(issues).toEqual([
        'content.title: 空にはできません',
        expect.stringMatching(/^content\.regions\[0\]: .*162018/),
        expect.stringMatching(/^content\.field: 使えない値です/),
        expect.stringMatching(/^content\.funding\[0\]\.amount: 金額「沢山」を読めません/),
        expect.stringMatching(/^content\.results\[0\]\.before\.period: 期間「昔」を解釈できません/),
        'content: 不明な項目です: extra',
      ]);
    }
  });
});
