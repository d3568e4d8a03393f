/**
 * The round permission matrix cell by cell against a table written out separately (operation ×
 * relation × state), the relations from role, 団体コード and panel membership, and the 404 / 403 /
 * 409 the assertion chooses.
 */
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors.ts';
import { operatorPrincipal, userPrincipal, type Principal, type Role } from '../auth/index.ts';
import { ROUND_STATUSES, type RoundStatus } from './domain/workflow.ts';
import { assertCanOnRound, canOnRound, relationsOf, ROUND_OPS, ROUND_RELATIONS, type RoundOp, type RoundRelation } from './permissions.ts';

// rows: op; columns: operator, owner, owner_reader, member, public; each cell the states allowed (d=draft o=open c=closed p=published)
const EXPECTED: Record<RoundOp, [string, string, string, string, string]> = {
  view: ['docp', 'docp', 'docp', 'ocp', ''],
  view_report: ['docp', 'docp', 'docp', 'ocp', 'p'],
  manage: ['doc', 'doc', '', '', ''],
  respond: ['oc', 'oc', '', '', ''],
  comment: ['', '', '', 'o', ''],
  sign_off: ['', '', '', 'oc', ''],
};
const LETTER: Record<RoundStatus, string> = { draft: 'd', open: 'o', closed: 'c', published: 'p' };

describe('canOnRound, cell by cell', () => {
  for (const op of ROUND_OPS)
    ROUND_RELATIONS.forEach((rel, col) => {
      for (const s of ROUND_STATUSES) {
        const allowed = EXPECTED[op][col]!.includes(LETTER[s]);
        it(`${op} × ${rel} × ${s} → ${allowed}`, () => {
          // a relation always comes with 'public' (everyone is also the public)
          expect(canOnRound(op, new Set<RoundRelation>([rel, 'public']), s)).toBe(allowed);
        });
      }
    });
});

const TOYAMA = '162019';
const user = (id: string, role: Role, orgCode: string): Principal => userPrincipal({ id, email: `${id}@example.jp`, name: id, role, orgCode });

describe('relationsOf', () => {
  it.each([
    ['an editor of the owner', user('u1', 'editor', TOYAMA), ['public', 'owner']],
    ['an admin (the national secretariat)', user('u2', 'admin', '000000'), ['public', 'owner']],
    ['a viewer of the owner', user('u3', 'viewer', TOYAMA), ['public', 'owner_reader']],
    ['an editor of another municipality', user('u4', 'editor', '172014'), ['public']],
    ['a panel member (reviewer of the nation)', user('m1', 'reviewer', '000000'), ['public', 'member']],
    ['a member who is also the owner’s editor', user('m1', 'editor', TOYAMA), ['public', 'owner', 'member']],
    ['an operator', operatorPrincipal('cli:test'), ['public', 'operator']],
  ] as const)('%s', (_what, p, expected) => {
    expect([...relationsOf(p, TOYAMA, ['m1'])].sort()).toEqual([...expected].sort());
  });
  it('nobody signed in is the public', () => {
    expect([...relationsOf(null, TOYAMA, ['m1'])]).toEqual(['public']);
  });
});

describe('assertCanOnRound', () => {
  const pub = new Set<RoundRelation>(['public']);
  const member = new Set<RoundRelation>(['public', 'member']);
  const reader = new Set<RoundRelation>(['public', 'owner_reader']);
  it('hides a round the reader may not see (404), drafts from members too', () => {
    expect(() => assertCanOnRound('view', pub, 'open', 'vr-1', '見る')).toThrow(NotFoundError);
    expect(() => assertCanOnRound('comment', member, 'draft', 'vr-1', '意見を書く')).toThrow(NotFoundError);
    expect(() => assertCanOnRound('manage', pub, 'published', 'vr-1', '変える')).toThrow(NotFoundError);
  });
  it('refuses what the reader sees but may not do (403)', () => {
    expect(() => assertCanOnRound('respond', reader, 'open', 'vr-1', '対応を書く')).toThrow(ForbiddenError);
    expect(() => assertCanOnRound('comment', new Set<RoundRelation>(['public', 'owner']), 'open', 'vr-1', '意見を書く')).toThrow(ForbiddenError);
  });
  it('refuses what the state does not allow (409), naming the state', () => {
    expect(() => assertCanOnRound('comment', member, 'closed', 'vr-1', '意見を書く')).toThrow(ConflictError);
    expect(() => assertCanOnRound('comment', member, 'closed', 'vr-1', '意見を書く')).toThrow('「意見締切」の検証ラウンドでは意見を書くことはできません');
  });
});
