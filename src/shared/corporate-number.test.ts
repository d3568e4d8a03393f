import { describe, expect, it } from 'vitest';
import { corporateCheckDigit, corporateNumberOfLocalGov, isValidCorporateNumber, normalizeCorporateNumber } from './corporate-number.ts';

describe('法人番号', () => {
  it('accepts published numbers and computes their check digits', () => {
    for (const n of ['7000012050002', '4000012090001', '8000020130001']) {
      expect(isValidCorporateNumber(n)).toBe(true);
      expect(corporateCheckDigit(n.slice(1))).toBe(Number(n[0]));
    }
  });
  it('derives a local government number from its 団体コード', () => {
    expect(corporateNumberOfLocalGov('130001')).toBe('8000020130001');
  });
  it('normalises full-width digits and hyphens, refuses wrong check digits and lengths', () => {
    expect(normalizeCorporateNumber('４０００－０１２０－９０００１')).toBe('4000012090001');
    expect(() => normalizeCorporateNumber('5000012090001')).toThrow(/検査数字（1桁目）が正しくありません.*検査数字は 4/);
    expect(() => normalizeCorporateNumber('400001209000')).toThrow(/12桁です/);
    expect(() => normalizeCorporateNumber('abc')).toThrow(/数字ではありません/);
    expect(isValidCorporateNumber('4000012090002')).toBe(false);
  });
});
