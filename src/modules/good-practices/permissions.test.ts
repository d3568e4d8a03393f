/** The case permission matrix cell by cell against a table written out separately (operation × relation × role). */
import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/index.ts';
import type { OrganisationActor } from '../organisations/index.ts';
import { CASE_OPS, CASE_RELATIONS, canOnCase, canViewCase, canWriteForGovernment, caseRelationOf, type CaseOp, type CaseRelation } from './permissions.ts';

const ROLES: readonly Role[] = ['admin', 'editor', 'viewer', 'reviewer'];
const LETTER: Record<Role, string> = { admin: 'a', editor: 'e', viewer: 'v', reviewer: 'r' };
// rows: op; columns: owner, secretariat, public; each cell the roles allowed
const EXPECTED: Record<CaseOp, [string, string, string]> = {
  view: ['aevr', 'aevr', ''],
  edit: ['ae', '', ''],
  submit: ['ae', '', ''],
  return: ['', 'ae', ''],
  validate: ['', 'ae', ''],
};
const TOYAMA = '162019';

function actorIn(rel: CaseRelation, role: Role): OrganisationActor {
  if (rel === 'owner') return { role, userId: 'u1', org: { id: TOYAMA, kind: 'municipality' } };
  if (rel === 'secretariat') return { role, userId: 'u2', org: { id: 'cas', kind: 'secretariat' } };
  return { role, userId: 'u3', org: { id: '172014', kind: 'municipality' } };
}

describe('good-practice permissions', () => {
  it('match the table in every cell (5 operations × 3 relations × 4 roles)', () => {
    let cells = 0;
    for (const op of CASE_OPS)
      CASE_RELATIONS.forEach((rel, i) => {
        for (const role of ROLES) {
          const a = actorIn(rel, role);
          expect(caseRelationOf(a, TOYAMA)).toBe(rel);
          expect(canOnCase(a, TOYAMA, op), `${op} ${rel} ${role}`).toBe(EXPECTED[op][i]!.includes(LETTER[role]));
          cells++;
        }
      });
    expect(cells).toBe(60);
  });

  it('shows validated cases to everyone and others only to owner and secretariat', () => {
    const other = actorIn('public', 'admin');
    expect(canViewCase({ kind: 'user', user: { id: 'u3', role: 'admin', orgCode: '172014' } as never }, other, TOYAMA, 'validated')).toBe(true);
    expect(canViewCase({ kind: 'user', user: { id: 'u3', role: 'admin', orgCode: '172014' } as never }, other, TOYAMA, 'submitted')).toBe(false);
    expect(canViewCase({ kind: 'operator', name: 'cli:x' }, null, TOYAMA, 'draft')).toBe(true);
  });

  it('lets only a government’s own writers create its cases or record its adoptions', () => {
    expect(canWriteForGovernment('operator', TOYAMA)).toBe(true);
    expect(canWriteForGovernment(actorIn('owner', 'editor'), TOYAMA)).toBe(true);
    expect(canWriteForGovernment(actorIn('owner', 'viewer'), TOYAMA)).toBe(false);
    expect(canWriteForGovernment(actorIn('public', 'admin'), TOYAMA)).toBe(false);
    // the secretariat is not a government
    expect(canWriteForGovernment({ role: 'admin', userId: 'u2', org: { id: 'cas', kind: 'secretariat' } }, 'cas')).toBe(false);
  });
});
