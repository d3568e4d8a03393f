/** e-Stat's labels and codes: 「A1101_総人口【人】」 (code, name, unit) and 10-digit time codes. Pure. */
import { toHalfWidth } from '../../../shared/normalize-text.ts';
import { tryParsePeriod, type Period } from '../../../shared/periods.ts';

export const norm = (s: string | undefined) => toHalfWidth(s ?? '').trim();

/** 「A1101_総人口【人】」 → code A1101, name 総人口, unit 人; 「01100_札幌市」 → code 01100. */
export function splitEstatLabel(label: string): { code: string | null; name: string; unit: string | null } {
  let rest = label.trim();
  let code: string | null = null;
  const m = /^([A-Za-z0-9]+)_(.+)$/.exec(rest);
  if (m) {
    code = m[1]!;
    rest = m[2]!;
  }
  let unit: string | null = null;
  const u = /[【[]([^】\]]+)[】\]]\s*$/.exec(rest);
  if (u) {
    unit = u[1]!.trim();
    rest = rest.slice(0, u.index).trim();
  }
  return { code, name: rest, unit };
}

/** e-Stat's 10-digit time code → period; null when it is not one of year / fiscal year / month. */
export function parseEstatTimeCode(code: string): Period | null {
  const c = norm(code);
  if (!/^\d{10}$/.test(c)) return null;
  const year = c.slice(0, 4);
  const kind = c.slice(4, 6);
  const from = c.slice(6, 8);
  const to = c.slice(8, 10);
  if (from === '00' && to === '00') {
    if (kind === '00') return tryParsePeriod(year);
    if (kind === '10') return tryParsePeriod(`FY${year}`);
    return null;
  }
  if (kind === '00' && from === to && Number(from) >= 1 && Number(from) <= 12) return tryParsePeriod(`${year}-${from}`);
  return null;
}
