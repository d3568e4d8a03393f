/**
 * The authorisation matrix cell by cell: every plan operation × role × relation, for local plans
 * (B, C) and national ones (A), against a table written out here independently of PLAN_MATRIX —
 * so a changed cell is a failing test that names it. Also how relations are derived from the
 * user's organisation, and who may create plans and run rounds.
 */
import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/index.ts';
import { PLAN_OPS, RELATIONS, canCreatePlan, canRunRounds, canUser, relationOf, type PlanAccess, type PlanOp, type Relation } from './permissions.ts';

const ROLES: Role[] = ['admin', 'editor', 'viewer', 'reviewer'];

// Letters per role in the order admin, editor, viewer, reviewer: 1 = allowed, 0 = refused.
type Row = Record<Relation, string>;
const W = '1100'; // writers: admin, editor
const ALL = '1111';
const NONE = '0000';

const LOCAL: Record<PlanOp, Row> = {
  view: { owner: ALL, co_owner: ALL, secretariat: ALL, ministry: ALL, reviewer: ALL, public: NONE },
  edit: { owner: W, co_owner: W, secretariat: NONE, ministry: NONE, reviewer: NONE, public: NONE },
  comment: { owner: W, co_owner: W, secretariat: W, ministry: W, reviewer: '1101', public: NONE },
  submit: { owner: W, co_owner: NONE, secretariat: NONE, ministry: NONE, reviewer: NONE, public: NONE },
  check: { owner: NONE, co_owner: NONE, secretariat: W, ministry: NONE, reviewer: NONE, public: NONE },
  open_proposals: { owner: NONE, co_owner: NONE, secretariat: NONE, ministry: NONE, reviewer: NONE, public: NONE },
  start_execution: { owner: W, co_owner: NONE, secretariat: W, ministry: NONE, reviewer: NONE, public: NONE },
  withdraw: { owner: W, co_owner: NONE, secretariat: NONE, ministry: NONE, reviewer: NONE, public: NONE },
  report: { owner: W, co_owner: W, secretariat: NONE, ministry: NONE, reviewer: NONE, public: NONE },
  review_report: { owner: NONE, co_owner: NONE, secretariat: W, ministry: NONE, reviewer: NONE, public: NONE },
  decide_withdrawal: { owner: W, co_owner: NONE, secretariat: NONE, ministry: NONE, reviewer: NONE, public: NONE },
  assign_reviewer: { owner: NONE, co_owner: NONE, secretariat: W, ministry: NONE, reviewer: NONE, public: NONE },
};

const NATIONAL: Record<PlanOp, Row> = {
  ...LOCAL,
  edit: { owner: W, co_owner: W, secretariat: W, ministry: NONE, reviewer: NONE, public: NONE },
  submit: { owner: NONE, co_owner: NONE, secretariat: NONE, ministry: NONE, reviewer: NONE, public: NONE },
  open_proposals: { owner: W, co_owner: NONE, secretariat: W, ministry: NONE, reviewer: NONE, public: NONE },
  start_execution: { owner: NONE, co_owner: NONE, secretariat: W, ministry: NONE, reviewer: NONE, public: NONE },
  withdraw: { owner: NONE, co_owner: NONE, secretariat: W, ministry: NONE, reviewer: NONE, public: NONE },
  report: { owner: W, co_owner: W, secretariat: NONE, ministry: W, reviewer: NONE, public: NONE },
  decide_withdrawal: { owner: NONE, co_owner: NONE, secretariat: W, ministry: NONE, reviewer: NONE, public: NONE },
};

/** An organisation standing in each relation to the plans below. */
const ORG_OF: Record<Relation, { id: string; kind: 'prefecture' | 'secretariat' | 'bureau' | 'reviewer_body' | 'municipality' | 'ministry' }> = {
  owner: { id: '160008', kind: 'prefecture' },
  co_owner: { id: '170003', kind: 'prefecture' },
  secretariat: { id: 'cas', kind: 'secretariat' },
  ministry: { id: 'mlit', kind: 'ministry' },
  reviewer: { id: 'toyama-review', kind: 'reviewer_body' },
  public: { id: '011002', kind: 'municipality' },
};

const localPlan: PlanAccess = { type: 'B', status: 'submitted', ownerOrgId: '160008', coOwnerOrgIds: ['170003'], reviewerOrgIds: ['toyama-review'] };
const nationalPlan: PlanAccess = { ...localPlan, type: 'A', status: 'proposals' };

describe.each([
  ['B (local)', localPlan, LOCAL],
  ['C (local)', { ...localPlan, type: 'C' as const }, LOCAL],
  ['A (national)', nationalPlan, NATIONAL],
])('permissions of a %s plan', (_name, plan, table) => {
  for (const op of PLAN_OPS) {
    for (const relation of RELATIONS) {
      it(`${op} × ${relation}`, () => {
        const actual = ROLES.map((role) => (canUser({ role, org: ORG_OF[relation] }, plan, op) ? '1' : '0')).join('');
        expect(relationOf({ role: 'viewer', org: ORG_OF[relation] }, plan)).toBe(relation);
        expect(actual, `${op} × ${relation} (admin, editor, viewer, reviewer)`).toBe(table[op][relation]);
      });
    }
  }
});

describe('relations', () => {
  it('counts 経済産業省 headquarters as the secretariat (pre-check and publication are joint, L293/L299)', () => {
    expect(relationOf({ role: 'editor', org: { id: 'meti', kind: 'ministry' } }, localPlan)).toBe('secretariat');
  });
  it('gives ministries and bureaus nothing of a local draft still on its owner’s desk', () => {
    const draft = { ...localPlan, status: 'draft' as const };
    expect(relationOf({ role: 'editor', org: { id: 'meti-chubu', kind: 'bureau' } }, draft)).toBe('public');
    expect(canUser({ role: 'admin', org: { id: 'meti-chubu', kind: 'bureau' } }, draft, 'view')).toBe(false);
    expect(relationOf({ role: 'editor', org: { id: 'meti-chubu', kind: 'bureau' } }, localPlan)).toBe('ministry');
  });
  it('makes a reviewers’ body a reviewer only of the plans it is assigned to', () => {
    expect(relationOf({ role: 'reviewer', org: { id: 'other-review', kind: 'reviewer_body' } }, localPlan)).toBe('public');
  });
});

describe('creating plans and running rounds', () => {
  const toyama = { id: '160008', kind: 'prefecture' as const };
  const sapporo = { id: '011002', kind: 'designated_city' as const };
  const takaoka = { id: '162027', kind: 'municipality' as const };
  const kanto = { id: 'meti-kanto', kind: 'bureau' as const };
  it('lets B be owned by a prefecture or 政令指定都市, C by any local government, A by a bureau', () => {
    expect(canCreatePlan('operator', 'B', toyama)).toBe(true);
    expect(canCreatePlan('operator', 'B', sapporo)).toBe(true);
    expect(canCreatePlan('operator', 'B', takaoka)).toBe(false);
    expect(canCreatePlan('operator', 'C', takaoka)).toBe(true);
    expect(canCreatePlan('operator', 'A', toyama)).toBe(false);
    expect(canCreatePlan('operator', 'A', kanto)).toBe(true);
  });
  it('lets only the owner’s writers create (A: also the secretariat), never across organisations', () => {
    expect(canCreatePlan({ role: 'editor', org: toyama }, 'B', toyama)).toBe(true);
    expect(canCreatePlan({ role: 'viewer', org: toyama }, 'B', toyama)).toBe(false);
    expect(canCreatePlan({ role: 'admin', org: sapporo }, 'B', toyama)).toBe(false);
    expect(canCreatePlan({ role: 'editor', org: { id: 'cas', kind: 'secretariat' } }, 'B', toyama)).toBe(false);
    expect(canCreatePlan({ role: 'editor', org: { id: 'cas', kind: 'secretariat' } }, 'A', kanto)).toBe(true);
    expect(canCreatePlan({ role: 'editor', org: { id: 'meti-chubu', kind: 'bureau' } }, 'A', kanto)).toBe(false);
  });
  it('lets only the secretariat’s writers run rounds', () => {
    expect(canRunRounds({ role: 'editor', org: { id: 'cas', kind: 'secretariat' } })).toBe(true);
    expect(canRunRounds({ role: 'viewer', org: { id: 'cas', kind: 'secretariat' } })).toBe(false);
    expect(canRunRounds({ role: 'admin', org: toyama })).toBe(false);
  });
});
