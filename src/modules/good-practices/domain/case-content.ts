/**
 * A good-practice case (好事例) as submitted: validated whole by zod, every error naming its JSON
 * path (shared/zod-issues.ts) in Japanese. Amounts are yen (「1,000万」「３億」 read by
 * shared/yen-amount.ts), 団体コード are checked by their check digit and normalised (full-width
 * digits, 5 digits + check digit), periods are Sousei's period labels (2019, FY2024, 令和6年度).
 * Whether a code names an existing area or a linked KPI exists is the use case's check.
 */
import { z } from 'zod';
import { parseJapaneseNumber } from '../../../shared/japanese-numbers.ts';
import { LocalGovCodeError, NATIONAL_CODE, normalizeLocalGovCode } from '../../../shared/local-gov-code.ts';
import { normalizeText } from '../../../shared/normalize-text.ts';
import { tryParsePeriod } from '../../../shared/periods.ts';
import { yenAmount } from '../../../shared/yen-amount.ts';
import { FIELD_KEYS, FUNDING_KINDS, SECTORS } from './fields.ts';

const text = (max: number) =>
  z
    .string()
    .transform((s) => normalizeText(s))
    .pipe(z.string().max(max, { error: `${max}文字以内にしてください` }));
const required = (max: number) => text(max).pipe(z.string().min(1, { error: '空にはできません' }));

export const localGovCode = z.union([z.string(), z.number()]).transform((v, ctx) => {
  try {
    const code = normalizeLocalGovCode(v);
    if (code === NATIONAL_CODE) throw new LocalGovCodeError('000000（全国）は地域として指定できません');
    return code;
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: e instanceof LocalGovCodeError ? e.message : `団体コード「${String(v)}」を読めません` });
    return z.NEVER;
  }
});

const period = z.string().refine((s) => tryParsePeriod(s) !== null, {
  error: (i) => `期間「${String(i.input)}」を解釈できません（例: 2019、2024年度、FY2024、令和6年度）`,
});

const value = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const r = parseJapaneseNumber(v);
  if (!r.ok || r.value === null) {
    ctx.addIssue({ code: 'custom', message: `値「${String(v)}」を数値として読めません` });
    return z.NEVER;
  }
  return r.value;
});

const year = z.number().int().min(1900, { error: '西暦（1900〜2100）で指定してください' }).max(2100, { error: '西暦（1900〜2100）で指定してください' });

export const Observation = z.strictObject({ value, period });

/** A before/after result: linked to a strategy's KPI or a statistical series where one exists, else free with unit and period. */
export const CaseResult = z.strictObject({
  label: required(200),
  unit: text(40).default(''),
  before: Observation.optional(),
  after: Observation.optional(),
  kpi: z.strictObject({ strategy_id: required(200), kpi_id: required(200) }).optional(),
  indicator: z.strictObject({ code: required(200), area_code: localGovCode }).optional(),
  note: text(1000).default(''),
});

export const CaseContent = z.strictObject({
  title: required(200),
  summary: text(2000).default(''),
  /** the governments where it was done (団体コード); the first is the lead */
  regions: z.array(localGovCode).max(50).default([]),
  /** free words when the actor is not a government (e.g. a company or a 一部事務組合) */
  actor: text(200).default(''),
  field: z.enum(FIELD_KEYS),
  other_fields: z.array(z.enum(FIELD_KEYS)).max(10).default([]),
  problem: required(4000),
  /** short words naming the problem, to find regions that had the same one */
  problem_tags: z.array(required(40)).max(20).default([]),
  actions: required(8000),
  started_year: year.optional(),
  participants: z
    .array(z.strictObject({ sector: z.enum(SECTORS), name: text(200).default('') }))
    .max(50)
    .default([]),
  cost: z.strictObject({ total: yenAmount.optional(), note: text(1000).default('') }).optional(),
  funding: z
    .array(z.strictObject({ kind: z.enum(FUNDING_KINDS), amount: yenAmount.optional(), fiscal_year: year.optional(), note: text(500).default('') }))
    .max(30)
    .default([]),
  results: z.array(CaseResult).max(50).default([]),
  lessons: z
    .array(z.strictObject({ kind: z.enum(['worked', 'did_not_work']), text: required(2000) }))
    .max(30)
    .default([]),
  sources: z
    .array(
      z.strictObject({
        document: required(300),
        /** lines or pages in the document, e.g. 「L2033–2037」 */
        lines: text(100).default(''),
        url: z
          .url({ protocol: /^https?$/, error: 'http(s) の URL にしてください' })
          .max(2000)
          .optional(),
      }),
    )
    .max(20)
    .default([]),
  /** the credit line shown with the case (出典) */
  credit: text(500).default(''),
});

export type CaseContent = z.output<typeof CaseContent>;
export type CaseInput = z.input<typeof CaseContent>;

/** What a case needs before it may be submitted (a draft may lack it), each with the field it concerns. */
export function missingForSubmission(c: CaseContent): Array<{ column: string; reason: string }> {
  const out: Array<{ column: string; reason: string }> = [];
  if (c.regions.length === 0) out.push({ column: 'regions', reason: '取り組んだ地域（団体コード）を1つ以上指定してください' });
  if (c.sources.length === 0) out.push({ column: 'sources', reason: '出典（資料名と行・ページ、または URL）を1つ以上指定してください' });
  if (c.lessons.length === 0) out.push({ column: 'lessons', reason: '教訓（うまくいったこと・いかなかったこと）を1つ以上書いてください' });
  return out;
}
