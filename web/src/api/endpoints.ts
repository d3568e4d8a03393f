/** One function per API endpoint the web application uses. */
import { cachedGet, invalidate, query, request } from './client.ts';
import type { AuditLog, Catalog, CatalogEvaluation, KpiDetail, ObservationInputRow, ObservationWriteResult, SearchResponse, Session, StrategySummary } from './types.ts';

const V1 = '/api/v1';
const enc = encodeURIComponent;

export const strategyPath = (sid: string): string => `${V1}/strategies/${enc(sid)}`;

export function listStrategies(): Promise<{ strategies: StrategySummary[] }> {
  return cachedGet(`${V1}/strategies`);
}

export function getCatalog(sid: string): Promise<Catalog> {
  return cachedGet(strategyPath(sid));
}

export function getEvaluation(sid: string, asOf: string): Promise<CatalogEvaluation> {
  return cachedGet(`${strategyPath(sid)}/evaluation${query({ as_of: asOf })}`);
}

/** Download URL of the evaluation tables (Excel, or CSV in UTF-8 with BOM / Shift_JIS). */
export function evaluationDownloadUrl(sid: string, asOf: string, format: 'xlsx' | 'csv', encoding?: 'sjis'): string {
  return `${strategyPath(sid)}/evaluation${query({ format, as_of: asOf, encoding })}`;
}

/** Download URL of an import's template (documented headers and one example row). */
export function importTemplateUrl(kind: 'observations' | 'kpis', format: 'csv' | 'xlsx'): string {
  return `${V1}/import-templates/${kind}${query({ format })}`;
}

export function getKpi(sid: string, kpiId: string, asOf: string): Promise<KpiDetail> {
  return cachedGet(`${strategyPath(sid)}/kpis/${enc(kpiId)}${query({ as_of: asOf })}`);
}

export function getAudit(sid: string, limit = 50, signal?: AbortSignal): Promise<AuditLog> {
  return request(`${strategyPath(sid)}/audit${query({ limit })}`, { signal });
}

export function search(q: string, strategy?: string, signal?: AbortSignal): Promise<SearchResponse> {
  return request(`${V1}/search${query({ q, strategy })}`, { signal });
}

export function getSession(): Promise<Session> {
  return request(`${V1}/session`);
}

export function signIn(email: string, password: string): Promise<Session> {
  return request(`${V1}/session`, { method: 'POST', json: { email, password } });
}

export function signOut(): Promise<void> {
  return request(`${V1}/session`, { method: 'DELETE' });
}

/** Before/after evaluations are computed at asOf (the date the person is looking at). */
export async function postObservations(sid: string, rows: ObservationInputRow[], asOf?: string): Promise<ObservationWriteResult> {
  const res = await request<ObservationWriteResult>(`${strategyPath(sid)}/observations${query({ as_of: asOf })}`, { method: 'POST', json: { rows } });
  afterWrite(sid);
  return res;
}

export function importUrl(sid: string): string {
  return `${strategyPath(sid)}/imports`;
}

/** Cached reads of a strategy are stale after any write to it. */
export function afterWrite(sid: string): void {
  invalidate(strategyPath(sid));
  invalidate(`${V1}/strategies`);
}
