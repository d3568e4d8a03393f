/**
 * The calculators' inputs as zod schemas, shared by the REST bodies and the CLI options (which are
 * read into the same object), so a bad value gets the same reason everywhere. Amounts take numbers
 * or text with 万・億 (yenAmount); unknown fields are refused.
 */
import { z } from '@hono/zod-openapi';
import { LocalGovCodeError, normalizeLocalGovCode } from '../../shared/local-gov-code.ts';
import { formatDay, todayDay } from '../../shared/periods.ts';
import { parseYen } from '../../shared/yen-amount.ts';
import { isDay } from '../rulebook/index.ts';
import { MAX_DONATIONS } from './domain/what-if.ts';

/**
 * Built here rather than by calling .openapi on the shared yenAmount: that instance may be created
 * before @hono/zod-openapi extends zod (import order), and then has no .openapi.
 */
const yen = (description: string, example: string) =>
  z
    .union([z.number(), z.string()])
    .openapi({ description: `${description}（円。数値、または「1,000万」「3億」のような文字列）`, example })
    .transform((v, ctx) => {
      const r = parseYen(v);
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: r.reason });
        return z.NEVER;
      }
      return r.yen;
    });

const ratio = (what: string) =>
  z
    .number({ error: `${what}は数値（例: 0.3）で指定してください` })
    .min(0, { error: `${what}は0以上にしてください` })
    .max(1, { error: `${what}は1以下（100%以下）にしてください` });

const asOf = z
  .string()
  .max(10)
  .refine(isDay, { error: '評価日は実在する日付を YYYY-MM-DD で指定してください（例: 2026-12-01）' })
  .optional()
  .openapi({ description: '評価日（寄附日・申請日）YYYY-MM-DD。省略時は今日（日本時間）', example: '2026-12-01' });

const localGovCode = z
  .string()
  .max(10)
  .transform((v, ctx) => {
    try {
      return normalizeLocalGovCode(v);
    } catch (e) {
      if (!(e instanceof LocalGovCodeError)) throw e;
      ctx.addIssue({ code: 'custom', message: e.message });
      return z.NEVER;
    }
  });

export const EligibilitySchema = z
  .object({
    recipient_code: localGovCode.optional().openapi({ description: '寄附先の地方公共団体（団体コード6桁または5桁）', example: '162019' }),
    head_office_code: localGovCode.optional().openapi({ description: '本社（主たる事務所又は事業所）の所在する市区町村（団体コード）', example: '131016' }),
    certified_project: z.boolean().optional().openapi({ description: '国が認定した地域再生計画に記載された事業への寄附か' }),
    blue_return: z.boolean().optional().openapi({ description: '青色申告書を提出する法人か' }),
    economic_return: z.boolean().optional().openapi({ description: '寄附の代償として経済的な利益を受けるか（受けるなら対象外）' }),
  })
  .strict()
  .openapi('KigyoFurusatoEligibility');

const companyAmounts = {
  juminzei_hojinzeiwari: yen('法人住民税法人税割額（道府県民税と市町村民税の合計）', '5,000万'),
  hojinzei: yen('法人税額', '3億'),
  jigyozei: yen('法人事業税額', '5,000万'),
  effective_tax_rate: ratio('実効税率').optional().openapi({ description: '損金算入の効果に使う実効税率（0〜1）。省略時は kfn.deduction.default_rate（0.3）', example: 0.3 }),
  as_of: asOf,
  eligibility: EligibilitySchema.optional(),
};

export const KigyoFurusatoBody = z
  .object({ donation: yen('寄附額', '1,000万'), ...companyAmounts })
  .strict()
  .openapi('KigyoFurusatoInput');

export const WhatIfBody = z
  .object({
    ...companyAmounts,
    donations: z
      .array(yen('寄附額', '1,000万'))
      .min(1, { error: '寄附額を1つ以上指定してください' })
      .max(MAX_DONATIONS, { error: `寄附額は${MAX_DONATIONS}件以内にしてください` })
      .optional()
      .openapi({ description: '試算する寄附額の一覧。省略時は最低寄附額から10億円までの既定の一覧（上限が効き始める寄附額を含む）' }),
    format: z.enum(['json', 'xlsx'], { error: '形式は json か xlsx で指定してください' }).optional(),
  })
  .strict()
  .openapi('KigyoFurusatoWhatIfInput');

export const ProJinzaiBody = z
  .object({
    cost: yen('対象費用の合計（1件当たり）', '70万').optional(),
    costs: z
      .object({
        fee: yen('副業・兼業人材へ支払う報酬', '50万').optional(),
        travel: yen('副業・兼業人材へ支払う移動費', '5万').optional(),
        referral_fee: yen('人材事業者へ支払う紹介手数料', '15万').optional(),
      })
      .strict()
      .optional()
      .openapi({ description: '対象費用の費目別（cost とはどちらか一方）' }),
    rate: ratio('補助率').optional().openapi({ description: '道府県の補助率（0〜0.8）。省略時は最大の 8/10', example: 0.8 }),
    as_of: asOf,
  })
  .strict()
  .openapi('ProJinzaiInput');

/** Today in Japan, the default evaluation date. */
export const todayJst = (): string => formatDay(todayDay());
