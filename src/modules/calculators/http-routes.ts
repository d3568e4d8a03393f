/** OpenAPI definitions of the calculators (public: they hold no data, so no sign-in and no CSRF token). */
import { createRoute, z } from '@hono/zod-openapi';
import { XLSX } from '../../infra/http/download.ts';
import { errorResponses } from '../../infra/http/errors.ts';
import { RuleSourceSchema } from '../rulebook/index.ts';
import { KigyoFurusatoBody, ProJinzaiBody, WhatIfBody } from './inputs.ts';

const TraceParameterSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    value: z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]),
    unit: z.string(),
    effective_from: z.string(),
    effective_to: z.string().nullable(),
    source: RuleSourceSchema,
  })
  .openapi('TraceParameter');

const TraceStepSchema = z
  .object({
    step: z.string().openapi({ example: 'juminzei_credit' }),
    label: z.string(),
    formula: z.string().openapi({ description: 'the formula in words' }),
    inputs: z.record(z.string(), z.number()),
    parameters: z.array(TraceParameterSchema),
    value: z.number(),
    cap: z
      .object({
        id: z.string(),
        label: z.string(),
        limit: z.number(),
        binding: z.boolean().openapi({ description: 'true only when the cap is strictly lower than the amount it caps' }),
        kind: z.enum(['hard', 'guideline']),
      })
      .optional(),
  })
  .openapi('TraceStep');

const Credits = z.object({ juminzei: z.number().int(), hojinzei: z.number().int(), jigyozei: z.number().int() }).openapi('KigyoFurusatoCredits');
const BindingCaps = z.array(z.string()).openapi({
  description: 'juminzei_cap_20pct_of_hojinzeiwari | hojinzei_limit_10pct_of_donation | hojinzei_cap_5pct_of_hojinzei | jigyozei_cap_20pct_of_jigyozei, in the order met',
});

const KigyoFurusatoResult = z
  .object({
    credits: Credits,
    total_credit: z.number().int(),
    deduction_effect: z.number().int(),
    total_relief: z.number().int(),
    net_burden: z.number().int(),
    binding_caps: BindingCaps,
    eligible: z.boolean(),
    reasons: z.array(z.string()).openapi({ description: 'why not eligible: each names the rule and its source' }),
    to_confirm: z.array(z.string()).openapi({ description: '確認事項: conditions not answered in the input' }),
    as_of: z.string(),
    trace: z.array(TraceStepSchema),
  })
  .openapi('KigyoFurusatoResult');

const WhatIfResult = z
  .object({
    as_of: z.string(),
    inputs: z.object({ juminzei_hojinzeiwari: z.number().int(), hojinzei: z.number().int(), jigyozei: z.number().int(), effective_tax_rate: z.number().nullable() }),
    rows: z.array(
      z.object({
        donation: z.number().int(),
        credits: Credits,
        total_credit: z.number().int(),
        deduction_effect: z.number().int(),
        total_relief: z.number().int(),
        net_burden: z.number().int(),
        burden_ratio: z.number().openapi({ description: 'net_burden / donation (0.1 = 10%)' }),
        binding_caps: BindingCaps,
        eligible: z.boolean(),
      }),
    ),
    linear_until: z.number().int().nullable().openapi({ description: 'the largest donation at which no cap binds; null after the deadline' }),
    cap_starts: z.array(z.object({ cap: z.string(), donation: z.number().int() })),
    parameters: z.array(TraceParameterSchema),
  })
  .openapi('KigyoFurusatoWhatIf');

const ProJinzaiResult = z
  .object({
    grant: z.number().int(),
    eligible_cost: z.number().int(),
    company_share: z.number().int(),
    binding_caps: z.array(z.string()).openapi({ description: 'fukugyo_cap_per_case when the cap per case bound' }),
    as_of: z.string(),
    trace: z.array(TraceStepSchema),
  })
  .openapi('ProJinzaiResult');

const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

export const kigyoFurusatoRoute = createRoute({
  method: 'post',
  path: '/calc/kigyo-furusato',
  tags: ['calculators'],
  summary: '企業版ふるさと納税の税額控除と実質負担 / 企業版ふるさと納税: the three credits, deduction effect and net burden',
  description:
    'Public. Credits per seed 002 L301–308 with the rules in force on as_of (default today, JST): 住民税 min(D×40%, 法人税割×20%); 法人税 min(max(0, D×40% − J), D×10%, 法人税×5%); 事業税 min(D×20%, 事業税×20%); deduction D × effective_tax_rate. Eligibility answers not given are listed in to_confirm. Before 2020-04-01: 400 (as_of).',
  request: body(KigyoFurusatoBody),
  responses: { 200: { content: { 'application/json': { schema: KigyoFurusatoResult } }, description: 'OK' }, ...errorResponses },
});

export const whatIfRoute = createRoute({
  method: 'post',
  path: '/calc/kigyo-furusato/what-if',
  tags: ['calculators'],
  summary: '寄附額別の実質負担（what-if、Excel可） / net burden against donation size for one company',
  description:
    'Public. One row per donation (default: the minimum donation to 10億 with the donations where the caps start to bind). format=xlsx: 純負担の試算 and 根拠の規定 sheets.',
  request: body(WhatIfBody),
  responses: { 200: { content: { 'application/json': { schema: WhatIfResult }, [XLSX]: { schema: z.string() } }, description: 'OK' }, ...errorResponses },
});

export const proJinzaiRoute = createRoute({
  method: 'post',
  path: '/calc/pro-jinzai',
  tags: ['calculators'],
  summary: 'プロ人材 副業・兼業人材活用の補助額 / the side-job professional subsidy for one case',
  description: 'Public. grant = min(⌊eligible cost × rate⌋, 500,000) per case (seed 002 L511–518); rate ≤ 8/10 (default 8/10). In force from 2025-04-01.',
  request: body(ProJinzaiBody),
  responses: { 200: { content: { 'application/json': { schema: ProJinzaiResult } }, description: 'OK' }, ...errorResponses },
});
