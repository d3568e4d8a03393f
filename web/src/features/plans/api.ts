/** The plans' API (/api/v1/plans…): one function per endpoint the plan pages use, and their types. */
import type { PlanContent } from '../../../../src/modules/plans/index.ts';
import { invalidate, query, request } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import type { CatalogEvaluation } from '../../api/types.ts';

export type { PlanContent };
export type PlanHeader = components['schemas']['PlanHeader'];
export type PlanType = PlanHeader['type'];
export type PlanListItem = PlanHeader & { kgis: PlanContent['kgis'] };

export interface RequirementCheck {
  key: string;
  no: number | null;
  label: string;
  title: string;
  kind: 'mechanical' | 'judgement';
  result: 'pass' | 'fail' | 'needs_judgement';
  evidence: string[];
  missing: string[];
}

export interface Verdict {
  requirement_no: number;
  verdict: 'met' | 'not_met';
  evidence: string;
  comment: string;
  judged_by: string;
  judged_at: string;
}

export interface PlanComment {
  seq: number;
  version: number;
  path: string | null;
  body: string;
  author: string;
  author_org_id: string | null;
  at: string;
}

export interface PlanEvent {
  seq: number;
  action: string;
  from_status: string | null;
  to_status: string | null;
  version: number;
  comment: string;
  actor: string;
  at: string;
}

export interface PlanVersion {
  version: number;
  created_at: string;
  created_by: string;
  note: string;
}

export interface PlanView {
  plan: PlanHeader;
  view: 'public' | 'full';
  version: number;
  content: PlanContent;
  evaluation: CatalogEvaluation;
  events: PlanEvent[];
  relation: string;
  requirements?: RequirementCheck[];
  verdicts?: Verdict[];
  comments?: PlanComment[];
  versions?: PlanVersion[];
  actions?: string[];
  can_edit?: boolean;
  can_comment?: boolean;
}

export interface ContentChange {
  path: string;
  label: string;
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  at?: string;
  actor_label?: string;
  action_label?: string;
  action?: string;
  id?: number;
  [key: string]: unknown;
}

export interface PlanVocabulary {
  types: Record<PlanType, string>;
  strategic_fields: string[];
  statuses: Record<string, string>;
  actions: Record<string, string>;
  requirements: Record<PlanType, Array<{ key: string; no: number | null; title: string; meaning: string }>>;
  core_entity_kinds: Record<string, string>;
}

export interface PlanFilters {
  type?: string;
  status?: string;
  pref_code?: string;
  field?: string;
  q?: string;
  scope?: 'public' | 'mine';
}

const V1 = '/api/v1';
const enc = encodeURIComponent;
const planPath = (id: string) => `${V1}/plans/${enc(id)}`;

export function listPlans(filters: PlanFilters, signal?: AbortSignal): Promise<{ total: number; plans: PlanListItem[] }> {
  return request(`${V1}/plans${query({ ...filters, limit: 200 })}`, { signal });
}

export function getPlanVocabulary(): Promise<PlanVocabulary> {
  return request(`${V1}/plan-vocabulary`);
}

export function getPlan(id: string, version?: number, signal?: AbortSignal): Promise<PlanView> {
  return request(`${planPath(id)}${query({ version })}`, { signal });
}

export function createPlan(body: { type: PlanType; owner_org_id: string; title: string }): Promise<{ plan: PlanHeader }> {
  return request(`${V1}/plans`, { method: 'POST', json: body });
}

export async function savePlan(id: string, baseVersion: number, content: unknown): Promise<{ version: number; changes: number }> {
  const r = await request<{ version: number; changes: number }>(planPath(id), { method: 'PUT', json: { base_version: baseVersion, content } });
  invalidate(planPath(id));
  return r;
}

export function transitionPlan(id: string, body: { action: string; comment?: string; published_on?: string | null; url?: string | null }): Promise<{ status: string }> {
  return request(`${planPath(id)}/transitions`, { method: 'POST', json: body });
}

export function putVerdicts(id: string, verdicts: Array<{ requirement_no: number; verdict: 'met' | 'not_met'; evidence?: string; comment?: string }>) {
  return request<{ version: number; recorded: number }>(`${planPath(id)}/verdicts`, { method: 'PUT', json: { verdicts } });
}

export function addPlanComment(id: string, body: string, path: string | null): Promise<{ seq: number }> {
  return request(`${planPath(id)}/comments`, { method: 'POST', json: { body, path } });
}

export function comparePlanVersions(id: string, from: number, to: number, signal?: AbortSignal): Promise<{ from: number; to: number; changes: ContentChange[] }> {
  return request(`${planPath(id)}/compare${query({ from, to })}`, { signal });
}

export function planHistory(id: string, signal?: AbortSignal): Promise<{ entries: HistoryEntry[] }> {
  return request(`${planPath(id)}/history${query({ limit: 200 })}`, { signal });
}
