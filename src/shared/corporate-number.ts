/**
 * 法人番号 (国税庁, 番号法): 13 digits, a check digit followed by a 12-digit base.
 *
 * Check digit (法人番号の指定等に関する省令 第2条): with P_n the n-th digit of the base counted from
 * its lowest digit and Q_n = 1 for odd n, 2 for even n: check = 9 − (Σ P_n × Q_n mod 9).
 * Confirmed against published numbers (国税庁 7000012050002, 経済産業省 4000012090001, 東京都
 * 8000020130001). A local government's number is its 団体コード after 「00002」(000020 + 130001).
 */
import { InputError, type InputIssue } from './errors.ts';
import { toHalfWidth } from './normalize-text.ts';

export class CorporateNumberError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorporateNumberError';
  }
}

/** Check digit for a 12-digit base. */
export function corporateCheckDigit(base12: string): number {
  if (!/^[0-9]{12}$/.test(base12)) throw new CorporateNumberError(`法人番号の基礎番号「${base12}」は12桁の数字ではありません`);
  let s = 0;
  for (let n = 1; n <= 12; n++) s += Number(base12.charAt(12 - n)) * (n % 2 === 1 ? 1 : 2);
  return 9 - (s % 9);
}

export function isValidCorporateNumber(value: string): boolean {
  return typeof value === 'string' && /^[0-9]{13}$/.test(value) && corporateCheckDigit(value.slice(1)) === Number(value.charAt(0));
}

/**
 * Canonical 13-digit 法人番号 from what people type: full-width digits, spaces and hyphens
 * (「1234-56-789012」as printed on notices) are fine; a wrong length or check digit is refused,
 * naming the expected check digit.
 */
export function normalizeCorporateNumber(input: string): string {
  const digits = toHalfWidth(String(input)).replace(/[\s\-‐－ー]/g, '');
  if (!/^[0-9]+$/.test(digits)) throw new CorporateNumberError(`法人番号「${String(input).trim()}」は数字ではありません（13桁の数字で指定してください）`);
  if (digits.length !== 13) throw new CorporateNumberError(`法人番号「${digits}」は${digits.length}桁です（13桁で指定してください）`);
  const expected = corporateCheckDigit(digits.slice(1));
  if (Number(digits.charAt(0)) !== expected) {
    throw new CorporateNumberError(`法人番号「${digits}」の検査数字（1桁目）が正しくありません（下12桁「${digits.slice(1)}」の検査数字は ${expected} です）`);
  }
  return digits;
}

/** normalizeCorporateNumber for a value a user gave: a bad number is an InputError located at `where`. */
export function readCorporateNumber(input: string, where: Pick<InputIssue, 'file' | 'line' | 'row' | 'column'>): string {
  try {
    return normalizeCorporateNumber(input);
  } catch (e) {
    if (e instanceof CorporateNumberError) throw InputError.single({ ...where, code: 'invalid_corporate_number', reason: e.message });
    throw e;
  }
}

/** The 法人番号 of a local government, from its 6-digit 団体コード. */
export function corporateNumberOfLocalGov(code: string): string {
  const base = `000020${code}`;
  return `${corporateCheckDigit(base)}${base}`;
}
