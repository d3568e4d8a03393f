import { describe, expect, it } from 'vitest';
import { operatorPrincipal, systemPrincipal, userPrincipal, type Principal, type Role } from '../auth/index.ts';
import { assertCanWriteStrategy, canCreateStrategy, canWriteStrategy } from './permissions.ts';

const SAPPORO = '011002';
const HAKODATE = '012025';
const user = (role: Role, orgCode: string): Principal => userPrincipal({ id: `${role}-${orgCode}`, email: `${role}@${orgCode}.example.jp`, name: role, role, orgCode });

describe('who may write a strategy owned by 札幌市 (011002), cell by cell', () => {
  const cells: Array<[string, Principal, boolean]> = [
    ['admin of the nation', user('admin', '000000'), true],
    ['admin of another government', user('admin', HAKODATE), true],
    ['editor of the owner', user('editor', SAPPORO), true],
    ['editor of another government', user('editor', HAKODATE), false],
    ['viewer of the owner', user('viewer', SAPPORO), false],
    ['viewer of another government', user('viewer', HAKODATE), false],
    ['an operator at the CLI', operatorPrincipal('cli:yamada'), true],
    ['the platform (bindings, reference data)', systemPrincipal('statistics'), true],
  ];
  for (const [who, principal, allowed] of cells) {
    it(`${who}: ${allowed ? 'may' : 'may not'}`, () => {
      expect(canWriteStrategy(principal, SAPPORO)).toBe(allowed);
      if (allowed) expect(() => assertCanWriteStrategy(principal, SAPPORO)).not.toThrow();
      else expect(() => assertCanWriteStrategy(principal, SAPPORO)).toThrow(/011002/);
    });
  }
});

describe('who may create or replace a whole strategy', () => {
  it('operators and the platform only; no user, not even an admin', () => {
    expect(canCreateStrategy(operatorPrincipal('cli:yamada'))).toBe(true);
    expect(canCreateStrategy(systemPrincipal('reference-data'))).toBe(true);
    for (const role of ['admin', 'editor', 'viewer'] as const) expect(canCreateStrategy(user(role, SAPPORO))).toBe(false);
  });
});
