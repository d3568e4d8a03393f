/** The good-practice API (/api/v1/good-practices…): one function per endpoint the pages use, and their types. */
import { query, request } from '../../api/client.ts';
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
  history: { action_label: string; to_status_label: string | null; comment: string; at: string }[];
  used_by: { code: string; name: string | null; adopted_year: number; outcome_label: string; outcome_note: string; note: string }[];
}
export interface Vocabulary {
  fields: { key: string; label: string }[];
}

const V1 = '/api/v1/good-practices';
const enc = encodeURIComponent;

export const goodPracticePaths = { list: () => '/good-practices', case: (id: string) => `/good-practices/${enc(id)}` };

export const searchCases = (q: string, field: string, signal?: AbortSignal) =>
  request<{ total: number; query: { grams: string[] }; cases: SearchHit[] }>(`${V1}/search${query({ q, field })}`, { signal });
export const listCases = (signal?: AbortSignal) => request<{ total: number; cases: CaseHeader[] }>(`${V1}/cases${query({ limit: 20 })}`, { signal });
export const suggestCases = (code: string, signal?: AbortSignal) => request<Suggestions>(`${V1}/suggestions${query({ code })}`, { signal });
export const getCase = (id: string, signal?: AbortSignal) => request<CaseDetail>(`${V1}/cases/${enc(id)}`, { signal });
export const getVocabulary = (signal?: AbortSignal) => request<Vocabulary>(`${V1}/vocabulary`, { signal });
