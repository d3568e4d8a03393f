/** checkApplication on the worked examples D2G-EX1..EX6 of shared/reference/grants-and-tax-rules.json, and the result's shape. */
import { describe, expect, it } from 'vitest';
import { checkApplication } from './check-application.ts';
import { application, OKU, project, rulesWith, TOYAMA_CITY, TOYAMA_PREF } from './test-applications.ts';

const rules = rulesWith();
const rulesOf = (r: ReturnType<typeof checkApplication>) => r.issues.map((i) => [i.rule, i.severity, i.project, i.year ?? null]);

describe('the worked examples', () => {
  it('D2G-EX1: 市区町村, ソフト事業 30億円 in a year → 15億円 requested, 10億円 fundable (hard cap: error), local share 20億円', () => {
    const r = checkApplication(application([project('soft', 'S1', { 2026: 30 * OKU })]), rules);
    expect(r.ok).toBe(false);
    expect(r.national_share_by_year).toEqual({ '2026': { soft: 15 * OKU, kyoten: 0, infra: 0, total: 15 * OKU } });
    expect(rulesOf(r)).toEqual([['d2g.soft.annual_cap.municipality', 'error', null, 2026]]);
    const capped = r.trace.find((s) => s.step === 'cap.soft_annual.2026')!;
    expect([capped.value, 30 * OKU - capped.value]).toEqual([10 * OKU, 20 * OKU]);
    expect(r.binding_caps).toEqual(['d2g.soft.annual_cap.municipality']);
  });

  it('D2G-EX2: 中枢中核都市, インフラ 50億円 over 5 years → 25億円 over the 20億円 plan cap (error); 5億円 a year over the 4億円 guide (warnings)', () => {
    const c = application([project('infra', 'I1', { 2026: 10 * OKU, 2027: 10 * OKU, 2028: 10 * OKU, 2029: 10 * OKU, 2030: 10 * OKU }), project('soft', 'S1', { 2026: 1000 })], {
      applicant_code: TOYAMA_CITY,
    });
    const r = checkApplication(c, rulesWith({ 'd2g.core_city_codes': [TOYAMA_CITY] }));
    expect([r.ok, r.applicant_kind]).toEqual([false, 'core_city']);
    expect(r.national_share_total).toEqual({ soft: 500, kyoten: 0, infra: 25 * OKU, total: 25 * OKU + 500 });
    expect(rulesOf(r)).toEqual([
      ['d2g.infra.plan_cap.core_city', 'error', null, null],
      ...[2026, 2027, 2028, 2029, 2030].map((y) => ['d2g.infra.annual_guide.core_city', 'warning', null, y]),
    ]);
    expect(r.trace.find((s) => s.step === 'cap.infra_plan')!.value).toBe(20 * OKU);
  });

  it('D2G-EX3: 都道府県, 拠点整備 40億円 over 3 years → 20億円 over the 15億円 per-project guide: a warning only', () => {
    const c = application([project('kyoten', 'K1', { 2026: 14 * OKU, 2027: 13 * OKU, 2028: 13 * OKU })], { applicant_code: TOYAMA_PREF });
    const r = checkApplication(c, rules);
    expect([r.ok, r.applicant_kind, r.errors, r.warnings]).toEqual([true, 'prefecture', 0, 1]);
    expect(rulesOf(r)).toEqual([['d2g.kyoten.project_cap.prefecture', 'warning', 'K1', null]]);
    expect(r.projects[0]!.total).toBe(20 * OKU);
    expect(r.binding_caps).toEqual(['d2g.kyoten.project_cap.prefecture']);
  });

  it('D2G-EX4: plan periods (soft 3 ok, 4 warn; 拠点 6 error; infra 7 warn, 8 error)', () => {
    const period = (kind: 'soft' | 'kyoten' | 'infra', years: number) => {
      const ps = [project(kind, 'P1', { 2026: 1000 }, { start_fy: 2026, end_fy: 2025 + years })];
      if (kind === 'infra') ps.push(project('soft', 'S1', { 2026: 1000 }));
      const r = checkApplication(application(ps), rules);
      return [r.ok, r.warnings];
    };
    expect(period('soft', 3)).toEqual([true, 0]);
    expect(period('soft', 4)).toEqual([true, 1]);
    expect(period('kyoten', 6)).toEqual([false, 0]);
    expect(period('infra', 7)).toEqual([true, 1]);
    expect(period('infra', 8)).toEqual([false, 0]);
  });

  it('D2G-EX5: new projects (10+0 ok, 11+0 error, 10+2 ok, 10+3 error)', () => {
    const ok = (normal: number, special: number) =>
      checkApplication(
        application([
          ...Array.from({ length: normal }, (_, i) => project('soft', `N${i}`, { 2026: 1000 })),
          ...Array.from({ length: special }, (_, i) => project('soft', `X${i}`, { 2026: 1000 }, { outside_cap_reason: '圏域の共同事業' })),
        ]),
        rules,
      ).ok;
    expect([ok(10, 0), ok(11, 0), ok(10, 2), ok(10, 3)]).toEqual([true, false, true, false]);
  });

  it('D2G-EX6: infra alone is refused; with ソフト or 拠点整備 it passes', () => {
    const infra = project('infra', 'I1', { 2026: 1000 });
    expect(checkApplication(application([infra]), rules).ok).toBe(false);
    expect(checkApplication(application([infra, project('soft', 'S1', { 2026: 1000 })]), rules).ok).toBe(true);
    expect(checkApplication(application([infra, project('kyoten', 'K1', { 2026: 1000 })]), rules).ok).toBe(true);
  });
});

describe('the result', () => {
  it('has the shares by year and project, the evaluation date, and no issues for a valid application', () => {
    const c = application([project('soft', 'S1', { 2026: 4 * OKU, 2027: 2 * OKU }), project('infra', 'I1', { 2027: 3 * OKU })]);
    const r = checkApplication(c, rules, { knownKpis: new Set(['takaoka-2026/k1']), area: { name: '高岡市', level: 'municipality', type: '市' } });
    expect(r.issues).toEqual([]);
    expect(r).toMatchObject({
      ok: true,
      as_of: '2026-12-01',
      applicant_code: '162027',
      applicant_kind: 'municipality',
      applicant_kind_by_code: 'municipality',
      errors: 0,
      warnings: 0,
    });
    expect(r.national_share_by_year).toEqual({
      '2026': { soft: 2 * OKU, kyoten: 0, infra: 0, total: 2 * OKU },
      '2027': { soft: 1 * OKU, kyoten: 0, infra: 1.5 * OKU, total: 2.5 * OKU },
    });
    expect(r.projects.map((p) => [p.id, p.by_year, p.total])).toEqual([
      ['S1', { '2026': 2 * OKU, '2027': 1 * OKU }, 3 * OKU],
      ['I1', { '2027': 1.5 * OKU }, 1.5 * OKU],
    ]);
    expect(r.binding_caps).toEqual([]);
    expect(r.trace.map((s) => s.step)).toEqual(['cap.soft_annual.2026', 'cap.soft_annual.2027', 'cap.infra_plan', 'cap.infra_annual.2027']);
  });

  it('refuses an application without projects, with nothing to sum', () => {
    const r = checkApplication(application([]), rules);
    expect([r.ok, r.national_share_by_year, rulesOf(r)]).toEqual([false, {}, [['d2g.application.needs_projects', 'error', null, null]]]);
  });
});
