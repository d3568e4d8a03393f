/**
 * Judging targets written in words: a direction against its base (the KPI baseline, a base year's
 * observation or a value written in brackets), periods kept to the month or day, and relative
 * targets against a reference series given as data.
 */
import { describe, expect, it } from 'vitest';
import { parseDay, parsePeriod } from '../../../shared/periods.ts';
import type { CatalogKpi, Direction } from './catalog.ts';
import { evaluateKpi, type ReferenceSeries } from './evaluate.ts';

function kpi(s: { direction?: Direction; baseline?: [number, string]; text: string; relativeTo?: string; obs?: Array<[string, number]> }): CatalogKpi {
  return {
    id: 'K',
    node: 'n',
    name: 'test',
    unit: '',
    direction: s.direction ?? 'increase',
    baseline: s.baseline ? { value: s.baseline[0], period: parsePeriod(s.baseline[1]) } : null,
    targets: [{ value: null, period: null, text: s.text, setIn: null, setInStart: null, relativeTo: s.relativeTo ?? null }],
    targetText: s.text,
    isNew: false,
    components: [],
    observations: (s.obs ?? []).map(([p, value]) => ({ period: parsePeriod(p), value, flag: null, source: null, note: null })),
  };
}
const at = parseDay;

describe('direction targets in longer wordings', () => {
  it('「増加（2020年度比）」 compares with the FY2020 observation, not the KPI baseline', () => {
    const k = kpi({
      baseline: [50, 'FY2015'],
      text: '増加（2020年度比）',
      obs: [
        ['FY2020', 120],
        ['FY2023', 110],
      ],
    });
    const r = evaluateKpi(k, at('2024-06-30'));
    expect(r.target_kind).toBe('direction');
    expect(r.status).toBe('2'); // 110 < 120, although above the 2015 baseline of 50
    expect(r.reason).toBe('目標「増加（2020年度比）」: 基準年の値 120（FY2020）に対し実績 110（FY2023）で未達成・進捗なし（②）');
    expect(
      evaluateKpi(
        kpi({
          text: '増加（2020年度比）',
          obs: [
            ['FY2020', 120],
            ['FY2023', 130],
          ],
        }),
        at('2024-06-30'),
      ).status,
    ).toBe('1A');
  });

  it('a base year without an observation is ③ naming the period', () => {
    const r = evaluateKpi(kpi({ text: '増加（2020年度比）', obs: [['FY2023', 130]] }), at('2024-06-30'));
    expect(r.status).toBe('3');
    expect(r.reason).toContain('FY2020の値との比較で判定するが、その期間の値がない');
  });

  it('「減少（2019年45.0％）」 compares with the value written, from that period on', () => {
    const k = kpi({
      direction: 'decrease',
      text: '減少（2019年45.0％）',
      obs: [
        ['2019', 47],
        ['2022', 44.2],
      ],
    });
    const r = evaluateKpi(k, at('2023-06-30'));
    expect(r.status).toBe('1A');
    expect(r.actual?.period).toBe('2022');
    expect(r.reason).toContain('記載の基準値 45（2019）');
  });

  it("「改善」 follows the KPI's declared direction (a 待機児童数 that falls is an improvement)", () => {
    const down = kpi({ direction: 'decrease', baseline: [30, 'FY2020'], text: '改善させる', obs: [['FY2023', 12]] });
    expect(evaluateKpi(down, at('2024-06-30')).status).toBe('1A');
    const up = kpi({ direction: 'increase', baseline: [30, 'FY2020'], text: '改善させる', obs: [['FY2023', 12]] });
    expect(evaluateKpi(up, at('2024-06-30')).status).toBe('2');
  });

  it('「横ばい」 is maintain: held or above → ①A; 「抑制」 is a decrease', () => {
    expect(evaluateKpi(kpi({ baseline: [1.8, '2014'], text: '横ばい', obs: [['2019', 1.8]] }), at('2020-01-01')).status).toBe('1A');
    expect(evaluateKpi(kpi({ baseline: [1.8, '2014'], text: '横ばい', obs: [['2019', 1.7]] }), at('2020-01-01')).status).toBe('2');
    expect(evaluateKpi(kpi({ direction: 'decrease', baseline: [500, '2020'], text: '転出超過数を抑制', obs: [['2023', 420]] }), at('2024-01-01')).status).toBe('1A');
  });

  it('「前年度比増加」 compares the latest actual with the one before it', () => {
    const k = kpi({
      text: '前年度比増加',
      obs: [
        ['FY2021', 90],
        ['FY2022', 100],
        ['FY2023', 104],
      ],
    });
    const r = evaluateKpi(k, at('2024-06-30'));
    expect(r.status).toBe('1A');
    expect(r.reason).toContain('前期の値 100（FY2022）に対し実績 104（FY2023）');
  });

  it('the words are not ①C any more (a table KPI 「観光入込客数を増加させる」)', () => {
    const r = evaluateKpi(kpi({ baseline: [1000, 'FY2019'], text: '観光入込客数を増加させる', obs: [['FY2024', 1200]] }), at('2025-06-30'));
    expect(r.status).toBe('1A');
  });
});

describe('month- and day-precise periods', () => {
  it('a baseline of 「2024年3月」 and an actual of 「2024年度末」 (2025-03-31) in the same year counts as later', () => {
    const k = kpi({ baseline: [100, '2024年3月'], text: '増加', obs: [['2024年度末', 130]] });
    const r = evaluateKpi(k, at('2025-06-30'));
    expect(r.baseline?.period).toBe('2024-03');
    expect(r.actual?.period).toBe('2025-03-31');
    expect(r.status).toBe('1A');
  });
  it('a baseline of 「2024年度末」 is passed by a later month of the same calendar year, not by FY2024 itself', () => {
    const k = kpi({
      baseline: [100, '2024年度末'],
      text: '増加',
      obs: [
        ['FY2024', 90],
        ['2025年9月', 120],
      ],
    });
    expect(evaluateKpi(k, at('2025-10-31')).actual?.period).toBe('2025-09');
    expect(evaluateKpi(k, at('2025-08-31')).status).toBe('3'); // FY2024 ends on the baseline day: not an actual
  });
});

describe('targets relative to another series', () => {
  const tokyo: ReferenceSeries = {
    name: '東京圏',
    observations: [2027, 2028].map((y, i) => ({ period: parsePeriod(String(y)), value: [1.0, 1.6][i]!, flag: null, source: null, note: null })),
  };
  // 地域未来戦略 IMP-01: 東京圏以外の労働生産性の伸び率 ≥ 東京圏 (2030年)
  const imp01 = (obs: Array<[string, number]>) => kpi({ text: '東京圏以上（2030年）', relativeTo: '東京圏', obs });

  it('without a bound series: 「比較対象未登録」 (③, reference.bound false), never ①C', () => {
    const r = evaluateKpi(imp01([['2027', 1.2]]), at('2028-01-01'));
    expect(r.target_kind).toBe('relative');
    expect(r.status).toBe('3');
    expect(r.reference).toEqual({ name: '東京圏', bound: false, series: null, period: null, value: null });
    expect(r.reason).toContain('比較対象未登録');
  });

  it('with the series bound: the same period compared (≥ for 以上)', () => {
    const refs = new Map([['K', tokyo]]);
    const ok = evaluateKpi(imp01([['2027', 1.2]]), at('2028-01-01'), { references: refs });
    expect(ok.status).toBe('1A');
    expect(ok.reference).toEqual({ name: '東京圏', bound: true, series: '東京圏', period: '2027', value: 1 });
    expect(ok.reason).toBe('目標「東京圏以上」: 2027の実績 1.2 に対し東京圏 1で達成（①A）');
    expect(evaluateKpi(imp01([['2028', 1.2]]), at('2029-01-01'), { references: refs }).status).toBe('2');
    const gap = evaluateKpi(imp01([['2029', 2]]), at('2030-01-01'), { references: refs });
    expect(gap.status).toBe('3');
    expect(gap.reason).toContain('比較対象「東京圏」に2029の値がない');
  });

  it('「全国平均と同水準」 is recognised from the wording alone and judged in the KPI direction', () => {
    const nat: ReferenceSeries = { name: '全国', observations: [{ period: parsePeriod('FY2024'), value: 30, flag: null, source: null, note: null }] };
    const k = (direction: Direction, v: number) => ({ ...kpi({ direction, text: '全国平均と同水準', obs: [['FY2024', v]] }) });
    const refs = new Map([['K', nat]]);
    expect(evaluateKpi(k('increase', 30), at('2025-06-30'), { references: refs }).status).toBe('1A');
    expect(evaluateKpi(k('increase', 29), at('2025-06-30'), { references: refs }).status).toBe('2');
    expect(evaluateKpi(k('decrease', 29), at('2025-06-30'), { references: refs }).status).toBe('1A');
    expect(evaluateKpi(k('increase', 29), at('2025-06-30')).reference?.name).toBe('全国平均');
  });

  it('reasons are left out only when not asked for; the judgement is the same', () => {
    const full = evaluateKpi(imp01([['2027', 1.2]]), at('2028-01-01'), { references: new Map([['K', tokyo]]) });
    const bare = evaluateKpi(imp01([['2027', 1.2]]), at('2028-01-01'), { references: new Map([['K', tokyo]]), reasons: false });
    expect(bare.reason).toBe('');
    expect({ ...bare, reason: full.reason }).toEqual(full);
  });
});
