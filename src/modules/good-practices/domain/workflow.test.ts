import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS, CASE_STATUSES, decideCase, type CaseAction, type CaseStatus } from './workflow.ts';

const ok = { missing: [], comment: '理由' };

describe('case workflow', () => {
  it('allows exactly these transitions', () => {
    const allowed: Record<string, CaseStatus> = {
      'draft submit': 'submitted',
      'returned submit': 'submitted',
      'submitted return': 'returned',
      'submitted validate': 'validated',
    };
    for (const from of CASE_STATUSES)
      for (const action of CASE_ACTIONS as readonly CaseAction[]) {
        const d = decideCase(from, action, ok);
        const want = allowed[`${from} ${action}`];
        expect(d, `${from} ${action}`).toEqual(want ? { ok: true, to: want } : { ok: false, reasons: [expect.stringContaining('ことができません')] });
      }
  });

  it('names what is missing for submission and wants a reason to return', () => {
    expect(decideCase('draft', 'submit', { missing: ['出典がありません'], comment: '' })).toEqual({ ok: false, reasons: ['出典がありません'] });
    expect(decideCase('submitted', 'return', { missing: [], comment: '  ' })).toEqual({ ok: false, reasons: ['差し戻す理由を書いてください'] });
  });
});
