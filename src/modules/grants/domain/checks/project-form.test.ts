import { describe, expect, it } from 'vitest';
import { application, contextOf, project } from '../test-applications.ts';
import { applicationHasProjects, projectHasCosts, projectRate } from './project-form.ts';

describe('what the rules need of an application and its projects', () => {
  it('refuses an application without projects', () => {
    const issues = applicationHasProjects(contextOf(application([])));
    expect(issues.map((i) => [i.rule, i.severity])).toEqual([['d2g.application.needs_projects', 'error']]);
    expect(applicationHasProjects(contextOf(application([project('soft', 'S1', { 2026: 1 })])))).toEqual([]);
  });

  it('warns of a project without cost lines', () => {
    const issues = projectHasCosts(contextOf(application([project('soft', 'S1', {}), project('soft', 'S2', { 2026: 0 })])));
    expect(issues.map((i) => [i.rule, i.project, i.severity])).toEqual([['d2g.project.needs_costs', 'S1', 'warning']]);
  });

  it('refuses an インフラ rate other than the default without its basis', () => {
    const issues = projectRate(
      contextOf(
        application([
          project('infra', 'I1', { 2026: 1 }, { rate: 0.55 }),
          project('infra', 'I2', { 2026: 1 }, { rate: 0.55, rate_basis: '道路整備交付金交付要綱' }),
          project('infra', 'I3', { 2026: 1 }, { rate: 0.5 }),
        ]),
      ),
    );
    expect(issues.map((i) => [i.rule, i.project, i.severity])).toEqual([['d2g.infra.rate_default', 'I1', 'error']]);
    expect(issues[0]!.message).toBe(
      '事業 I1「I1の事業」（インフラ整備事業）の補助率 55% は既定の50%と異なります。根拠となる各省庁の交付要綱を rate_basis に記入してください（002 L417-418）',
    );
  });

  it('warns that a rate given for ソフト or 拠点 is not used', () => {
    const issues = projectRate(contextOf(application([project('soft', 'S1', { 2026: 1 }, { rate: 0.75 }), project('kyoten', 'K1', { 2026: 1 }, { rate: 0.5 })])));
    expect(issues.map((i) => [i.rule, i.project, i.severity])).toEqual([['d2g.soft.rate', 'S1', 'warning']]);
  });
});
