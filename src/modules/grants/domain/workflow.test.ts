import { describe, expect, it } from 'vitest';
import { decide, GRANT_ACTIONS, GRANT_STATUSES, type GrantStatus, type TransitionFacts } from './workflow.ts';

const ready: TransitionFacts = { checkErrors: 0, reviewers: 2, completeReviews: 2, decisionComplete: true, verificationComplete: true, comment: 'r' };

describe('grant workflow', () => {
  it('walks the happy path from draft to a published verification', () => {
    let s: GrantStatus = 'draft';
    for (const a of ['submit', 'start_review', 'decide', 'start_execution', 'publish_verification'] as const) {
      const d = decide(s, a, ready);
      expect(d.ok, `${s} ${a}`).toBe(true);
      if (d.ok) s = d.to;
    }
    expect(s).toBe('verified');
  });

  it('allows each action only from its states, naming the state and the action', () => {
    const allowed: Record<string, string[]> = {
      submit: ['draft'],
      return: ['submitted', 'under_review'],
      start_review: ['submitted'],
      decide: ['under_review'],
      start_execution: ['decided'],
      publish_verification: ['in_execution'],
    };
    for (const a of GRANT_ACTIONS)
      for (const s of GRANT_STATUSES) {
        const d = decide(s, a, ready);
        expect(d.ok, `${s} ${a}`).toBe(allowed[a]?.includes(s));
        if (!d.ok) expect(d.reasons[0]).toMatch(/「.+」の申請は「.+」ことができません/);
      }
  });

  it('refuses to submit with check errors, to return without a reason, to review without reviewers', () => {
    expect(decide('draft', 'submit', { ...ready, checkErrors: 2 })).toEqual({ ok: false, reasons: ['交付要件の確認で2件の誤りがあります（警告は提出を妨げません）'] });
    expect(decide('submitted', 'return', { ...ready, comment: '  ' })).toEqual({ ok: false, reasons: ['差し戻す理由を入力してください'] });
    expect(decide('submitted', 'start_review', { ...ready, reviewers: 0 })).toEqual({ ok: false, reasons: ['審査員が割り当てられていません'] });
  });

  it('names every missing condition of a decision at once', () => {
    const d = decide('under_review', 'decide', { ...ready, completeReviews: 0, decisionComplete: false });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reasons).toHaveLength(2);
    expect(decide('in_execution', 'publish_verification', { ...ready, verificationComplete: false }).ok).toBe(false);
  });
});
