/**
 * An amount in 円 as people type it: a number, or text such as 「1億2,000万」「１２０億円」「70万」.
 * Whole yen, not negative. One reader for plans, grant applications and the calculators, so
 * 万・億・兆 and full-width digits mean the same everywhere.
 */
import { z } from 'zod';
import { parseJapaneseNumber } from './japanese-numbers.ts';
import { toHalfWidth } from './normalize-text.ts';

export type YenParse = { ok: true; yen: number } | { ok: false; reason: string };

/** Reads one amount; the reason says what was wrong in Japanese. */
export function parseYen(v: string | number): YenParse {
  const raw = typeof v === 'string' ? toHalfWidth(v).trim().replace(/円$/, '') : v;
  const parsed = parseJapaneseNumber(raw);
  if (!parsed.ok || parsed.value === null || ('percent' in parsed && parsed.percent)) {
    return { ok: false, reason: `金額「${v}」を読めません（例: 120億、1億2,000万、350000000）` };
  }
  if (parsed.value < 0 || !Number.isSafeInteger(Math.round(parsed.value))) {
    return { ok: false, reason: `金額「${v}」は0円以上、9千兆円未満の金額にしてください` };
  }
  return { ok: true, yen: Math.round(parsed.value) };
}

/** The zod field for an amount in 円 (see parseYen). */
export const yenAmount = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const r = parseYen(v);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.reason });
    return z.NEVER;
  }
  return r.yen;
});
