/** The 第2世代交付金 API (/api/v1/grants…): one function per endpoint the grant pages use, and their types. */
import { query, request } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';

export type GrantHeader = components['schemas']['GrantApplicationHeader'];
export type ProjectKind = 'soft' | 'kyoten' | 'infra';
export type Sector = 'industry' | 'government' | 'academia' | 'finance' | 'labour' | 'media';
export type Stage = 'design' | 'implementation' | 'verification';

const V1 = '/api/v1/grants';
const enc = encodeURIComponent;

export const grantPaths = {
  list: () => '/grants',
  application: (id: string) => `/grants/${enc(id)}`,
  edit: (id: string) => `/grants/${enc(id)}/edit`,
};

/** The content as the editor holds it: amounts stay as typed (「3億」) until the server reads them. */
export interface CostLineDraft {
  fiscal_year: number;
  eligible_cost: string | number;
}
export interface ProjectDraft {
  id: string;
  kind: ProjectKind;
  name: string;
  summary: string;
  is_new: boolean;
  outside_cap_reason: string | null;
  start_fy: number;
  end_fy: number;
  costs: CostLineDraft[];
  rate: number | null;
  rate_basis: string | null;
  ministry: string | null;
  kpis: { strategy_id: string; kpi_id: string }[];
  self_reliance: string;
}
export interface ParticipantDraft {
  sector: Sector;
  name: string;
  stages: Stage[];
}
export interface GrantContent {
  format?: 'sousei-grant-application/1';
  applicant_code: string;
  applicant_kind: string | null;
  fiscal_year: number;
  title: string;
  vision: string;
  issues: string;
  participants: ParticipantDraft[];
  projects: ProjectDraft[];
}

export interface CheckIssue {
  rule: string;
  project: string | null;
  year?: number;
  severity: 'error' | 'warning';
  message: string;
  source: { document: string; lines: string | null; url?: string };
}
export interface TraceStep {
  step: string;
  label: string;
  formula: string;
  inputs: Record<string, number>;
  parameters: { id: string; label: string; source: { document: string; lines?: string | null } }[];
  value: number;
  cap?: { id: string; label: string; limit: number; binding: boolean };
}
export interface KindTotals {
  soft: number;
  kyoten: number;
  infra: number;
  total: number;
}
export interface ProjectShare {
  id: string;
  kind: ProjectKind;
  name: string;
  rate: number;
  by_year: Record<string, number>;
  total: number;
  eligible_total: number;
  trace: TraceStep[];
}
export interface GrantChecks {
  ok: boolean;
  applicant_kind: string;
  national_share_by_year: Record<string, KindTotals>;
  national_share_total?: KindTotals;
  projects: ProjectShare[];
  errors: number;
  warnings: number;
  issues: CheckIssue[];
  trace: TraceStep[];
}
export type GrantOp =
  | 'view'
  | 'edit'
  | 'submit'
  | 'return'
  | 'assign_reviewers'
  | 'start_review'
  | 'review'
  | 'see_reviews'
  | 'decide'
  | 'start_execution'
  | 'verify'
  | 'publish_verification';
export interface GrantEvent {
  seq: number;
  action: string;
  /** the event in words (作成・提出・差戻し…) */
  action_label: string;
  from_status: string | null;
  to_status: string | null;
  to_status_label: string | null;
  version: number;
  comment: string;
  at: string;
  actor_label?: string;
  [k: string]: unknown;
}
export interface GrantView {
  application: GrantHeader;
  version: number;
  content: GrantContent;
  checks: GrantChecks;
  decisions: { project_id: string; fiscal_year: number; amount: number; kind: string; reason: string | null }[];
  history: GrantEvent[];
  may: Record<GrantOp, boolean>;
}

export function listGrants(f: { scope?: 'mine' | 'public'; fiscal_year?: number; status?: string }, signal?: AbortSignal): Promise<{ total: number; applications: GrantHeader[] }> {
  return request(`${V1}/applications${query(f)}`, { signal });
}

export function createGrant(body: { applicant_code: string; fiscal_year: number; title: string }): Promise<{ application: GrantHeader }> {
  return request(`${V1}/applications`, { method: 'POST', json: body });
}

export function getGrant(id: string, signal?: AbortSignal): Promise<GrantView> {
  return request(`${V1}/applications/${enc(id)}`, { signal });
}

export function saveGrant(id: string, baseVersion: number, content: GrantContent): Promise<{ version: number; changed: boolean }> {
  return request(`${V1}/applications/${enc(id)}`, { method: 'PUT', json: { base_version: baseVersion, content } });
}

export function transitionGrant(
  id: string,
  action: 'submit' | 'return' | 'start_review' | 'start_execution' | 'publish_verification',
  comment?: string,
): Promise<{ status: string }> {
  return request(`${V1}/applications/${enc(id)}/transitions`, { method: 'POST', json: { action, ...(comment ? { comment } : {}) } });
}

export function checkGrant(content: GrantContent, signal?: AbortSignal): Promise<GrantChecks> {
  return request(`${V1}/check`, { method: 'POST', json: content, signal });
}

/* ---- the review (/grants/:id/review): reviewers, scores, summary, decision ---- */

export const grantReviewPath = (id: string) => `/grants/${enc(id)}/review`;

export type GrantReviewer = components['schemas']['GrantReviewer'];
export type GrantReviewScore = components['schemas']['GrantReviewScore'];
export type GrantReviewSummary = components['schemas']['GrantReviewSummary'];
/** A criterion as the API gives it: its label and, for the four of the seed, the rubric of a 1, a 3 and a 5. */
export interface ReviewCriterionInfo {
  id: string;
  label: string;
  label_en?: string;
  rubric?: Record<string, string>;
  source?: { lines: string; wording: string };
}
export type ReviewerScores = GrantReviewer & { scores: GrantReviewScore[]; complete: boolean; total: number | null };
/** `summary` is null in a reviewer's own view. */
export type GrantReviews = Omit<components['schemas']['GrantReviews'], 'criteria' | 'reviewers'> & {
  criteria: ReviewCriterionInfo[];
  reviewers: ReviewerScores[];
};
export interface ScoreInput {
  criterion: string;
  score: number;
  comment?: string;
}
export interface DecisionAmount {
  project_id: string;
  fiscal_year: number;
  amount: number;
  reason?: string;
}

export function getReviews(id: string, signal?: AbortSignal): Promise<GrantReviews> {
  return request(`${V1}/applications/${enc(id)}/reviews`, { signal });
}

export function saveReview(id: string, scores: ScoreInput[]): Promise<components['schemas']['GrantMyReview']> {
  return request(`${V1}/applications/${enc(id)}/reviews`, { method: 'PUT', json: { scores } });
}

export function assignReviewers(id: string, reviewers: string[]): Promise<{ reviewers: GrantReviewer[] }> {
  return request(`${V1}/applications/${enc(id)}/reviewers`, { method: 'POST', json: { reviewers } });
}

export function unassignReviewer(id: string, userId: string): Promise<{ reviewers: GrantReviewer[]; scores_removed: number }> {
  return request(`${V1}/applications/${enc(id)}/reviewers${query({ user_id: userId })}`, { method: 'DELETE' });
}

export function decideGrant(id: string, amounts: DecisionAmount[], comment?: string): Promise<{ status: string; decided_total: number }> {
  return request(`${V1}/applications/${enc(id)}/decision`, { method: 'POST', json: { amounts, ...(comment ? { comment } : {}) } });
}

/* ---- effect verification (効果検証) and the national roll-up (GrantVerification*.tsx, GrantRollup*.tsx) ---- */

export type KpiClass = '1A' | '1B' | '1C' | '2' | '3';
export const verificationPaths = {
  verification: (id: string) => `/grants/${enc(id)}/verification`,
  rollup: () => '/grants/rollup',
  rollupCsv: (fiscalYear: number | null) => `${V1}/rollup${query({ fiscal_year: fiscalYear, format: 'csv', encoding: 'utf8-bom' })}`,
};
export interface VerificationParticipant {
  name: string;
  sector: Sector;
  organisation?: string;
}
export interface VerificationKpi {
  strategy_id: string;
  kpi_id: string;
  found: boolean;
  name: string;
  unit: string;
  progress: number | null;
  status: KpiClass;
  reason: string;
  actual?: { period: string; value: number } | null;
  target?: { period: string | null; value: number | null; text: string | null } | null;
  band?: string | null;
}
export interface VerificationResult {
  project_id: string;
  project_name: string;
  kind: ProjectKind;
  decided_total: number;
  kpis: VerificationKpi[];
  assessment: string;
  improvement: string;
}
export interface GrantVerification {
  application_id: string;
  owner_code: string;
  fiscal_year: number;
  as_of: string;
  participants: (VerificationParticipant & { sector_label: string })[];
  sector_counts: Record<Sector, number>;
  results: VerificationResult[];
  published_at: string | null;
  updated_at: string;
}
export interface ApplicationVerifications {
  application_id: string;
  owner_code: string;
  title: string;
  status: string;
  status_label: string;
  verifications: GrantVerification[];
}
export interface VerificationInput {
  participants: VerificationParticipant[];
  as_of?: string;
  results: { project_id: string; assessment: string; improvement: string }[];
}
export type GrantRollup = components['schemas']['GrantRollup'];

export function getVerifications(id: string, signal?: AbortSignal): Promise<ApplicationVerifications> {
  return request(`${V1}/applications/${enc(id)}/verifications`, { signal });
}

export function recordVerification(id: string, fiscalYear: number, input: VerificationInput): Promise<GrantVerification & { warnings: { code: string; message: string }[] }> {
  return request(`${V1}/applications/${enc(id)}/verifications/${fiscalYear}`, { method: 'PUT', json: input });
}

export function getRollup(fiscalYear: number | null, signal?: AbortSignal): Promise<GrantRollup> {
  return request(`${V1}/rollup${query({ fiscal_year: fiscalYear })}`, { signal });
}
