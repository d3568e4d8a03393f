import { describe, expect, it } from 'vitest';
import { application, contextOf, project } from '../test-applications.ts';
import { newProjectCount } from './new-projects.ts';

/** `normal` new projects in the count and `special` outside it (with a reason). */
function count(normal: number, special: number, extra: Parameters<typeof project>[3] = {}) {
  const ps = [
    ...Array.from({ length: normal }, (_, i) => project('soft', `N${i + 1}`, { 2026: 1 })),
    ...Array.from({ length: special }, (_, i) => project('soft', `X${i + 1}`, { 2026: 1 }, { outside_cap_reason: '連携中枢都市圏の共同事業', ...extra })),
    project('soft', 'C1', { 2026: 1 }, { is_new: false }),
  ];
  return newProjectCount(contextOf(application(ps)));
}

describe('the count of new projects (注3, D2G-EX5)', () => {
  it('takes 10 in the count and 2 outside it', () => {
    expect(count(10, 0)).toEqual([]);
    expect(count(10, 2)).toEqual([]);
  });

  it('refuses an 11th in the count, naming the projects', () => {
    const issues = count(11, 0);
    expect(issues.map((i) => [i.rule, i.severity, i.project])).toEqual([['d2g.new_projects.normal_max', 'error', null]]);
    expect(issues[0]!.message).toBe('新規事業（枠外を除く）が11件あり、通常の申請上限件数10件を1件超えています: N1、N2、N3、N4、N5、N6、N7、N8、N9、N10、N11（002 L431）');
  });

  it('refuses a 3rd outside the count', () => {
    expect(count(10, 3).map((i) => [i.rule, i.severity])).toEqual([['d2g.new_projects.special_max', 'error']]);
  });

  it('refuses a project outside the count without a reason, by project', () => {
    const issues = count(0, 1, { outside_cap_reason: '  ' });
    expect(issues.map((i) => [i.rule, i.project, i.severity])).toEqual([['d2g.new_projects.special_needs_reason', 'X1', 'error']]);
    expect(issues[0]!.message).toMatch(/枠外とする理由（一定の条件を満たすこと）が記入されていません（Souseiの判断: d2g\.new_projects\.special_needs_reason）$/);
  });
});
