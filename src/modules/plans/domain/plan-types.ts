/**
 * The three plan types of 地域未来戦略 (seed 001 第3章第1節ア) and the vocabularies their entry
 * items use: the 17 strategic fields (footnote 5, L48), the KGI kinds and the KGIs each type must
 * set (ア.I.3, L383: capex, talent, value added for A and B; value added for C, which may add
 * wide-area jobs, L408).
 */
export { PLAN_TYPES, PLAN_TYPE_LABELS, STRATEGIC_FIELDS, type PlanType } from '../../../shared/plan-vocabulary.ts';
import type { STRATEGIC_FIELDS, PlanType } from '../../../shared/plan-vocabulary.ts';

export type StrategicField = (typeof STRATEGIC_FIELDS)[number];

export type KgiKind = 'capex' | 'talent' | 'value_added' | 'wide_area_jobs' | 'custom';
export const KGI_KINDS: readonly KgiKind[] = ['capex', 'talent', 'value_added', 'wide_area_jobs', 'custom'];

/** The mandatory KGIs' names and units, as pre-filled in a new plan. */
export const KGI_DEFAULTS: Record<Exclude<KgiKind, 'custom'>, { name: string; unit: string }> = {
  capex: { name: '当該計画による官民設備投資額', unit: '円' },
  talent: { name: '産業ニーズに即した人材育成数', unit: '人' },
  value_added: { name: '当該計画による付加価値増加額', unit: '円' },
  wide_area_jobs: { name: '域外を含む雇用創出数', unit: '人' },
};

export const MANDATORY_KGIS: Record<PlanType, readonly KgiKind[]> = {
  A: ['capex', 'talent', 'value_added'],
  B: ['capex', 'talent', 'value_added'],
  C: ['value_added'],
};

/** A's KGI horizon is fixed by its entry items (L182–183); B and C set their own final year. */
export const TYPE_A_KGI_YEAR = 2040;

/** Owners by type: A is national (a METI regional bureau drafts the 素案), B a prefecture or 政令指定都市, C any local government. */
export type OwnerKind = 'bureau' | 'prefecture' | 'designated_city' | 'municipality';
export const OWNER_KINDS: Record<PlanType, readonly OwnerKind[]> = {
  A: ['bureau'],
  B: ['prefecture', 'designated_city'],
  C: ['prefecture', 'designated_city', 'municipality'],
};

export type CoreEntityKind = 'company' | 'cooperative' | 'sole_proprietor' | 'other';
export const CORE_ENTITY_KIND_LABELS: Record<CoreEntityKind, string> = {
  company: '企業',
  cooperative: '組合',
  sole_proprietor: '個人事業主',
  other: 'その他の事業主体',
};
