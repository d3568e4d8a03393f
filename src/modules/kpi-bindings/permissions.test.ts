import { describe, expect, it } from 'vitest';
import { operatorPrincipal, systemPrincipal, userPrincipal, type Role } from '../auth/index.ts';
import { assertCanBindKpi, canBindKpi } from './permissions.ts';

const SAPPORO = '011002';
const user = (role: Role, orgCode: string) => userPrincipal({ id: `${role}-${orgCode}`, email: `${role}@${orgCode}.example.jp`, name: role, role, orgCode });

describe('who may bind a KPI of 札幌市 (011002) to statistics', () => {
  it.each([
    ['admin (secretariat)', user('admin', '000000'), true],
    ["the owner's editor", user('editor', SAPPORO), true],
    ["another government's editor", user('editor', '012025'), false],
    ["the owner's viewer", user('viewer', SAPPORO), false],
    ['an operator', operatorPrincipal('cli:yamada'), true],
    ['the platform', systemPrincipal('statistics-import'), true],
  ] as const)('%s: %s', (_who, principal, allowed) => {
    expect(canBindKpi(principal, SAPPORO)).toBe(allowed);
    if (!allowed) expect(() => assertCanBindKpi(principal, SAPPORO)).toThrow(/権限/);
  });
});
