/**
 * The effect verification (効果検証, seed 002 L449–453) as the applicant records it, pure: who took
 * part by sector (産官学金労言), and per funded project the panel's assessment and 改善方策; the
 * KPIs are evaluated by the KPI engine and kept as a snapshot (kpiSnapshot). Participants are
 * personal data minimised: a member's name as governments publish it, the sector and optionally
 * the organisation — no contact data (the schema is strict; something that looks like an e-mail
 * address or a telephone number is refused).
 */
import { z } from 'zod';
import type { KpiEvaluation } from '../../kpi/index.ts';
import { SECTOR_LABELS, SECTORS, type Sector } from './project-kinds.ts';

const CONTACT = /@|\d{2,4}-\d{2,4}-\d{3,4}|\d{10,}/;
const noContact = (s: string) => !CONTACT.test(s);
const CONTACT_REASON = '連絡先（メールアドレス・電話番号）は記録しません。公表される氏名・団体名だけを入力してください';

const text = (max: number) => z.string().trim().max(max, `${max}文字以内で入力してください`);

export const VerificationParticipant = z
  .object({
    name: text(100).min(1, '氏名または名称を入力してください').refine(noContact, CONTACT_REASON),
    sector: z.enum(SECTORS, { error: `分野は ${SECTORS.join(', ')} のいずれかです（産官学金労言）` }),
    organisation: text(200).refine(noContact, CONTACT_REASON).optional(),
  })
  .strict();
export type VerificationParticipant = z.infer<typeof VerificationParticipant>;

export const VerificationResultInput = z
  .object({
    project_id: z.string().trim().min(1, '事業のIDを入力してください').max(40),
    /** the panel's assessment (評価結果) */
    assessment: text(4000).default(''),
    /** 改善方策 */
    improvement: text(4000).default(''),
  })
  .strict();

export const VerificationInput = z
  .object({
    participants: z.array(VerificationParticipant).max(200, '参画者は200件以内にしてください').default([]),
    /** the day the KPIs are evaluated (default: today) */
    as_of: z.string().trim().max(20).optional(),
    results: z.array(VerificationResultInput).max(30).default([]),
  })
  .strict();
export type VerificationInput = z.infer<typeof VerificationInput>;

/** One KPI of a funded project as the engine judged it on the verification's date. */
export interface KpiSnapshot {
  strategy_id: string;
  kpi_id: string;
  /** false: the linked KPI no longer exists in the strategy */
  found: boolean;
  name: string;
  unit: string;
  baseline: KpiEvaluation['baseline'];
  target: KpiEvaluation['target'];
  actual: KpiEvaluation['actual'];
  progress: number | null;
  /** the engine's class (①A 目標達成 … ③ 測定不能) */
  status: KpiEvaluation['status'];
  band: KpiEvaluation['band'];
  reached: boolean | null;
  reason: string;
}

export interface ProjectResult {
  project_id: string;
  project_name: string;
  kind: string;
  /** national share decided over all years, yen */
  decided_total: number;
  kpis: KpiSnapshot[];
  assessment: string;
  improvement: string;
}

export function kpiSnapshot(link: { strategy_id: string; kpi_id: string }, e: KpiEvaluation | null): KpiSnapshot {
  if (!e) {
    return {
      ...link,
      found: false,
      name: '',
      unit: '',
      baseline: null,
      target: null,
      actual: null,
      progress: null,
      status: '3',
      band: null,
      reached: null,
      reason: `戦略「${link.strategy_id}」にKPI「${link.kpi_id}」がありません（③ 測定不能）`,
    };
  }
  return {
    ...link,
    found: true,
    name: e.name,
    unit: e.unit,
    baseline: e.baseline,
    target: e.target,
    actual: e.actual,
    progress: e.progress,
    status: e.status,
    band: e.band,
    reached: e.reached,
    reason: e.reason,
  };
}

export interface Warning {
  code: string;
  message: string;
}

/** Participation warnings (they never block recording or publication): too few sectors, or government only. */
export function participationWarnings(participants: readonly { sector: string }[], minSectors: number): Warning[] {
  const sectors = [...new Set(participants.map((p) => p.sector))];
  const out: Warning[] = [];
  if (sectors.length < minSectors) {
    const named = sectors.map((s) => SECTOR_LABELS[s as Sector] ?? s).join('、') || 'なし';
    out.push({ code: 'few_sectors', message: `参画した分野が${sectors.length}分野（${named}）です。産官学金労言のうち${minSectors}分野以上の参画が望まれます` });
  }
  if (participants.length > 0 && sectors.every((s) => s === 'government')) {
    out.push({ code: 'government_only', message: '参画者が行政（官）だけです。産官学金労言の行政以外の主体の参画が望まれます（seed 002 L452）' });
  }
  return out;
}

/** Participants counted by sector, every sector present (zeros too), for lists and the audit log (no names). */
export function sectorCounts(participants: readonly { sector: string }[]): Record<Sector, number> {
  const out = Object.fromEntries(SECTORS.map((s) => [s, 0])) as Record<Sector, number>;
  for (const p of participants) if ((SECTORS as readonly string[]).includes(p.sector)) out[p.sector as Sector]++;
  return out;
}

/** Projects with a decided amount above 0 over all years, with their total, in first-decided order. */
export function fundedProjects(decisions: readonly { projectId: string; amount: number; kind: string }[]): { projectId: string; kind: string; total: number }[] {
  const byId = new Map<string, { projectId: string; kind: string; total: number }>();
  for (const d of decisions) {
    const p = byId.get(d.projectId) ?? { projectId: d.projectId, kind: d.kind, total: 0 };
    p.total += d.amount;
    byId.set(d.projectId, p);
  }
  return [...byId.values()].filter((p) => p.total > 0);
}
