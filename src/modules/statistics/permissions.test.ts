import { describe, expect, it } from 'vitest';
import { operatorPrincipal, systemPrincipal, userPrincipal } from '../auth/index.ts';
import { assertCanImportStatistics, canImportStatistics } from './permissions.ts';

describe('who may store published statistics', () => {
  it('operators and the platform; no user, not even an admin', () => {
    expect(canImportStatistics(operatorPrincipal('cli:yamada'))).toBe(true);
    expect(canImportStatistics(systemPrincipal('reference-data'))).toBe(true);
    for (const role of ['admin', 'editor', 'viewer'] as const) {
      const p = userPrincipal({ id: role, email: `${role}@example.jp`, name: role, role, orgCode: '011002' });
      expect(canImportStatistics(p)).toBe(false);
      expect(() => assertCanImportStatistics(p)).toThrow(/運用者/);
    }
  });
});
