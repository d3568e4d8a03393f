/**
 * The grant permission matrix cell by cell against a table written out separately (operation ×
 * relation × role), and the relations themselves from organisations and assignments.
 */
import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/index.ts';
import type { OrganisationActor } from '../organisations/index.ts';
import { canCreateApplication, canOnGrant, GRANT_OPS, GRANT_RELATIONS, grantRelationOf, type GrantAccess, type GrantOp, type GrantRelation } from './permissions.ts';

const ROLES: readonly Role[] = ['admin', 'editor', 'viewer', 'reviewer'];

// rows: op; columns: applicant, secretariat, reviewer, prefecture, public; each cell the roles allowed (a=admin e=editor v=viewer r=reviewer)
const EXPECTED: Record<GrantOp, [string, string, string, string, string]> = {
  view: ['aevr', 'aevr', 'r', 'aevr', ''],
  edit: ['ae', '', '', '', ''],
  submit: ['ae', '', '', '', ''],
  return: ['', 'ae', '', '', ''],
  assign_reviewers: ['', 'ae', '', '', ''],
  start_review: ['', 'ae', '', '', ''],
  review: ['', '', 'r', '', ''],
  see_reviews: ['', 'aevr', '', '', ''],
  decide: ['', 'ae', '', '', ''],
  start_execution: ['ae', '', '', '', ''],
  verify: ['ae', '', '', '', ''],
  publish_verification: ['ae', '', '', '', ''],
};
const LETTER: Record<Role, string> = { admin: 'a', editor: 'e', viewer: 'v', reviewer: 'r' };

const TOYAMA_CITY = '162019';
const app: GrantAccess = { applicantCode: TOYAMA_CITY, status: 'submitted', reviewerUserIds: ['u-reviewer'] };

/** An actor standing in each relation to `app`. */
function actorIn(rel: GrantRelation, role: Role): OrganisationActor {
  switch (rel) {
    case 'applicant':
      return { role, userId: 'u-1', org: { id: TOYAMA_CITY, kind: 'municipality' } };
    case 'secretariat':
      return { role, userId: 'u-2', org: { id: 'cas', kind: 'secretariat' } };
    case 'reviewer':
      return { role, userId: 'u-reviewer', org: { id: 'review-body', kind: 'reviewer_body' } };
    case 'prefecture':
      return { role, userId: 'u-3', org: { id: '160008', kind: 'prefecture' } };
    default:
      return { role, userId: 'u-4', org: { id: '172014', kind: 'municipality' } };
  }
}

describe('grant permissions', () => {
  it('match the table in every cell (12 operations × 5 relations × 4 roles)', () => {
    let cells = 0;
    for (const op of GRANT_OPS)
      GRANT_RELATIONS.forEach((rel, i) => {
        for (const role of ROLES) {
          const a = actorIn(rel, role);
          expect(grantRelationOf(a, app), `${rel}`).toBe(rel);
          expect(canOnGrant(a, app, op), `${op} ${rel} ${role}`).toBe(EXPECTED[op][i]!.includes(LETTER[role]));
          cells++;
        }
      });
    expect(cells).toBe(240);
  });

  it('shows a draft to its prefecture only once submitted', () => {
    const pref = actorIn('prefecture', 'viewer');
    expect(grantRelationOf(pref, { ...app, status: 'draft' })).toBe('public');
    expect(canOnGrant(pref, { ...app, status: 'draft' }, 'view')).toBe(false);
    // another prefecture is the public
    expect(grantRelationOf({ ...pref, org: { id: '170003', kind: 'prefecture' } }, app)).toBe('public');
  });

  it('makes an unassigned reviewer the public, and the applicant outranks an assignment', () => {
    expect(grantRelationOf({ role: 'reviewer', userId: 'u-other', org: { id: 'review-body', kind: 'reviewer_body' } }, app)).toBe('public');
    expect(grantRelationOf({ role: 'editor', userId: 'u-reviewer', org: { id: TOYAMA_CITY, kind: 'municipality' } }, app)).toBe('applicant');
  });

  it('lets only the applicant’s writers (and operators) create its application', () => {
    expect(canCreateApplication('operator', TOYAMA_CITY)).toBe(true);
    expect(canCreateApplication(actorIn('applicant', 'editor'), TOYAMA_CITY)).toBe(true);
    expect(canCreateApplication(actorIn('applicant', 'viewer'), TOYAMA_CITY)).toBe(false);
    expect(canCreateApplication(actorIn('prefecture', 'admin'), TOYAMA_CITY)).toBe(false);
    expect(canCreateApplication(actorIn('secretariat', 'admin'), TOYAMA_CITY)).toBe(false);
  });
});
