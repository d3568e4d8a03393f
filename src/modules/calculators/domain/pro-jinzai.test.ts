import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors.ts';
import { calculateProJinzai, type ProJinzaiInput } from './pro-jinzai.ts';

const AS_OF = '2026-12-01';
const run = (i: Omit<ProJinzaiInput, 'as_of'> & { as_of?: string }) => calculateProJinzai({ as_of: AS_OF, ...i });
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.issues;
    throw e;
  }
  throw new Error('no error');
};

describe('プロ人材 副業・兼業: the worked examples (PRO-EX1..EX4)', () => {
  const examples: Array<[string, number, number, number, string[]]> = [
    ['PRO-EX1', 400_000, 320_000, 80_000, []],
    ['PRO-EX2', 625_000, 500_000, 125_000, []],
    ['PRO-EX3', 700_000, 500_000, 200_000, ['fukugyo_cap_per_case']],
    ['PRO-EX4', 1_000_000, 500_000, 500_000, ['fukugyo_cap_per_case']],
  ];
  for (const [id, cost, grant, share, caps] of examples) {
    it(`${id}: cost ${cost} → grant ${grant}`, () => {
      const r = run({ cost });
      expect(r).toMatchObject({ grant, eligible_cost: cost, company_share: share, binding_caps: caps, as_of: AS_OF });
    });
  }
  it('PRO-EX3 by item: 報酬 500,000 + 移動費 50,000 + 紹介手数料 150,000 summed in one case', () => {
    const r = run({ costs: { fee: 500_000, travel: 50_000, referral_fee: 150_000 } });
    expect(r.eligible_cost).toBe(700_000);
    expect(r.grant).toBe(500_000);
    const step = r.trace[0]!;
    expect(step.inputs).toEqual({ fee: 500_000, travel: 50_000, referral_fee: 150_000 });
    expect(step.parameters.map((p) => p.id)).toEqual(['pro.fukugyo.eligible_items', 'pro.fukugyo.case_unit']);
    expect(r.trace.map((s) => s.step)).toEqual(['eligible_cost', 'subsidy_before_cap', 'grant', 'company_share']);
  });
});

describe('the cap and the rate', () => {
  it('625,000 is the boundary: 625,001 binds only by the floor (500,000.8 → 500,000 is not above the cap)', () => {
    expect(run({ cost: 625_000 }).binding_caps).toEqual([]);
    expect(run({ cost: 625_001 }).grant).toBe(500_000);
    expect(run({ cost: 625_001 }).binding_caps).toEqual([]);
    expect(run({ cost: 625_002 }).binding_caps).toEqual(['fukugyo_cap_per_case']);
    expect(run({ cost: 624_999 }).grant).toBe(499_999);
  });
  it('a lower prefectural rate; a rate above 8/10 names rate', () => {
    expect(run({ cost: 400_000, rate: 0.5 }).grant).toBe(200_000);
    expect(run({ cost: 333_333, rate: 2 / 3 }).grant).toBe(222_222);
    expect(issuesOf(() => run({ cost: 400_000, rate: 0.81 }))[0]).toMatchObject({ column: 'rate', code: 'invalid_rate' });
    expect(issuesOf(() => run({ cost: 400_000, rate: -0.1 }))[0]?.column).toBe('rate');
  });
  it('unknown items, bad amounts, both or neither of cost and costs', () => {
    expect(issuesOf(() => run({ costs: { fee: 1, lodging: 2 } }))).toEqual([expect.objectContaining({ column: 'costs.lodging', code: 'unknown_item' })]);
    expect(issuesOf(() => run({ costs: { fee: -1 } }))[0]?.column).toBe('costs.fee');
    expect(issuesOf(() => run({ cost: 1, costs: { fee: 1 } }))[0]).toMatchObject({ column: 'cost', code: 'conflicting_fields' });
    expect(issuesOf(() => run({}))[0]).toMatchObject({ column: 'cost', code: 'required' });
    expect(issuesOf(() => run({ cost: 0.5 }))[0]?.column).toBe('cost');
  });
  it('not in force before 2025-04-01', () => {
    expect(issuesOf(() => run({ cost: 700_000, as_of: '2025-03-31' }))[0]).toMatchObject({ column: 'as_of', code: 'rule_not_in_force' });
    expect(run({ cost: 700_000, as_of: '2025-04-01' }).grant).toBe(500_000);
  });
});
