/**
 * The evaluation rules, each with a case from a real strategy (まち・ひと・しごと創生総合戦略 KPIs
 * and their verification, 地域未来戦略 2026) where one exists.
 */
import { describe, expect, it } from 'vitest';
import { parseDay, parsePeriod } from '../../../shared/periods.ts';
import type { CatalogKpi, Direction, ObservationFlag, Target } from './catalog.ts';
import { bandOf, evaluateKpi, roundProgress } from './evaluate.ts';

interface KpiSpec {
  id?: string;
  direction?: Direction;
  baseline?: [number, string] | null;
  /** [value, period, text?, setIn?] */
  targets?: Array<[number | null, string | null, string?, string?]>;
  obs?: Array<[string, number, ObservationFlag?]>;
  components?: CatalogKpi[];
  isNew?: boolean;
  relativeTo?: string;
}

function kpi(s: KpiSpec): CatalogKpi {
  const targets: Target[] = (s.targets ?? []).map(([value, period, text, setIn]) => ({
    value,
    period: period ? parsePeriod(period) : null,
    text: text ?? null,
    setIn: setIn ?? null,
    setInStart: setIn ? parsePeriod(setIn).start : null,
    relativeTo: s.relativeTo ?? null,
  }));
  return {
    id: s.id ?? 'K',
    node: 'n',
    name: 'test',
    unit: '',
    direction: s.direction ?? 'increase',
    baseline: s.baseline ? { value: s.baseline[0], period: parsePeriod(s.baseline[1]) } : null,
    targets,
    targetText: null,
    isNew: s.isNew ?? false,
    components: s.components ?? [],
    observations: (s.obs ?? []).map(([p, value, flag]) => ({ period: parsePeriod(p), value, flag: flag ?? null, source: null, note: null })),
  };
}

const at = (d: string) => parseDay(d);

describe('progress rate (進捗率)', () => {
  it('uses (actual − baseline) / (target − baseline): 第1子出産前後の女性の継続就業率 38%(2010) → 55%(2020), 53.1% in 2015', () => {
    const r = evaluateKpi(kpi({ baseline: [38, '2010'], targets: [[55, '2020']], obs: [['2015', 53.1]] }), at('2019-12-31'));
    expect(r.progress).toBe(89); // 15.1 / 17 = 88.82…
    expect(r.status).toBe('1B');
    expect(r.band).toBe('80-<100');
    expect(r.reason).toBe('基準値から目標値までの進捗率 89%（①B）');
  });

  it('uses actual / target without a baseline: 地域運営組織（RMO）13,619件（2029年度）, 8,000 in FY2026', () => {
    const r = evaluateKpi(kpi({ baseline: null, targets: [[13619, 'FY2029']], obs: [['FY2026', 8000]] }), at('2027-06-30'));
    expect(r.progress).toBe(59); // 58.74…
    expect(r.status).toBe('1B');
    expect(r.band).toBe('50-<80');
    expect(r.reason).toContain('目標値に対する達成率 59%');
  });

  it('is negative when the value moves away from the target: 東京圏への転入超過 9.7万人(2013) → 0(2020), 13.6万人 in 2018', () => {
    const r = evaluateKpi(kpi({ direction: 'decrease', baseline: [97000, '2013'], targets: [[0, '2020']], obs: [['2018', 136000]] }), at('2019-06-01'));
    expect(r.progress).toBe(-40); // (136000−97000)/(0−97000) = −40.2
    expect(r.status).toBe('2');
    expect(r.band).toBeNull();
    expect(r.reason).toContain('進捗していない・悪化（②）');
  });

  it('may exceed 100 and is rounded half away from zero', () => {
    const r = evaluateKpi(kpi({ baseline: [0, '2020'], targets: [[200, '2030']], obs: [['2025', 241]] }), at('2026-01-01'));
    expect(r.progress).toBe(121); // 120.5 → 121
    expect(r.status).toBe('1A');
    expect(roundProgress(-0.5)).toBe(-1);
    expect(roundProgress(64.5)).toBe(65);
    expect(roundProgress(64.49)).toBe(64);
    // 0.1 + 0.2 style noise must not flip a .5 case: (0.7 − 0.1)/(1.3 − 0.1) × 100 = 50 exactly
    expect(roundProgress(((0.7 - 0.1) / (1.3 - 0.1)) * 100)).toBe(50);
  });

  it('is exactly 0 → ② (no progress)', () => {
    const r = evaluateKpi(kpi({ baseline: [50, '2020'], targets: [[60, '2030']], obs: [['2024', 50]] }), at('2025-01-01'));
    expect(r.progress).toBe(0);
    expect(r.status).toBe('2');
  });
});

describe('①A is judged on the values, not the rounded rate', () => {
  it('99.96 of a target of 100 rounds to 100% but is not reached', () => {
    const r = evaluateKpi(kpi({ baseline: [0, '2015'], targets: [[100, '2020']], obs: [['2020', 99.96]] }), at('2021-01-01'));
    expect(r.progress).toBe(100);
    expect(r.reached).toBe(false);
    expect(r.status).toBe('1B');
    expect(r.band).toBe('80-<100');
  });

  it('a decrease target is reached at or below the target', () => {
    const r = evaluateKpi(kpi({ direction: 'decrease', baseline: [2740, '2026'], targets: [[0, '2030']], obs: [['2030', 0]] }), at('2031-01-01'));
    expect(r.status).toBe('1A');
    expect(r.progress).toBe(100);
    expect(r.reason).toContain('目標値 0 を達成');
  });
});

describe('maintain targets', () => {
  // 立地適正化計画: 毎年度 66.6%以上を維持 (地域未来戦略 k-03c)
  const spec = { direction: 'maintain' as const, baseline: null, targets: [[66.6, 'FY2030', '66.6%以上を維持']] as KpiSpec['targets'] };
  it('held → ①A', () => {
    const r = evaluateKpi(kpi({ ...spec, obs: [['FY2026', 70.1]] }), at('2027-05-01'));
    expect(r.status).toBe('1A');
    expect(r.reached).toBe(true);
  });
  it('not held → ② even though the rate is positive', () => {
    const r = evaluateKpi(kpi({ ...spec, obs: [['FY2026', 65.0]] }), at('2027-05-01'));
    expect(r.progress).toBe(98);
    expect(r.status).toBe('2');
    expect(r.reason).toContain('維持目標 66.6 を下回った');
  });
});

describe('revised targets', () => {
  // 訪日外国人旅行者数: 1,036万人(2013); 2,000万人(2020) set in 2014, revised to 4,000万人(2020) in 2016; 2,404万人 in 2016
  const visitors = kpi({
    baseline: [10_360_000, '2013'],
    targets: [
      [20_000_000, '2020', '2,000万人', '2014'],
      [40_000_000, '2020', '4,000万人', '2016'],
    ],
    obs: [
      ['2015', 19_737_000],
      ['2016', 24_039_000],
    ],
  });
  it('evaluates against the current (last) target and flags that the pre-revision target was reached', () => {
    const r = evaluateKpi(visitors, at('2017-06-30'));
    expect(r.target?.value).toBe(40_000_000);
    expect(r.progress).toBe(46); // (24.039 − 10.36) / (40 − 10.36) = 46.15%
    expect(r.status).toBe('1B');
    expect(r.band).toBe('<50');
    expect(r.pre_revision_target_reached).toBe(true);
    expect(r.reason).toContain('改定前の目標値は達成済み');
  });
  it('keeps the first target when evaluating before it was set (set_in only picks among revisions)', () => {
    const r = evaluateKpi(visitors, at('2013-12-31'));
    expect(r.target?.value).toBe(20_000_000);
    expect(r.status).toBe('3');
  });
  it('uses the target in force at the evaluation date (before the revision)', () => {
    const r = evaluateKpi(visitors, at('2015-12-31'));
    expect(r.target?.value).toBe(20_000_000);
    expect(r.actual?.period).toBe('2015'); // calendar 2015 ends on 2015-12-31: it counts
    expect(r.progress).toBe(97); // (19.737 − 10.36) / (20 − 10.36) = 97.27%
    expect(r.pre_revision_target_reached).toBe(false);
  });
});

describe('components (複数の指標で構成されるKPI)', () => {
  // 訪日外国人旅行者数 and 地方部での延べ宿泊者数 (地域未来戦略 OUT-A-04a/b): 6,000万人 and 1億3,000万人泊 by 2030
  const parts = (visitors: number, nights: number) => [
    kpi({ id: 'A', baseline: [36_870_000, '2024'], targets: [[60_000_000, '2030']], obs: [['2027', visitors]] }),
    kpi({ id: 'B', baseline: [84_000_000, '2024'], targets: [[130_000_000, '2030']], obs: [['2027', nights]] }),
  ];
  it("takes the simple average of the components' progress rates", () => {
    const r = evaluateKpi(kpi({ components: parts(48_435_000, 107_000_000) }), at('2028-06-01'));
    // A: (48.435 − 36.87)/(60 − 36.87) = 50.0%; B: (107 − 84)/(130 − 84) = 50.0%
    expect(r.components?.map((c) => c.progress)).toEqual([50, 50]);
    expect(r.progress).toBe(50);
    expect(r.status).toBe('1B');
    expect(r.band).toBe('50-<80');
    expect(r.reason).toContain('構成指標2件のうち2件の進捗率の単純平均 50%');
  });
  it('counts as ①A only when every component is reached', () => {
    const one = evaluateKpi(kpi({ components: parts(61_000_000, 120_000_000) }), at('2028-06-01'));
    expect(one.components?.map((c) => c.status)).toEqual(['1A', '1B']);
    expect(one.status).toBe('1B');
    expect(one.progress).toBe(Math.round((((61 - 36.87) / (60 - 36.87)) * 100 + ((120 - 84) / (130 - 84)) * 100) / 2));
    const both = evaluateKpi(kpi({ components: parts(61_000_000, 131_000_000) }), at('2028-06-01'));
    expect(both.status).toBe('1A');
    expect(both.reached).toBe(true);
  });
  it('averages only the measured components and says how many had no actual', () => {
    const [a, b] = parts(48_435_000, 0);
    const r = evaluateKpi(kpi({ components: [a!, { ...b!, observations: [] }] }), at('2028-06-01'));
    expect(r.progress).toBe(50);
    expect(r.status).toBe('1B');
    expect(r.reason).toContain('1件は実績なし');
  });
  it('is ③ while no component has an actual', () => {
    const [a, b] = parts(0, 0);
    const r = evaluateKpi(
      kpi({
        components: [
          { ...a!, observations: [] },
          { ...b!, observations: [] },
        ],
      }),
      at('2028-06-01'),
    );
    expect(r.status).toBe('3');
    expect(r.progress).toBeNull();
  });
});

describe('direction-only targets (「増加」「低下」「維持」「反転」)', () => {
  // 地域産業クラスター計画 KGI: 官民設備投資額の増加 (地域未来戦略 KGI-B-01)
  const capex = (v: number) => kpi({ baseline: [100e8, 'FY2025'], targets: [[null, null, '増加']], obs: [['FY2027', v]] });
  it('is reached when the value moved the right way from the baseline', () => {
    const r = evaluateKpi(capex(120e8), at('2028-06-01'));
    expect(r.target_kind).toBe('direction');
    expect(r.status).toBe('1A');
    expect(r.progress).toBeNull();
    expect(r.reason).toContain('目標「増加」');
  });
  it('is ② when it did not', () => {
    expect(evaluateKpi(capex(90e8), at('2028-06-01')).status).toBe('2');
    expect(evaluateKpi(capex(100e8), at('2028-06-01')).status).toBe('2');
  });
  it("reads 低下 and 維持, and 反転 in the KPI's own direction", () => {
    const down = kpi({ baseline: [23, '2026'], targets: [[null, '2030', '低下']], obs: [['2028', 21]] });
    expect(evaluateKpi(down, at('2029-01-01')).status).toBe('1A');
    const keep = kpi({ baseline: [1.8, '2014'], targets: [[null, '2020', '維持']], obs: [['2019', 1.8]] });
    expect(evaluateKpi(keep, at('2020-01-01')).status).toBe('1A');
    const reverse = kpi({ direction: 'increase', baseline: [-5000, '2019'], targets: [[null, '2030', '反転']], obs: [['2024', 120]] });
    expect(evaluateKpi(reverse, at('2025-01-01')).status).toBe('1A');
  });
  it('is ③ without a baseline to compare with', () => {
    const r = evaluateKpi(kpi({ baseline: null, targets: [[null, null, '増加']], obs: [['FY2027', 5]] }), at('2028-06-01'));
    expect(r.status).toBe('3');
    expect(r.reason).toContain('基準値がない');
  });
});

describe('①C, ③ and relative targets', () => {
  it('no numeric target at all → ①C (qualitative goal), whatever the data', () => {
    const r = evaluateKpi(kpi({ targets: [], obs: [['2027', 3]] }), at('2028-01-01'));
    expect(r.status).toBe('1C');
    expect(r.target_kind).toBe('none');
    const text = evaluateKpi(kpi({ targets: [[null, null, '地域の実情に応じた取組を推進']] }), at('2028-01-01'));
    expect(text.status).toBe('1C');
  });
  it('no actual yet → ③', () => {
    const r = evaluateKpi(kpi({ baseline: [42, '2026'], targets: [[46, '2030']] }), at('2026-11-23'));
    expect(r.status).toBe('3');
    expect(r.reason).toBe('基準値（2026）より後の実績値がまだない（③）');
  });
  it('a new KPI (新規) → ③ even with data', () => {
    expect(evaluateKpi(kpi({ isNew: true, targets: [[10, '2030']], obs: [['2027', 5]] }), at('2028-01-01')).status).toBe('3');
  });
  it('a target relative to another series (東京圏以上) → ③ naming what is missing', () => {
    const r = evaluateKpi(kpi({ relativeTo: '東京圏', targets: [[null, '2030', '東京圏以上（2030年）']], obs: [['2027', 1.2]] }), at('2028-01-01'));
    expect(r.target_kind).toBe('relative');
    expect(r.status).toBe('3');
    expect(r.reason).toContain('東京圏');
  });
});

describe('periods and the evaluation date', () => {
  const spec = { baseline: [100, '2013'] as [number, string], targets: [[200, 'FY2020']] as KpiSpec['targets'] };
  it('an observation for the baseline period itself (or earlier) is not an actual', () => {
    const r = evaluateKpi(
      kpi({
        ...spec,
        obs: [
          ['2012', 90],
          ['2013', 100],
        ],
      }),
      at('2020-01-01'),
    );
    expect(r.status).toBe('3');
    expect(r.actual).toBeNull();
  });
  it('a fiscal year ending after the calendar baseline year is an actual (FY2013 ends 2014-03-31)', () => {
    const r = evaluateKpi(kpi({ ...spec, obs: [['2013年度', 110]] }), at('2014-04-01'));
    expect(r.actual?.period).toBe('FY2013');
    expect(r.progress).toBe(10);
  });
  it('uses the latest observation whose period has ended on or before the date', () => {
    const k = kpi({
      ...spec,
      obs: [
        ['FY2016', 130],
        ['FY2017', 150],
        ['2018-08', 160],
      ],
    });
    expect(evaluateKpi(k, at('2018-03-30')).actual?.period).toBe('FY2016');
    expect(evaluateKpi(k, at('2018-03-31')).actual?.period).toBe('FY2017');
    expect(evaluateKpi(k, at('2018-08-31')).actual).toMatchObject({ period: '2018-08', value: 160 });
    expect(evaluateKpi(k, at('2018-08-31')).progress).toBe(60);
  });
  it('orders mixed calendars by their last day: FY2017 (→2018-03-31) is later than 2017 (→2017-12-31)', () => {
    const k = kpi({
      baseline: [0, '2010'],
      targets: [[100, '2030']],
      obs: [
        ['FY2017', 40],
        ['2017', 30],
      ],
    });
    expect(evaluateKpi(k, at('2019-01-01')).actual?.period).toBe('FY2017');
  });
  it('reports the flag of the actual used (推計値)', () => {
    const r = evaluateKpi(kpi({ ...spec, obs: [['FY2017', 150, 'estimate']] }), at('2019-01-01'));
    expect(r.actual).toEqual({ period: 'FY2017', value: 150, flag: 'estimate', flag_label: '推計値' });
  });
});

describe('on track against the straight line from baseline to target', () => {
  const k = (v: number) => kpi({ baseline: [0, '2020'], targets: [[100, '2030']], obs: [['2025', v]] });
  it('is ahead when the share of distance covered ≥ the share of time used', () => {
    const r = evaluateKpi(k(60), at('2026-01-01'));
    expect(r.target_due).toBe(false);
    expect(r.on_track).toBe(true);
    expect(r.expected).toBeCloseTo(50, 0); // 5 of 10 years (by days: 1826/3652)
  });
  it('is behind below the line', () => {
    const r = evaluateKpi(k(40), at('2026-01-01'));
    expect(r.on_track).toBe(false);
    expect(r.status).toBe('1B');
  });
  it('works for decrease targets too', () => {
    const dec = kpi({ direction: 'decrease', baseline: [2740, '2026'], targets: [[0, '2030']], obs: [['2028', 1000]] });
    const r = evaluateKpi(dec, at('2029-01-01'));
    expect(r.on_track).toBe(true); // 63% of the way after 50% of the time
    expect(r.expected).toBeCloseTo(1370, -1);
  });
  it('is unknown without a baseline', () => {
    expect(evaluateKpi(kpi({ targets: [[100, '2030']], obs: [['2025', 40]] }), at('2026-01-01')).on_track).toBeNull();
  });
});

describe('bands', () => {
  it('split ①B at 80 and 50', () => {
    expect([99.9, 80, 79.99, 50, 49.99, 0.1].map(bandOf)).toEqual(['80-<100', '80-<100', '50-<80', '50-<80', '<50', '<50']);
  });
});
