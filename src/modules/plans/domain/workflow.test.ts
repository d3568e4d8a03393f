/**
 * Every transition of both state machines, allowed and refused: for each (state, action) the
 * outcome is written out here; conditions (comments, local publication, mechanical checks,
 * requirement verdicts, the final year) refuse with the state, the action and what is missing.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_LABELS, STATUS_LABELS, actionsFrom, decide, isEditableStatus, type PlanAction, type PlanStatus, type TransitionFacts } from './workflow.ts';

const OK: TransitionFacts = {
  failingChecks: [],
  unmetRequirements: [],
  comment: '理由',
  localPublication: { date: '2026-10-01', url: 'https://www.pref.toyama.jp/plan' },
  finalYearOver: true,
};
const ALL_ACTIONS = Object.keys(ACTION_LABELS) as PlanAction[];

const LOCAL_EDGES: Partial<Record<PlanStatus, Partial<Record<PlanAction, PlanStatus>>>> = {
  draft: { submit_precheck: 'precheck', withdraw: 'withdrawn' },
  precheck: { advise: 'draft', complete_precheck: 'precheck_done', withdraw: 'withdrawn' },
  precheck_done: { publish_local: 'published_local', withdraw: 'withdrawn' },
  published_local: { submit_formal: 'submitted', withdraw: 'withdrawn' },
  submitted: { return_formal: 'draft', publish_national: 'published', withdraw: 'withdrawn' },
  published: { start_execution: 'in_execution', withdraw: 'withdrawn' },
  in_execution: { evaluate_final: 'evaluated', withdraw: 'withdrawn' },
  evaluated: {},
  withdrawn: {},
};
const NATIONAL_EDGES: Partial<Record<PlanStatus, Partial<Record<PlanAction, PlanStatus>>>> = {
  soan: { open_proposals: 'proposals', withdraw: 'withdrawn' },
  proposals: { formulate: 'formulated', withdraw: 'withdrawn' },
  formulated: { publish_national: 'published', withdraw: 'withdrawn' },
  published: { start_execution: 'in_execution', withdraw: 'withdrawn' },
  in_execution: { evaluate_final: 'evaluated', withdraw: 'withdrawn' },
  evaluated: {},
  withdrawn: {},
};

describe.each([
  ['B', LOCAL_EDGES],
  ['C', LOCAL_EDGES],
  ['A', NATIONAL_EDGES],
] as const)('the %s workflow', (type, edges) => {
  for (const [status, allowed] of Object.entries(edges) as [PlanStatus, Partial<Record<PlanAction, PlanStatus>>][]) {
    for (const action of ALL_ACTIONS) {
      const to = allowed[action];
      it(`${status} × ${action} → ${to ?? 'refused'}`, () => {
        const d = decide(type, status, action, OK);
        if (to) {
          expect(d).toEqual({ ok: true, to });
        } else {
          expect(d.ok).toBe(false);
          if (!d.ok) expect(d.reason).toContain(`「${ACTION_LABELS[action]}」`);
        }
      });
    }
    it(`offers exactly the allowed actions from ${status}`, () => {
      expect(actionsFrom(type, status).sort()).toEqual(Object.keys(allowed).sort());
    });
  }
});

describe('conditions of transitions', () => {
  it('names the state and where the action is possible when the state is wrong', () => {
    const d = decide('B', 'draft', 'publish_national', OK);
    expect(d).toEqual({ ok: false, missing: [], reason: '計画は「作成中」のため「国として公表」はできません（「正式提出（要件確認中）」のときにできます）' });
  });
  it('says an action does not exist for the type', () => {
    const d = decide('A', 'soan', 'submit_precheck', OK);
    expect(!d.ok && d.reason).toBe('「事前確認に提出」は戦略産業クラスター計画にはない操作です');
  });
  it('needs a comment for advice, a return and a withdrawal', () => {
    for (const [status, action] of [
      ['precheck', 'advise'],
      ['submitted', 'return_formal'],
      ['in_execution', 'withdraw'],
    ] as const) {
      const d = decide('C', status, action, { ...OK, comment: '  ' });
      expect(d.ok).toBe(false);
      if (!d.ok) expect(d.missing).toEqual([action === 'withdraw' ? '撤退の理由' : '助言・差し戻しの内容（コメント）']);
    }
  });
  it('needs the date and an http(s) URL for local publication', () => {
    const d = decide('B', 'precheck_done', 'publish_local', { ...OK, localPublication: { date: null, url: 'javascript:alert(1)' } });
    expect(!d.ok && d.missing).toEqual(['公表日', '公表先のURL（http:// または https://）']);
  });
  it('refuses formal submission and A’s formulation while mechanical checks fail, naming each', () => {
    const facts = { ...OK, failingChecks: ['要件⑦ KGI及びKPI', '記載項目がすべて記入されている'] };
    const b = decide('B', 'published_local', 'submit_formal', facts);
    expect(!b.ok && b.missing).toEqual(['要件・記載項目: 要件⑦ KGI及びKPI', '要件・記載項目: 記載項目がすべて記入されている']);
    expect(!b.ok && b.reason).toContain('「地方公共団体が公表」の計画を「正式に提出」には、次が必要です');
    expect(decide('A', 'proposals', 'formulate', facts).ok).toBe(false);
  });
  it('refuses national publication until every requirement is judged met', () => {
    const d = decide('B', 'submitted', 'publish_national', { ...OK, unmetRequirements: ['要件③ 実現可能性'] });
    expect(!d.ok && d.missing).toEqual(['要件確認で「適合」の判定: 要件③ 実現可能性']);
  });
  it('refuses the final-year evaluation before the final year has ended', () => {
    expect(decide('B', 'in_execution', 'evaluate_final', { ...OK, finalYearOver: false }).ok).toBe(false);
  });
  it('keeps plans under review and finished plans read-only', () => {
    const editable = (Object.keys(STATUS_LABELS) as PlanStatus[]).filter(isEditableStatus);
    expect(editable.sort()).toEqual(['draft', 'formulated', 'in_execution', 'precheck_done', 'proposals', 'published', 'published_local', 'soan'].sort());
  });
});
