/**
 * Reading what a person types into the calculators before it is sent: the amount read back in 円
 * beside each field (the server reads the same text with the same reader), a percentage (「30」
 * 「30%」「３０％」) or a fraction (「8/10」「2/3」) as a ratio, and the server's located issues
 * matched to the fields that caused them.
 */
import { parseJapaneseNumber } from '../../../../src/shared/japanese-numbers.ts';
import { toHalfWidth } from '../../../../src/shared/normalize-text.ts';
import type { ApiIssue } from '../../api/types.ts';

export type Reading<T> = { ok: true; value: T } | { ok: false; reason: string } | { ok: true; value: null };

/** An amount in 円 as typed: null when empty; whole yen, not negative (as the server's parseYen). */
export function readYen(text: string): Reading<number> {
  const s = toHalfWidth(text).trim().replace(/円$/, '');
  if (s === '') return { ok: true, value: null };
  const r = parseJapaneseNumber(s);
  if (!r.ok || r.value === null || r.percent) return { ok: false, reason: `金額「${text}」を読めません（例: 1,000万、3億、500000）` };
  if (r.value < 0) return { ok: false, reason: `金額「${text}」は0円以上にしてください` };
  return { ok: true, value: Math.round(r.value) };
}

/** A rate typed as a percentage (「30」「30%」) or a fraction (「8/10」), as a ratio between 0 and 1. */
export function readRate(text: string): Reading<number> {
  const s = toHalfWidth(text).trim();
  if (s === '') return { ok: true, value: null };
  const fraction = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(s);
  let ratio: number | null = null;
  if (fraction) {
    const den = Number(fraction[2]);
    if (den > 0) ratio = Number(fraction[1]) / den;
  } else {
    const r = parseJapaneseNumber(s.replace(/[%％]$/, ''));
    if (r.ok && r.value !== null) ratio = r.value / 100;
  }
  if (ratio === null || !Number.isFinite(ratio)) return { ok: false, reason: `率「${text}」を読めません（例: 30、30%、8/10）` };
  if (ratio < 0 || ratio > 1) return { ok: false, reason: `率「${text}」は0%以上100%以下にしてください` };
  return { ok: true, value: ratio };
}

/** A local government's field: empty, or a 団体コード (5 or 6 digits; names are picked from the candidates). */
export function readLocalGovCode(text: string): Reading<string> {
  const s = toHalfWidth(text).trim();
  if (s === '') return { ok: true, value: null };
  if (/^\d{5,6}$/.test(s)) return { ok: true, value: s };
  return { ok: false, reason: `「${text}」は団体コードではありません。6桁の団体コードを入力するか、名称で探して候補から選んでください` };
}

export interface FieldProblem {
  id: string;
  label: string;
  message: string;
}

/**
 * The issues of a 400 as problems of the form's fields (by the JSON path the server names),
 * and the rest — issues of no field on this form — as text for the whole form.
 */
export function issuesToFields(issues: readonly ApiIssue[], fields: Readonly<Record<string, { id: string; label: string }>>): { fields: FieldProblem[]; rest: string[] } {
  const out: FieldProblem[] = [];
  const rest: string[] = [];
  for (const i of issues) {
    const f = i.column ? fields[i.column] : undefined;
    if (f) out.push({ id: f.id, label: f.label, message: i.reason });
    else rest.push(i.column ? `${i.column}: ${i.reason}` : i.reason);
  }
  return { fields: out, rest };
}
