import { describe, expect, it } from 'vitest';
import { application, contextOf, OKU, project, rulesWith } from '../test-applications.ts';
import { infraAnnualGuide, infraPlanCap, kyotenAnnualCap, kyotenProjectCap, softAnnualCap } from './caps.ts';

describe('ソフト事業: the annual cap per government (hard)', () => {
  it('is not binding at exactly the cap (市区町村 10億円 = 20億円 × 1/2)', () => {
    const ctx = contextOf(application([project('soft', 'S1', { 2026: 20 * OKU })]));
    expect(softAnnualCap(ctx)).toEqual([]);
    expect(ctx.trace.steps()[0]).toMatchObject({
      step: 'cap.soft_annual.2026',
      value: 10 * OKU,
      cap: { id: 'd2g.soft.annual_cap.municipality', limit: 10 * OKU, binding: false, kind: 'hard' },
    });
  });

  it('binds one yen over, summing the projects of the year, naming them, the year, the amounts and the source', () => {
    const ctx = contextOf(application([project('soft', 'S1', { 2026: 12 * OKU }), project('soft', 'S2', { 2026: 8 * OKU + 2, 2027: 4 * OKU })]));
    const issues = softAnnualCap(ctx);
    expect(issues).toEqual([
      {
        rule: 'd2g.soft.annual_cap.municipality',
        project: null,
        year: 2026,
        severity: 'error',
        message: '2026年度（令和8年度）のソフト事業の国費 10億1円（S1「S1の事業」 6億円、S2「S2の事業」 4億1円）が年度上限 10億円（市区町村）を1円超えています（002 L385-388,393）',
        source: { document: expect.stringContaining('002'), lines: '385-388,393' },
      },
    ]);
    expect(ctx.trace.steps().map((s) => [s.step, s.value, s.cap?.binding])).toEqual([
      ['cap.soft_annual.2026', 10 * OKU, true],
      ['cap.soft_annual.2027', 2 * OKU, false],
    ]);
  });

  it("applies the applicant's kind: 15億円 for a 中枢中核都市 and a prefecture", () => {
    const c = application([project('soft', 'S1', { 2026: 30 * OKU })]);
    expect(softAnnualCap(contextOf(c, rulesWith(), 'core_city'))).toEqual([]);
    expect(softAnnualCap(contextOf(c, rulesWith(), 'prefecture'))).toEqual([]);
    expect(softAnnualCap(contextOf(c, rulesWith(), 'municipality'))[0]!.message).toContain('15億円');
  });

  it('pools 拠点整備 with ソフト when d2g.soft_kyoten_caps_shared, and then skips the separate 拠点 annual guide', () => {
    const c = application([project('soft', 'S1', { 2026: 12 * OKU }), project('kyoten', 'K1', { 2026: 10 * OKU })]);
    expect(softAnnualCap(contextOf(c))).toEqual([]);
    const shared = contextOf(c, rulesWith({ 'd2g.soft_kyoten_caps_shared': true }));
    const issues = softAnnualCap(shared);
    expect(issues.map((i) => [i.rule, i.severity])).toEqual([['d2g.soft.annual_cap.municipality', 'error']]);
    expect(issues[0]!.message).toContain('ソフト事業と拠点整備事業の国費の合計 11億円');
    expect(kyotenAnnualCap(shared)).toEqual([]);
  });
});

describe('拠点整備事業: the annual and per-project guides (warnings)', () => {
  it('warns over the annual 目安 and not at it', () => {
    expect(kyotenAnnualCap(contextOf(application([project('kyoten', 'K1', { 2026: 20 * OKU })])))).toEqual([]);
    const issues = kyotenAnnualCap(contextOf(application([project('kyoten', 'K1', { 2026: 24 * OKU })])));
    expect(issues.map((i) => [i.rule, i.severity, i.year])).toEqual([['d2g.kyoten.annual_cap.municipality', 'warning', 2026]]);
    expect(issues[0]!.message).toBe(
      '2026年度（令和8年度）の拠点整備事業の国費 12億円（K1「K1の事業」 12億円）が年度上限の目安 10億円（市区町村）を2億円超えています。目安を超える分は審査で確認します（002 L395-398,426）',
    );
  });

  it('warns when one project over its plan period exceeds the per-project 目安 (注2)', () => {
    const c = application([project('kyoten', 'K1', { 2026: 8 * OKU, 2027: 8 * OKU, 2028: 4 * OKU + 2 })]);
    const issues = kyotenProjectCap(contextOf(c));
    expect(issues.map((i) => [i.rule, i.project, i.severity])).toEqual([['d2g.kyoten.project_cap.municipality', 'K1', 'warning']]);
    expect(issues[0]!.message).toContain('の国費 10億1円が1事業当たりの上限の目安 10億円（市区町村）を1円超えています');
    expect(kyotenProjectCap(contextOf(application([project('kyoten', 'K1', { 2026: 10 * OKU, 2027: 10 * OKU })])))).toEqual([]);
  });
});

describe('インフラ整備事業: the plan-period cap (hard) and the single-year guide (warning)', () => {
  it('sums every infra project over every year against the plan cap', () => {
    const at = application([project('infra', 'I1', { 2026: 10 * OKU }), project('infra', 'I2', { 2027: 10 * OKU })]);
    expect(infraPlanCap(contextOf(at))).toEqual([]);
    const over = application([project('infra', 'I1', { 2026: 10 * OKU }), project('infra', 'I2', { 2027: 10 * OKU + 2 })]);
    const issues = infraPlanCap(contextOf(over));
    expect(issues.map((i) => [i.rule, i.severity, i.project])).toEqual([['d2g.infra.plan_cap.municipality', 'error', null]]);
    expect(issues[0]!.message).toBe(
      'インフラ整備事業の事業計画期間中の総国費 10億1円（I1「I1の事業」 5億円、I2「I2の事業」 5億1円）が上限 10億円（市区町村）を1円超えています（002 L405-406,414）',
    );
  });

  it('warns per year over the single-year 目安', () => {
    const ctx = contextOf(application([project('infra', 'I1', { 2026: 4 * OKU, 2027: 4 * OKU + 2 })]));
    const issues = infraAnnualGuide(ctx);
    expect(issues.map((i) => [i.rule, i.year, i.severity])).toEqual([['d2g.infra.annual_guide.municipality', 2027, 'warning']]);
    expect(issues[0]!.message).toContain('2027年度（令和9年度）のインフラ整備事業の国費 2億1円');
    expect(ctx.trace.bindingCaps()).toEqual(['d2g.infra.annual_guide.municipality']);
  });
});
