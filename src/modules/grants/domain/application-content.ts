/**
 * A 第2世代交付金 application as the applicant writes it (the application JSON format, README
 * "Application format"): one application per local government and fiscal year (seed 002
 * L446–447) holding its projects, each with its kind, plan period, eligible cost per 年度, and the
 * KPIs of the applicant's 地方版総合戦略 it serves (L439–441). A draft may be incomplete — whether
 * the rules are met is the checks' job (check-application.ts) — but whatever is given must be
 * well formed: amounts in 円 (万・億 as typed), fiscal years, known kinds, ids unique.
 */
import { z } from 'zod';
import { isValidLocalGovCode, normalizeLocalGovCode } from '../../../shared/local-gov-code.ts';
import { yenAmount } from '../../../shared/yen-amount.ts';
import { APPLICANT_KINDS, PROJECT_KINDS, SECTORS, STAGES } from './project-kinds.ts';

const text = (max: number) => z.string().trim().max(max, `${max}文字以内で入力してください`);
const optText = (max = 4000) => text(max).optional().default('');
const id = z
  .string()
  .trim()
  .min(1, 'IDを入力してください')
  .max(40, '40文字以内で入力してください')
  .regex(/^[A-Za-z0-9_-]+$/, 'IDは英数字・ハイフン・下線で入力してください');
const fiscalYear = z
  .number({ error: '年度は数値（西暦の年度、例: 2026）で指定してください' })
  .int('年度は整数で指定してください')
  .min(2025, '2025年度（令和7年度）以降で指定してください')
  .max(2100, '2100年度までで指定してください');

const localGovCode = z
  .string()
  .trim()
  .transform((v) => normalizeLocalGovCode(v))
  .refine((v) => isValidLocalGovCode(v), '団体コード（6桁、検査数字つき）が正しくありません');

export const CostLine = z
  .object({
    fiscal_year: fiscalYear,
    /** the eligible cost (対象事業費) planned for the year; the national share is computed by the rate */
    eligible_cost: yenAmount,
  })
  .strict();
export type CostLine = z.infer<typeof CostLine>;

export const KpiLink = z
  .object({
    /** the applicant's strategy in Sousei (its 地方版総合戦略) */
    strategy_id: id,
    kpi_id: text(80).min(1, 'KPIのIDを入力してください'),
  })
  .strict();
export type KpiLink = z.infer<typeof KpiLink>;

export const Participant = z
  .object({
    sector: z.enum(SECTORS),
    name: text(200).min(1, '名称を入力してください'),
    stages: z.array(z.enum(STAGES)).max(3).default([]),
  })
  .strict();
export type Participant = z.infer<typeof Participant>;

export const Project = z
  .object({
    id,
    kind: z.enum(PROJECT_KINDS),
    name: text(300).min(1, '事業名を入力してください'),
    summary: optText(),
    /** 新規事業 (counts toward the 10 new applications of 注3) or a continuing one */
    is_new: z.boolean().default(true),
    /** a new project filed outside the normal count (注3's 「一定の条件」): the reason it meets them */
    outside_cap_reason: text(2000).nullable().default(null),
    start_fy: fiscalYear,
    end_fy: fiscalYear,
    costs: z.array(CostLine).max(10).default([]),
    /** インフラ: the rate of the ministry's 交付要綱 where not 1/2, and which 要綱 */
    rate: z.number().gt(0, '補助率は0より大きくしてください').max(1, '補助率は1以下にしてください').nullable().default(null),
    rate_basis: text(300).nullable().default(null),
    /** インフラ: the ministry whose 交付要綱 applies */
    ministry: text(100).nullable().default(null),
    kpis: z.array(KpiLink).max(30).default([]),
    /** 自立性: how the project will stand without the grant */
    self_reliance: optText(),
  })
  .strict();
export type Project = z.infer<typeof Project>;

export const ApplicationContent = z
  .object({
    format: z.literal('sousei-grant-application/1').optional(),
    applicant_code: localGovCode,
    /** declared where the applicant counts as a 中枢中核都市; otherwise derived from the code */
    applicant_kind: z.enum(APPLICANT_KINDS).nullable().default(null),
    fiscal_year: fiscalYear,
    title: text(300).min(1, '申請の名称を入力してください'),
    /** 目指す将来像 and 課題 (評価基準 1) */
    vision: optText(),
    issues: optText(),
    /** 地域の多様な主体の参画 (評価基準 4, L449–450) */
    participants: z.array(Participant).max(100).default([]),
    projects: z.array(Project).max(30).default([]),
  })
  .strict();
export type ApplicationContent = z.infer<typeof ApplicationContent>;
export type ApplicationInput = z.input<typeof ApplicationContent>;
