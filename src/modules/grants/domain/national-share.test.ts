import { describe, expect, it } from 'vitest';
import { floorShare, nationalShareByYear, nationalShareTotal, projectShare, projectShares } from './national-share.ts';
import { application, OKU, project, rulesWith } from './test-applications.ts';

describe('the national share', () => {
  it('is floor(eligible cost × rate) in whole yen', () => {
    expect(floorShare(333_333_333, 0.5)).toBe(166_666_666);
    expect(floorShare(300_000_000, 2 / 3)).toBe(200_000_000);
    expect(floorShare(100_000_001, 1 / 3)).toBe(33_333_333);
    expect(floorShare(0, 0.5)).toBe(0);
  });

  it('takes 1/2 for ソフト and 拠点 and traces each year with the rate parameter', () => {
    const c = application([project('soft', 'S1', { 2026: 3 * OKU, 2027: 123_456_789 })]);
    const s = projectShare(c.projects[0]!, rulesWith());
    expect(s.by_year).toEqual({ '2026': 150_000_000, '2027': 61_728_394 });
    expect([s.total, s.eligible_total, s.rate, s.rate_parameter]).toEqual([211_728_394, 423_456_789, 0.5, 'd2g.soft.rate']);
    expect(s.trace.map((t) => [t.step, t.value])).toEqual([
      ['national_share.2026', 150_000_000],
      ['national_share.2027', 61_728_394],
      ['national_share.total', 211_728_394],
    ]);
    expect(s.trace[0]!.parameters[0]).toMatchObject({ id: 'd2g.soft.rate', value: 0.5, source: { lines: '390' } });
    expect(s.trace[0]!.inputs).toEqual({ eligible_cost: 300_000_000, rate: 0.5 });
  });

  it("uses an インフラ project's own rate, else the default", () => {
    const c = application([project('infra', 'I1', { 2026: 10 * OKU }, { rate: 0.55, rate_basis: '道路整備交付金交付要綱' }), project('infra', 'I2', { 2026: 10 * OKU })]);
    const [own, def] = projectShares(c, rulesWith());
    expect([own!.total, own!.rate, own!.rate_parameter]).toEqual([550_000_000, 0.55, 'd2g.infra.rate_default']);
    expect(own!.trace[0]!.formula).toContain('道路整備交付金交付要綱');
    expect([def!.total, def!.rate]).toEqual([500_000_000, 0.5]);
  });

  it('sums by fiscal year and kind, and over the period', () => {
    const c = application([
      project('soft', 'S1', { 2026: 2 * OKU, 2027: 4 * OKU }),
      project('kyoten', 'K1', { 2027: 6 * OKU }),
      project('infra', 'I1', { 2027: 8 * OKU, 2028: 1 }),
    ]);
    const shares = projectShares(c, rulesWith());
    expect(nationalShareByYear(shares)).toEqual({
      '2026': { soft: 1 * OKU, kyoten: 0, infra: 0, total: 1 * OKU },
      '2027': { soft: 2 * OKU, kyoten: 3 * OKU, infra: 4 * OKU, total: 9 * OKU },
      '2028': { soft: 0, kyoten: 0, infra: 0, total: 0 },
    });
    expect(nationalShareTotal(shares)).toEqual({ soft: 3 * OKU, kyoten: 3 * OKU, infra: 4 * OKU, total: 10 * OKU });
  });
});
