/** The matching rule of the measurement on a catalog of our own: lines within 3, names alike, one-to-one, figures exactly. */
import { describe, expect, it } from 'vitest';
import type { DraftKpi } from './draft-catalog.ts';
import { measureDraft, type ReferenceKpi } from './measure.ts';

const draft = (line: number, name: string, target: number | null, period: string | null, baseline: DraftKpi['baseline'] = null): DraftKpi => ({
  id: `K${line}`,
  node: 'document',
  name,
  unit: '人',
  direction: 'increase',
  baseline,
  targets: [{ value: target, period, text: '' }],
  target_text: null,
  source: { page: 1, line, text: '' },
  layout: 'inline',
  confidence: 1,
  warnings: [],
});

const REFERENCE: ReferenceKpi[] = [
  { id: 'A', name: '移住者数', source_line: 10, baseline: { value: 100, period: 'FY2023' }, targets: [{ value: 200, period: 'FY2030' }] },
  { id: 'B', name: '観光入込客数', source_line: 20, baseline: null, targets: [{ value: 1_500_000, period: '2030' }] },
  {
    id: 'C',
    name: '合計',
    source_line: 30,
    components: [
      { id: 'C1', name: '若者の割合', source_line: 31, targets: [{ value: 44, period: '2030' }] },
      { id: 'C2', name: '女性の割合', source_line: 32, targets: [{ value: 49, period: '2030' }] },
    ],
  },
];

describe('measureDraft', () => {
  it('matches by line (± 3) and name, counts components not their parent, and checks figures exactly', () => {
    const m = measureDraft(
      [
        draft(12, '移住者数（転入者）', 200, 'FY2030', { value: 100, period: 'FY2023' }), // 2 lines off, a longer name: matched, figures right
        draft(20, '観光入込客数', 1_500_000, 'FY2030'), // matched, period wrong (FY2030 ≠ 2030)
        draft(31, '若者の割合', 44, '2030'),
        draft(36, '女性の割合', 49, '2030'), // 4 lines off: not matched
        draft(50, '空き家数', 10, '2030'), // not in the reference
      ],
      REFERENCE,
    );
    expect(m).toMatchObject({
      reference: 4,
      found: 5,
      matched: 3,
      precision: 0.6,
      recall: 0.75,
      valuesRight: 2,
      valuesPrecision: 0.4,
      valuesRecall: 0.5,
      baselineRight: 3,
      targetRight: 2,
    });
    expect(m.pairs.map((p) => [p.reference, p.line, p.valuesRight])).toEqual([
      ['A', 12, true],
      ['B', 20, false],
      ['C1', 31, true],
    ]);
    expect(m.missed).toEqual(['C2']);
    expect(m.unmatched).toEqual([36, 50]);
  });

  it('takes each KPI once, the most alike name first', () => {
    const m = measureDraft([draft(10, '移住者', 200, 'FY2030'), draft(11, '移住者数', 200, 'FY2030')], REFERENCE.slice(0, 1));
    expect(m.pairs.map((p) => p.line)).toEqual([11]);
    expect(m.unmatched).toEqual([10]);
  });
});
