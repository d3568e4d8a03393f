/** The good-practice API (/api/v1/good-practices…): one function per endpoint the pages use, and their types. */
import { cachedGet, query, request } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';

export type CaseHeader = components['schemas']['GoodPracticeHeader'];
export type SearchHit = CaseHeader & { matched_grams: number; score: number };

export interface Reason {
  kind: 'similar_area' | 'same_problem_first';
  text: string;
}
export interface Suggestions {
  area: { code: string; name: string };
  similar: { group_label: string | null; areas: { code: string; name: string; score: number }[]; note: string | null };
  problem: { tags: string[]; started_before_label: string | null };
  cases: (CaseHeader & { reasons: Reason[] })[];
}
export interface Observation {
  value: number;
  period: string;
}
export interface CaseDetail {
  case: CaseHeader & {
    content: {
      problem: string;
      actions: string;
      participants: { sector: string; sector_label: string; name: string }[];
      cost?: { total?: number; note: string };
      funding: { kind: string; kind_label: string; amount?: number; fiscal_year?: number; note: string }[];
      results: { label: string; unit: string; before?: Observation; after?: Observation; note: string }[];
      lessons: { kind: 'worked' | 'did_not_work'; text: string }[];
      sources: { document: string; lines: string; url?: string }[];
    };
  };
  history: { action: string; action_label: string; to_status_label: string | null; comment: string; by_label: string; actor_label: string | null; at: string }[];
  used_by: { code: string; name: string | null; adopted_year: number; outcome: string; outcome_label: string; outcome_note: string; note: string }[];
  may: { edit: boolean; submit: boolean; return: boolean; validate: boolean; record_adoption: boolean };
}
export interface Vocabulary {
  fields: { key: string; label: string }[];
  sectors: Record<string, string>;
  funding: Record<string, string>;
  statuses: Record<string, string>;
  adoption_outcomes: Record<string, string>;
}
export type CaseList = { total: number; cases: CaseHeader[]; mine?: { org_code: string; secretariat: boolean; may_create: boolean } | null };

const V1 = '/api/v1/good-practices';
const enc = encodeURIComponent;

export const goodPracticePaths = {
  list: () => '/good-practices',
  case: (id: string) => `/good-practices/${enc(id)}`,
  create: () => '/good-practices/new',
  edit: (id: string) => `/good-practices/${enc(id)}/edit`,
};

export const searchCases = (q: string, field: string, signal?: AbortSignal) =>
  request<{ total: number; query: { grams: string[] }; cases: SearchHit[] }>(`${V1}/search${query({ q, field })}`, { signal });
export const listCases = (signal?: AbortSignal) => request<{ total: number; cases: CaseHeader[] }>(`${V1}/cases${query({ limit: 20 })}`, { signal });
/** scope=mine: a government's own cases in every status, or (the secretariat) the queue; `mine` says which. */
export const listMyCases = (status: string | undefined, signal?: AbortSignal) => request<CaseList>(`${V1}/cases${query({ scope: 'mine', status, limit: 100 })}`, { signal });
export const suggestCases = (code: string, signal?: AbortSignal) => request<Suggestions>(`${V1}/suggestions${query({ code })}`, { signal });
export const getCase = (id: string, signal?: AbortSignal) => request<CaseDetail>(`${V1}/cases/${enc(id)}`, { signal });
export const getVocabulary = (signal?: AbortSignal) => request<Vocabulary>(`${V1}/vocabulary`, { signal });

export const createCase = (ownerCode: string, content: Record<string, unknown>) => request<CaseDetail>(`${V1}/cases`, { method: 'POST', json: { owner_code: ownerCode, content } });
export const saveCase = (id: string, baseVersion: number, content: Record<string, unknown>) =>
  request<{ version: number }>(`${V1}/cases/${enc(id)}`, { method: 'PUT', json: { base_version: baseVersion, content } });
export const transitionCase = (id: string, action: 'submit' | 'return' | 'validate', comment?: string) =>
  request<{ status: string }>(`${V1}/cases/${enc(id)}/transitions`, { method: 'POST', json: { action, comment } });
export const recordAdoption = (id: string, code: string, body: { adopted_year: number; note: string; outcome: string; outcome_note: string }) =>
  request<{ created: boolean }>(`${V1}/cases/${enc(id)}/adoptions/${enc(code)}`, { method: 'PUT', json: body });
/** Every area's name by 団体コード, once per page: the form shows the name of a typed code without a request per keystroke (and no 404 for a code that is not there). */
export const areaNameMap = async (): Promise<Map<string, string>> => {
  const r = await cachedGet<{ areas: { code: string; name: string }[] }>('/api/v1/areas');
  return new Map(r.areas.map((a) => [a.code, a.name]));
};
