/** The verification rounds' API (/api/v1/verification-rounds…): one function per endpoint the pages use, and their types. */
import { request } from '../../api/client.ts';
import type { Status } from '../../api/types.ts';

const V1 = '/api/v1/verification-rounds';
const enc = encodeURIComponent;

export const verificationPaths = {
  list: () => '/verification-rounds',
  round: (id: string) => `/verification-rounds/${enc(id)}`,
  report: (id: string) => `/verification-rounds/${enc(id)}/report`,
  reportXlsx: (id: string) => `${V1}/${enc(id)}/report?format=xlsx`,
};

export type RoundStatus = 'draft' | 'open' | 'closed' | 'published';
export type SignoffState = 'current' | 'stale' | 'missing';

export interface RoundItem {
  id: string;
  owner_code: string;
  strategy_id: string;
  fiscal_year: number;
  fiscal_year_label: string;
  title: string;
  evaluation_date: string;
  status: RoundStatus;
  status_label: string;
  published_at: string | null;
}

export interface RoundComment {
  name: string;
  sector: string;
  sector_label: string;
  body: string;
  user_id?: string;
}

export interface RoundKpi {
  id: string;
  node: string;
  name: string;
  unit: string;
  baseline: { period: string; value: number } | null;
  target: { period: string | null; value: number | null; text: string | null } | null;
  actual: { period: string; value: number } | null;
  progress: number | null;
  status: Status;
  status_label: string;
  band: string | null;
  comments: RoundComment[];
  excluded_members: string[];
  response: string;
  improvement: string;
}

export interface RoundMember {
  user_id: string;
  name: string;
  sector: string;
  sector_label: string;
  organisation: string;
  conflict: string;
  excluded_kpis: string[];
  signoff: { state: SignoffState; signed_at: string | null };
}

export interface RoundHeader extends Omit<RoundItem, 'strategy_id'> {
  strategy_id: string;
  strategy_name: string;
}

export interface RoundView {
  round: RoundHeader;
  fingerprint: string;
  kpis: RoundKpi[];
  overall: { comments: RoundComment[]; response: string; improvement: string };
  members: RoundMember[];
  sector_counts: Record<string, number>;
  warnings: { code: string; message: string }[];
  blockers: { no_members: boolean; missing: string[]; stale: string[] };
  me: {
    user_id: string | null;
    member: boolean;
    signoff: SignoffState | null;
    message: string | null;
    excluded_kpis: string[];
    can: Record<'view' | 'view_report' | 'manage' | 'respond' | 'comment' | 'sign_off', boolean>;
  };
}

export interface Report {
  round: RoundHeader;
  kpis: RoundKpi[];
  overall: { comments: RoundComment[]; response: string; improvement: string };
  members: { name: string; sector: string; sector_label: string; organisation: string; conflict: string; excluded_kpis: string[]; signed_at: string | null }[];
  sector_counts: Record<string, number>;
  final: boolean;
}

export interface MyRounds {
  member_of: RoundItem[];
  owned: RoundItem[];
  strategies: { id: string; name: string }[];
  published: RoundItem[];
}
export const listMyRounds = (signal?: AbortSignal) => request<MyRounds>(V1, { signal });
export const createRound = (strategyId: string, fiscalYear: number) =>
  request<{ id: string }>(`/api/v1/strategies/${enc(strategyId)}/verification-rounds`, { method: 'POST', json: { fiscal_year: fiscalYear } });
export interface MemberInput {
  email: string;
  name: string;
  sector: string;
  organisation?: string;
  conflict?: string;
  excluded_kpis?: string[];
}
export const setMember = (id: string, m: MemberInput) => request<{ user_id: string; added: boolean }>(`${V1}/${enc(id)}/members`, { method: 'PUT', json: m });
export const getRound = (id: string, signal?: AbortSignal) => request<RoundView>(`${V1}/${enc(id)}`, { signal });
export const getReport = (id: string, signal?: AbortSignal) => request<Report>(`${V1}/${enc(id)}/report`, { signal });
export const saveComments = (id: string, comments: { kpi_id: string | null; body: string }[]) =>
  request<{ written: number; removed: number }>(`${V1}/${enc(id)}/comments`, { method: 'PUT', json: { comments } });
export const signOff = (id: string, fingerprint: string) => request<{ state: 'current' }>(`${V1}/${enc(id)}/sign-off`, { method: 'POST', json: { fingerprint } });
export const saveResponses = (id: string, responses: { kpi_id: string | null; response: string; improvement: string }[]) =>
  request<{ saved: number }>(`${V1}/${enc(id)}/responses`, { method: 'PUT', json: { responses } });
export const transitionRound = (id: string, action: 'open' | 'close' | 'reopen' | 'publish') =>
  request<{ status: RoundStatus; warnings: { code: string; message: string }[] }>(`${V1}/${enc(id)}/transitions`, { method: 'POST', json: { action } });
