import { describe, expect, it } from 'vitest';
import type { ProjectKind } from '../project-kinds.ts';
import { application, contextOf, project } from '../test-applications.ts';
import { planPeriod } from './plan-period.ts';

const lasting = (kind: ProjectKind, years: number) => planPeriod(contextOf(application([project(kind, 'P1', { 2026: 1000 }, { start_fy: 2026, end_fy: 2025 + years })])));

describe('the plan period of a project', () => {
  it('passes up to the principle, warns up to the maximum, refuses beyond (D2G-EX4 and boundaries)', () => {
    expect(lasting('soft', 3)).toEqual([]);
    expect(lasting('soft', 4).map((i) => [i.rule, i.severity])).toEqual([['d2g.soft.period.principle', 'warning']]);
    expect(lasting('soft', 5).map((i) => i.severity)).toEqual(['warning']);
    expect(lasting('soft', 6).map((i) => [i.rule, i.severity])).toEqual([['d2g.soft.period.max', 'error']]);
    expect(lasting('kyoten', 3)).toEqual([]);
    expect(lasting('kyoten', 6).map((i) => [i.rule, i.severity])).toEqual([['d2g.kyoten.period.max', 'error']]);
    expect(lasting('infra', 5)).toEqual([]);
    expect(lasting('infra', 7).map((i) => [i.rule, i.severity])).toEqual([['d2g.infra.period.principle', 'warning']]);
    expect(lasting('infra', 8).map((i) => [i.rule, i.severity])).toEqual([['d2g.infra.period.max', 'error']]);
  });

  it('names the project, the years in 年度 and 和暦, the rule and the source', () => {
    expect(lasting('soft', 4)[0]).toEqual({
      rule: 'd2g.soft.period.principle',
      project: 'P1',
      severity: 'warning',
      message:
        '事業 P1「P1の事業」（ソフト事業）の事業計画期間 2026年度（令和8年度）〜2029年度（令和11年度）（4か年度）: 原則3か年度以内（最長5か年度）: 例外として審査（002 L392）',
      source: { document: expect.stringContaining('002'), lines: '392' },
    });
    expect(lasting('kyoten', 6)[0]!.message).toBe(
      '事業 P1「P1の事業」（拠点整備事業）の事業計画期間 2026年度（令和8年度）〜2031年度（令和13年度）（6か年度）は最長5か年度を超えています。原則3か年度以内（最長5か年度）（002 L403）',
    );
  });

  it('refuses a project that starts before the application 年度, naming both years', () => {
    const early = planPeriod(contextOf(application([project('soft', 'P1', { 2025: 1000, 2026: 1000 }, { start_fy: 2025, end_fy: 2026 })])));
    expect(early).toEqual([
      {
        rule: 'd2g.project.starts_in_application_year',
        project: 'P1',
        severity: 'error',
        message:
          '事業 P1「P1の事業」（ソフト事業）の開始年度 2025年度（令和7年度）は申請の年度 2026年度（令和8年度）より前です。開始年度を申請の年度以降にしてください（Souseiの判断: d2g.project.starts_in_application_year）',
        source: expect.objectContaining({ document: expect.stringContaining('Sousei') }),
      },
    ]);
    expect(lasting('soft', 1)).toEqual([]);
  });
});
