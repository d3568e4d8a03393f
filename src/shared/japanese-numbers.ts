/**
 * Numbers as written in Japanese statistical tables and plans: full-width digits, 「△5」 for −5,
 * 「1億2,345万」, 「64％」, a trailing unit, and 「－」「…」「x」 for "no figure".
 */
import { MAX_ABS_VALUE } from './input-limits.ts';
import { toHalfWidth } from './normalize-text.ts';
import { shorten } from './text-checks.ts';

export type NumberParse =
  | { ok: true; value: number; percent: boolean }
  | { ok: true; value: null; missing: string } // an explicit "no data" marker; `missing` is the marker as written
  // Japanese reason, e.g. 「数値ではありません: "abc"」; code 'number_out_of_range' for a number
  // beyond ±MAX_ABS_VALUE (or one that overflowed to Infinity), absent for text that is no number
  | { ok: false; reason: string; code?: 'number_out_of_range' };

/** 「10^18（100京）」: the bound as people read it. */
const BOUND_TEXT = `絶対値 ${MAX_ABS_VALUE.toExponential().replace(/^1e\+?/, '10^')}${MAX_ABS_VALUE === 1e18 ? '（100京）' : ''} 以下`;

function outOfRange(shown: string): NumberParse {
  return { ok: false, code: 'number_out_of_range', reason: `数値が大きすぎます: ${shown}（${BOUND_TEXT}の数値にしてください）` };
}

/**
 * A figure within ±MAX_ABS_VALUE, or the failure. Infinity (a 400-digit cell, JSON's 1e400)
 * and absurd magnitudes are refused here rather than evaluated: Infinity would make the
 * engine's 進捗率 Infinity% and a JSON export would write it as null, losing the value.
 */
export function checkMagnitude(value: number, shown: string): NumberParse {
  if (Number.isNaN(value)) return { ok: false, reason: `数値ではありません: ${shown}` };
  if (!Number.isFinite(value) || Math.abs(value) > MAX_ABS_VALUE) return outOfRange(shown);
  return { ok: true, value: value === 0 ? 0 : value, percent: false };
}

/**
 * Cell contents meaning "no figure" (該当なし・不詳・秘匿 in e-Stat and 白書 tables).
 * Matched against the whole trimmed cell; full-width/half-width and letter case variants of
 * these (「Ｘ」「n/a」) are recognised too.
 */
export const MISSING_MARKERS: readonly string[] = Object.freeze(['－', '-', '―', '—', '‐', '…', '...', '・・・', 'x', 'X', 'ｘ', '***', '*', '＊＊＊', 'NA', 'N/A']);

const MISSING_EXACT = new Set(MISSING_MARKERS);
const MISSING_FOLDED = new Set(MISSING_MARKERS.map((m) => toHalfWidth(m).toUpperCase()));

/** Counting words that may follow a figure; longest first so 「人泊」 wins over 「泊」. */
const UNITS: readonly string[] = [
  '円',
  '人',
  '件',
  '社',
  '箇所',
  'か所',
  'ヶ所',
  'ケ所',
  'カ所',
  'ヵ所',
  '団体',
  '倍',
  '回',
  '泊',
  '人泊',
  '世帯',
  '戸',
  '校',
  '市町村',
  '地区',
  '地域',
  '品目',
  '事業',
  '拠点',
  '人/年',
  '件/年',
  '本',
  '台',
  'ha',
  't',
  'トン',
  'km',
].sort((a, b) => b.length - a.length);

/** Power of ten for each multiplier character. */
const SMALL_EXP: Readonly<Record<string, number>> = { 千: 3, 百: 2 };
const LARGE_EXP: Readonly<Record<string, number>> = { 万: 4, 億: 8, 兆: 12 };

/**
 * One "digits + multiplier" group. 千/百 may combine with a large unit (「3千万」 = 3×10^7),
 * as in ordinary Japanese. Integer part: plain digits or correct thousands grouping.
 */
const GROUP = /(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?([千百])?([万億兆])?/y;

const PLAIN = /^[-+]?\d+(?:\.\d+)?$/;

function fail(raw: string, detail?: string): NumberParse {
  return { ok: false, reason: `数値ではありません: "${shorten(raw)}"${detail ? `（${shorten(detail)}）` : ''}` };
}

/** Decimal string for mantissa × 10^(−scale); Number() of it is the correctly rounded double. */
function decimalString(mantissa: bigint, scale: number): string {
  if (scale === 0) return mantissa.toString();
  const digits = mantissa.toString().padStart(scale + 1, '0');
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

/** The sign (-, −, △, ▲, +) in front and the percent sign or counting word behind the figure. */
function splitAffixes(text: string): { body: string; negative: boolean; percent: boolean } {
  let s = text;
  let negative = false;
  const sign = s.charAt(0);
  if (sign === '-' || sign === '\u2212' || sign === '△' || sign === '▲') {
    negative = true;
    s = s.slice(1);
  } else if (sign === '+') {
    s = s.slice(1);
  }
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  } else if (s.endsWith('パーセント')) {
    percent = true;
    s = s.slice(0, -'パーセント'.length);
  } else {
    const unit = UNITS.find((u) => s.endsWith(u) && s.length > u.length);
    if (unit) s = s.slice(0, -unit.length);
  }
  return { body: s, negative, percent };
}

/** The "digits + multiplier" groups summed exactly: total × 10^(−totalScale), or why not. */
function sumGroups(s: string, raw: string): { total: bigint; totalScale: number } | NumberParse {
  let total = 0n;
  let totalScale = 0;
  let prevExp = Infinity;
  let pos = 0;
  while (pos < s.length) {
    GROUP.lastIndex = pos;
    const m = GROUP.exec(s);
    const intPart = m?.[1];
    const fracPart = m?.[2] ?? '';
    // A leading '.5' is tolerated only at the very start.
    if (!m || (intPart === undefined && (fracPart === '' || pos > 0))) {
      return pos === 0 ? fail(raw) : fail(raw, `「${s.slice(pos)}」の部分を解釈できません`);
    }
    const exp = (SMALL_EXP[m[3] ?? ''] ?? 0) + (LARGE_EXP[m[4] ?? ''] ?? 0);
    pos += m[0].length;
    if (exp === 0 && pos < s.length) return fail(raw, `「${s.slice(pos)}」の部分を解釈できません`);

    const digits = (intPart ?? '0').replace(/,/g, '') + fracPart;
    const mantissa = BigInt(digits);
    // Bring the running total and this group to a common number of decimals.
    const scale = fracPart.length;
    if (scale > totalScale) {
      total *= 10n ** BigInt(scale - totalScale);
      totalScale = scale;
    }
    const shift = exp + totalScale - scale; // ≥ 0 because totalScale ≥ scale
    const contribution = mantissa * 10n ** BigInt(shift);

    if (exp >= prevExp) return fail(raw, '万・億・兆などの単位は大きい順に書いてください');
    // 「1億12,345万」: a lower group must stay below the unit before it.
    if (prevExp !== Infinity && contribution >= 10n ** BigInt(prevExp + totalScale)) {
      return fail(raw, '万・億・兆などの単位の桁が正しくありません');
    }
    total += contribution;
    prevExp = exp;
  }
  return { total, totalScale };
}

/**
 * Parses a cell. Multiplied values are summed in BigInt decimal arithmetic so 「2.3万」 is
 * exactly 23000 (2.3 * 10000 in floating point is 22999.999999999996).
 */
export function parseJapaneseNumber(input: string | number | null | undefined): NumberParse {
  if (typeof input === 'number') {
    // NaN and ±Infinity never come from a real cell: they are not numbers at all.
    if (!Number.isFinite(input)) return { ok: false, reason: `数値ではありません: ${String(input)}` };
    return checkMagnitude(input, String(input));
  }
  if (input === null || input === undefined) return { ok: true, value: null, missing: '' };

  const raw = String(input).trim();
  if (raw === '') return { ok: true, value: null, missing: '' };
  // Hot path for a million-row import: most cells are plain ASCII numbers.
  if (PLAIN.test(raw)) return checkMagnitude(Number(raw), `"${shorten(raw)}"`);
  // Markers are checked on the raw text so `missing` reports exactly what was written.
  if (MISSING_EXACT.has(raw)) return { ok: true, value: null, missing: raw };

  let s = toHalfWidth(raw);
  if (MISSING_FOLDED.has(s.toUpperCase())) return { ok: true, value: null, missing: raw };

  if (/[\d.,]\s+[\d.,]/.test(s)) return fail(raw, '数字の間に空白があります');
  s = s.replace(/\s+/g, '');

  const { body, negative, percent } = splitAffixes(s);
  if (body === '') return fail(raw);
  const sum = sumGroups(body, raw);
  if ('ok' in sum) return sum;
  const { total, totalScale } = sum;

  const value = Number(decimalString(total, totalScale));
  const checked = checkMagnitude(value, `"${shorten(raw)}"`);
  if (!checked.ok) return checked;
  return { ok: true, value: negative && value !== 0 ? -value : value, percent };
}
