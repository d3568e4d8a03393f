import { describe, expect, it } from 'vitest';
import { application, contextOf, project, rulesWith } from '../test-applications.ts';
import { infraCombination } from './infra-combination.ts';

describe('インフラ整備事業 needs a ソフト or 拠点整備 project (注4, D2G-EX6)', () => {
  it('refuses infra alone, naming each infra project', () => {
    const issues = infraCombination(contextOf(application([project('infra', 'I1', { 2026: 1 }), project('infra', 'I2', { 2026: 1 })])));
    expect(issues.map((i) => [i.rule, i.project, i.severity])).toEqual([
      ['d2g.infra.requires_combination', 'I1', 'error'],
      ['d2g.infra.requires_combination', 'I2', 'error'],
    ]);
    expect(issues[0]!.message).toBe(
      '事業 I1「I1の事業」（インフラ整備事業）: インフラ整備事業はソフト事業又は拠点整備事業との組み合わせが要件です。この申請にソフト事業・拠点整備事業がありません（002 L434）',
    );
  });

  it('passes infra with a ソフト or a 拠点整備 project, and applications without infra', () => {
    expect(infraCombination(contextOf(application([project('infra', 'I1', { 2026: 1 }), project('soft', 'S1', { 2026: 1 })])))).toEqual([]);
    expect(infraCombination(contextOf(application([project('infra', 'I1', { 2026: 1 }), project('kyoten', 'K1', { 2026: 1 })])))).toEqual([]);
    expect(infraCombination(contextOf(application([project('soft', 'S1', { 2026: 1 })])))).toEqual([]);
  });

  it('is not checked when the rule is not in the rules', () => {
    expect(infraCombination(contextOf(application([project('infra', 'I1', { 2026: 1 })]), rulesWith({ 'd2g.infra.requires_combination': false })))).toEqual([]);
  });
});
