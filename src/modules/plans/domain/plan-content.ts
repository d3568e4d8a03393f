/**
 * A plan's entry items (記載項目, seed 001 L156–185 for A, L240–279 for B, L337–368 for C) as
 * structured, validated fields. A draft may leave items empty — whether everything the type
 * requires is there is the requirement checklist's job (requirements.ts) — but whatever is given
 * must be well formed: 団体コード and 法人番号 with their check digits, amounts in 円 (万・億 typed
 * in are read exactly), dates, points inside Japan, ids unique.
 */
import { z } from 'zod';
import { isValidCorporateNumber, normalizeCorporateNumber } from '../../../shared/corporate-number.ts';
import { isValidLocalGovCode, normalizeLocalGovCode } from '../../../shared/local-gov-code.ts';
import { yenAmount } from '../../../shared/yen-amount.ts';
import { toHalfWidth } from '../../../shared/normalize-text.ts';
import { CORE_ENTITY_KIND_LABELS, type CoreEntityKind, KGI_KINDS, STRATEGIC_FIELDS } from './plan-types.ts';

const TEXT_MAX = 20_000;
const text = (max = TEXT_MAX) => z.string().trim().max(max, `${max}文字以内で入力してください`);
const optText = (max = TEXT_MAX) => text(max).optional().default('');
const id = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, '半角英数字・ハイフン・下線の40文字以内で指定してください');

/** 団体コード as people type it (full-width, 5 digits) → canonical 6 digits. */
const lgCode = z.union([z.string(), z.number()]).transform((v, ctx) => {
  try {
    const code = normalizeLocalGovCode(v);
    if (code === '000000' || !isValidLocalGovCode(code)) throw new Error(`団体コード「${v}」は地方公共団体のコードではありません`);
    return code;
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
});

const corporateNumber = z.string().transform((v, ctx) => {
  try {
    return normalizeCorporateNumber(v);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
});

/** A day (YYYY-MM-DD) or a month (YYYY-MM): investment dates are often known to the month only. */
const dayOrMonth = z
  .string()
  .trim()
  .transform((v) => toHalfWidth(v).replace(/\//g, '-'))
  .refine(
    // Date.parse would roll 2025-02-30 over to 2 March: the day must survive a round trip
    (v) => /^(19|20)\d{2}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(v) && (v.length === 7 || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v),
    '日付は YYYY-MM-DD または YYYY-MM で指定してください',
  );

const fiscalYear = z.number().int().min(2000, '2000年度以降').max(2100, '2100年度まで');

/** Roughly Japan's extent (including 南鳥島 and 与那国島), to catch swapped or missing coordinates. */
const point = z.object({
  lat: z.number().min(20, '緯度は20〜46度').max(46, '緯度は20〜46度'),
  lon: z.number().min(122, '経度は122〜154度').max(154, '経度は122〜154度'),
});

export const TargetArea = z.object({
  pref_codes: z.array(lgCode).max(47).default([]),
  muni_codes: z.array(lgCode).max(2000).default([]),
  /** 飛び地: the area is not one contiguous region (allowed when the supply chain binds it, L191) */
  non_contiguous: z.boolean().default(false),
  reason: optText(),
});

export const PlanField = z.object({
  /** A: one of the 17 strategic fields */
  strategic_field: z.enum(STRATEGIC_FIELDS, { message: '17の戦略分野のいずれかを選んでください' }).nullable().default(null),
  /** B: the industry domain (産業領域); C: the products or services (製品・サービス) */
  domain: optText(500),
  reason: optText(),
});

export const Vision = z.object({
  current_state: optText(),
  target: optText(),
  basis: optText(),
  verification_method: optText(),
});

export const CoreEntity = z.object({
  id,
  kind: z.enum(Object.keys(CORE_ENTITY_KIND_LABELS) as [CoreEntityKind, ...CoreEntityKind[]]).default('company'),
  name: text(300).min(1, '名称を入力してください'),
  /** required for companies and cooperatives (every registered corporation has one), absent for sole proprietors */
  corporate_number: corporateNumber.nullable().default(null),
  address: optText(300),
  /** located now, or to be attracted (「今後誘致する企業でも可」, L220) */
  located: z.enum(['located', 'to_attract']).default('located'),
  reason: optText(),
  /** the accompanying support (伴走支援) given to it (B ⑥) */
  support: optText(),
});

export const Investment = z.object({
  id,
  title: text(300).min(1, '案件名を入力してください'),
  investor_name: text(300).min(1, '投資主体（企業名）を入力してください'),
  investor_corporate_number: corporateNumber.nullable().default(null),
  ministry: optText(100),
  department: optText(200),
  amount_yen: yenAmount,
  invest_date: dayOrMonth.nullable().default(null),
  operation_date: dayOrMonth.nullable().default(null),
  muni_code: lgCode,
  point: point.nullable().default(null),
  spillover: optText(),
  /** A: a related project (関連投資案件) may be listed only if already subsidised (L175) */
  related: z.boolean().default(false),
  subsidised: z.boolean().default(false),
});

/** A 5W1H action item (L112): 意義・内容・期限・担当部署・検討の場・進め方. */
export const ActionItem = z.object({
  id,
  significance: optText(),
  content: optText(),
  deadline: dayOrMonth.nullable().default(null),
  department: optText(200),
  forum: optText(500),
  approach: optText(),
});

/** An issue and the policy that solves it: 【目標】→【道筋】→【政策手段】, with its 5W1H items. */
export const Measure = z.object({
  id,
  issue: optText(),
  goal: optText(),
  path: optText(),
  instrument: optText(),
  actions: z.array(ActionItem).max(200).default([]),
});

export const Kgi = z.object({
  id,
  kind: z.enum(KGI_KINDS as [string, ...string[]]),
  name: text(300).min(1, 'KGIの名称を入力してください'),
  unit: text(40).min(1, '単位を入力してください'),
  baseline_value: z.number().nullable().default(null),
  baseline_fy: fiscalYear.nullable().default(null),
  target_value: z.number().nullable().default(null),
  target_fy: fiscalYear.nullable().default(null),
  basis: optText(),
});

export const PlanKpi = z.object({
  id,
  name: text(300).min(1, 'KPIの名称を入力してください'),
  unit: text(40).min(1, '単位を入力してください'),
  direction: z.enum(['increase', 'decrease', 'maintain']).default('increase'),
  baseline_value: z.number().nullable().default(null),
  baseline_fy: fiscalYear.nullable().default(null),
  target_value: z.number().nullable().default(null),
  target_fy: fiscalYear.nullable().default(null),
  measure_id: id.nullable().default(null),
});

/**
 * 撤退基準 (B ⑦, C ⑥), structured: the KPI, how its latest actual compares (below its
 * straight-line path to the target by more than `threshold` percentage points, or below / above
 * a value), and in how many consecutive progress rounds that must hold.
 */
export const WithdrawalCriterion = z.object({
  id,
  kpi_id: id,
  comparison: z.enum(['behind_path', 'lt', 'le', 'gt', 'ge']),
  threshold: z.number(),
  consecutive_rounds: z.number().int().min(1).max(20).default(1),
  note: optText(1000),
});

export const Localisation = z.object({
  policy: optText(),
  labour_tech_roadmap: optText(),
  local_capital: optText(),
  profit_reinvestment: optText(),
});

export const Support = z.object({
  /** B ⑥: the governor-led accompanying support structure with regional financial institutions */
  structure: optText(),
  /** C ⑤: the consultation desk (相談窓口) for business entities */
  consultation_desk: optText(500),
  /** C ⑤: support mechanisms for local industry (仕組みづくり) */
  mechanism: optText(),
  /** C: public facility consolidation or transport (L365) */
  public_facility_note: optText(),
});

/** A-only entry items ① and ④/⑥. */
export const TypeAItems = z.object({
  roadmap_relation: optText(),
  international_advantage: optText(),
  soan_consistency: optText(),
  infrastructure: optText(),
  national_policy_needs: optText(),
  policies_used: optText(),
});

export const PlanContent = z.object({
  title: text(200).min(1, '計画の名称を入力してください'),
  start_fy: fiscalYear.nullable().default(null),
  final_fy: fiscalYear.nullable().default(null),
  area: TargetArea.default({ pref_codes: [], muni_codes: [], non_contiguous: false, reason: '' }),
  field: PlanField.default({ strategic_field: null, domain: '', reason: '' }),
  vision: Vision.default({ current_state: '', target: '', basis: '', verification_method: '' }),
  pathway: z
    .object({ strategy: optText(), investment_picture: optText(), regional_impact: optText(), export_or_substitution: optText() })
    .default({ strategy: '', investment_picture: '', regional_impact: '', export_or_substitution: '' }),
  core_entities: z.array(CoreEntity).max(500).default([]),
  investments: z.array(Investment).max(2000).default([]),
  measures: z.array(Measure).max(200).default([]),
  localisation: Localisation.default({ policy: '', labour_tech_roadmap: '', local_capital: '', profit_reinvestment: '' }),
  support: Support.default({ structure: '', consultation_desk: '', mechanism: '', public_facility_note: '' }),
  type_a: TypeAItems.default({ roadmap_relation: '', international_advantage: '', soan_consistency: '', infrastructure: '', national_policy_needs: '', policies_used: '' }),
  kgis: z.array(Kgi).max(50).default([]),
  kpis: z.array(PlanKpi).max(200).default([]),
  withdrawal_criteria: z.array(WithdrawalCriterion).max(100).default([]),
  /** B: reflected in the 地域未来投資促進法 basic plan (L301) */
  basic_plan_link: optText(1000),
});

export type PlanContent = z.output<typeof PlanContent>;
export type PlanContentInput = z.input<typeof PlanContent>;
export type Investment = z.output<typeof Investment>;
export type ActionItem = z.output<typeof ActionItem>;
export type Measure = z.output<typeof Measure>;
export type Kgi = z.output<typeof Kgi>;
export type PlanKpi = z.output<typeof PlanKpi>;
export type WithdrawalCriterion = z.output<typeof WithdrawalCriterion>;
export type CoreEntity = z.output<typeof CoreEntity>;

export { isValidCorporateNumber };
