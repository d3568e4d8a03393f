/** The rounds' API (/api/v1/plan-rounds…, /api/v1/plans/{id}/reports/{roundId}…). */
import { request } from '../../api/client.ts';

const enc = encodeURIComponent;

export interface Round {
  id: string;
  title: string;
  plan_types: string[];
  period_start: string;
  period_end: string;
  deadline: string;
  status: 'open' | 'closed';
  published_at: string | null;
}

export interface RoundListItem extends Round {
  plans: number;
  submitted: number;
  accepted: number;
  my_reports: { plan_id: string; title: string; type: string; report_status: string }[];
}

export interface Counts {
  plans: number;
  not_submitted: number;
  draft: number;
  submitted: number;
  accepted: number;
  returned: number;
  late_items: number;
  withdrawal_flagged: number;
}

export interface PlanRow {
  plan_id: string;
  title: string;
  type: string;
  report_status: string;
  lock_version: number;
  late_items: number;
  withdrawal_met: { criterion_id: string; explanation: string }[];
  bottlenecks: { kind: string; severity: string; message: string }[];
}

export interface Summary {
  round: Round;
  view: 'public' | 'all' | 'own';
  totals: Counts;
  by_type: (Counts & { type: string; label: string })[];
  by_prefecture: (Counts & { pref_code: string; name: string })[];
  plans: PlanRow[];
}

export interface Report {
  status: string;
  lock_version: number;
  revision: number;
  items: { action_id: string; status: string; done: string; delay_cause: string }[];
  kpi_values: { kpi_id: string; period: string; value: number }[];
  return_comment: string;
}

export interface ReportView {
  round: Round;
  plan: { id: string; title: string; type: string; withdrawal_flag: boolean };
  actions: { id: string; measure: string; content: string; deadline: string | null; department: string }[];
  kpis: { id: string; kind: 'kgi' | 'kpi'; name: string; unit: string; target_value: number | null; target_fy: number | null }[];
  report: Report | null;
  can_report: boolean;
  can_review: boolean;
  can_decide: boolean;
  withdrawal_decisions: { round_id: string; criteria: unknown; decision: string | null; reason: string }[];
}

export interface ReportInput {
  lock_version: number;
  items: { action_id: string; status: string; done: string; delay_cause: string }[];
  kpi_values: { kpi_id: string; value: string }[];
}

export const roundsUrl = '/api/v1/plan-rounds';
export const roundUrl = (id: string) => `${roundsUrl}/${enc(id)}`;
export const reportUrl = (planId: string, roundId: string) => `/api/v1/plans/${enc(planId)}/reports/${enc(roundId)}`;

export const listRounds = () => request<{ rounds: RoundListItem[]; can_open_rounds: boolean }>(roundsUrl);
export const openRound = (body: { title: string; plan_types: string[]; period_start: string; period_end: string; deadline: string }) =>
  request<{ round: Round }>(roundsUrl, { method: 'POST', json: body });
export const getSummary = (id: string) => request<Summary>(roundUrl(id));
export const publishRound = (id: string) => request<{ round: Round }>(`${roundUrl(id)}/publish`, { method: 'POST', json: {} });
export const getReport = (planId: string, roundId: string) => request<ReportView>(reportUrl(planId, roundId));
export const saveReport = (planId: string, roundId: string, body: ReportInput) => request<{ report: Report }>(reportUrl(planId, roundId), { method: 'PUT', json: body });
export const submitReport = (planId: string, roundId: string, lockVersion: number) =>
  request<{ report: Report }>(`${reportUrl(planId, roundId)}/submit`, { method: 'POST', json: { lock_version: lockVersion } });
export const reviewReport = (planId: string, roundId: string, body: { lock_version: number; decision: 'accept' | 'return'; comment?: string }) =>
  request<{ report: Report }>(`${reportUrl(planId, roundId)}/review`, { method: 'POST', json: body });
export const correctReport = (planId: string, roundId: string, body: ReportInput & { reason: string }) =>
  request<{ report: Report }>(`${reportUrl(planId, roundId)}/corrections`, { method: 'POST', json: body });
export const decideWithdrawal = (planId: string, roundId: string, body: { decision: string; reason: string }) =>
  request<{ withdrawal_flag: boolean; status: string }>(`${reportUrl(planId, roundId)}/withdrawal-decision`, { method: 'POST', json: body });
