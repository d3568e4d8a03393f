/**
 * 全国地方公共団体コード (総務省): 2-digit prefecture + 3-digit municipality + 1 check digit.
 *
 * Check digit, confirmed against every prefecture (47) and municipality/ward (1,922) code in
 * reference-data/local-gov: s = Σ digit_i × (6,5,4,3,2); r = s mod 11; check = (11 − r) mod 10,
 * i.e. the last digit of 11 − r. So r = 1 → 0 and r = 0 → 1 (e.g. 011011 札幌市中央区). The
 * often-quoted variant "r = 0 → 0" contradicts 179 real codes.
 */
import { InputError, type InputIssue } from './errors.ts';
import { toHalfWidth } from './normalize-text.ts';

export class LocalGovCodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalGovCodeError';
  }
}

/**
 * Sousei's code for the nation as a whole (国/全国). Not a real 団体コード, and by the rule above
 * its check digit would be 1, so it is accepted explicitly rather than by arithmetic.
 */
export const NATIONAL_CODE = '000000';

const WEIGHTS = [6, 5, 4, 3, 2] as const;

/** Check digit for the first five digits of a 団体コード. */
export function checkDigit(first5: string): number {
  if (!/^[0-9]{5}$/.test(first5)) {
    throw new LocalGovCodeError(`団体コードの上5桁「${first5}」は5桁の数字ではありません`);
  }
  let s = 0;
  for (let i = 0; i < 5; i++) s += Number(first5.charAt(i)) * WEIGHTS[i]!;
  return (11 - (s % 11)) % 10;
}

/** Exactly six ASCII digits whose check digit matches (or the national code). */
export function isValidLocalGovCode(code: string): boolean {
  if (typeof code !== 'string' || !/^[0-9]{6}$/.test(code)) return false;
  if (code === NATIONAL_CODE) return true;
  return checkDigit(code.slice(0, 5)) === Number(code.charAt(5));
}

/**
 * Canonical 6-digit code from what people type or spreadsheets export.
 * - strings: full-width digits and surrounding spaces are fine; 5 digits get the check digit
 *   appended (e-Stat and many tables use 5-digit codes), 6 digits are verified.
 * - numbers: zero-padded to 6 digits (Excel drops the leading 0 of 北海道〜福島県 codes), then
 *   verified. A number is never treated as a 5-digit code: 13101 could be either, and guessing
 *   wrong would silently name another municipality.
 * - all zeros (00000 / 000000 / 0) is the national code.
 */
export function normalizeLocalGovCode(input: string | number): string {
  let digits: string;
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || input < 0 || input > 999_999) {
      throw new LocalGovCodeError(`団体コード「${String(input)}」は6桁の数字ではありません`);
    }
    digits = String(input).padStart(6, '0');
  } else {
    digits = toHalfWidth(String(input)).trim();
    if (!/^[0-9]+$/.test(digits)) {
      throw new LocalGovCodeError(`団体コード「${String(input).trim()}」は数字ではありません（6桁または5桁の数字で指定してください）`);
    }
    if (digits.length !== 5 && digits.length !== 6) {
      throw new LocalGovCodeError(`団体コード「${digits}」は${digits.length}桁です（6桁、または検査数字を除いた5桁で指定してください）`);
    }
  }

  if (/^0+$/.test(digits)) return NATIONAL_CODE;
  if (digits.length === 5) return digits + String(checkDigit(digits));

  const expected = checkDigit(digits.slice(0, 5));
  if (Number(digits.charAt(5)) !== expected) {
    const readAs = typeof input === 'number' && String(input).length < 6 ? `。数値 ${String(input)} は「${digits}」と読みました（5桁のコードは文字列で指定してください）` : '';
    throw new LocalGovCodeError(
      `団体コード「${digits}」の検査数字（6桁目）が正しくありません（上5桁「${digits.slice(0, 5)}」の検査数字は ${expected} です。上5桁に誤りがなければ「${digits.slice(0, 5)}${expected}」）${readAs}`,
    );
  }
  return digits;
}

/** normalizeLocalGovCode for a value a user gave: a bad code is an InputError located at `where`. */
export function readLocalGovCode(input: string | number, where: Pick<InputIssue, 'file' | 'line' | 'row' | 'column'>): string {
  try {
    return normalizeLocalGovCode(input);
  } catch (e) {
    if (e instanceof LocalGovCodeError) throw InputError.single({ ...where, code: 'invalid_code', reason: e.message });
    throw e;
  }
}
