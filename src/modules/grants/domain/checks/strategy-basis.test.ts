import { describe, expect, it } from 'vitest';
import { application, contextOf, project, rulesWith } from '../test-applications.ts';
import { strategyBasis } from './strategy-basis.ts';

describe('every project is based on the applicant’s strategy with KPIs (L439–441)', () => {
  const c = application([
    project('soft', 'S1', { 2026: 1 }, { kpis: [] }),
    project(
      'soft',
      'S2',
      { 2026: 1 },
      {
        kpis: [
          { strategy_id: 'takaoka-2026', kpi_id: 'k1' },
          { strategy_id: 'other', kpi_id: 'k9' },
        ],
      },
    ),
  ]);

  it('refuses a project without a KPI link', () => {
    const issues = strategyBasis(contextOf(c));
    expect(issues.map((i) => [i.rule, i.project, i.severity])).toEqual([['d2g.strategy_basis', 'S1', 'error']]);
    expect(issues[0]!.message).toContain('地方版総合戦略のKPIが設定されていません');
    expect(issues[0]!.message).toMatch(/（002 L439-441）$/);
  });

  it("refuses, when the applicant's KPIs are known, a link to any other, naming the link", () => {
    const issues = strategyBasis(contextOf(c, rulesWith(), 'municipality', new Set(['takaoka-2026/k1'])));
    expect(issues.map((i) => [i.project, i.message.includes('「other/k9」は申請団体の地方版総合戦略のKPIではありません')])).toEqual([
      ['S1', false],
      ['S2', true],
    ]);
    expect(strategyBasis(contextOf(c, rulesWith(), 'municipality', new Set(['takaoka-2026/k1', 'other/k9'])))).toHaveLength(1);
  });
});
