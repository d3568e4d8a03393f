/** The 国内投資マップ API (/api/v1/investment-map…) and the export's download addresses. */
import { query, request } from '../../api/client.ts';
import type { GetResponse } from '../../api/types.ts';

export type InvestmentMap = GetResponse<'/api/v1/investment-map'>;
export type MapArea = InvestmentMap['areas'][number];
export type MapProject = InvestmentMap['projects'][number];
export type SnapshotList = GetResponse<'/api/v1/investment-map/snapshots'>;
export type Snapshot = SnapshotList['snapshots'][number];

export interface MapFilter {
  level: 'prefecture' | 'municipality';
  type?: string;
  field?: string;
  status?: string;
  year_to?: number;
  /** one published plan's projects */
  plan_id?: string;
}

export const getInvestmentMap = (f: MapFilter, signal?: AbortSignal) => request<InvestmentMap>(`/api/v1/investment-map${query({ ...f })}`, { signal });
export const listSnapshots = (signal?: AbortSignal) => request<SnapshotList>('/api/v1/investment-map/snapshots', { signal });

export interface SnapshotComparison {
  before: { id: string; title: string; as_of: string } | null;
  after: { id: string; title: string; as_of: string };
  added: { plan_id: string; project_id: string; title: string; amount_yen: number }[];
  removed: { plan_id: string; project_id: string; title: string; amount_yen: number }[];
  changed: { plan_id: string; project_id: string; fields: string[]; delta: number; after: { title: string } }[];
  unchanged: number;
  by_prefecture: { pref_code: string; pref_name: string; before_amount: number; after_amount: number; delta: number; before_projects: number; after_projects: number }[];
}

const enc = encodeURIComponent;
export const compareSnapshot = (id: string, signal?: AbortSignal) => request<SnapshotComparison>(`/api/v1/investment-map/snapshots/${enc(id)}/compare`, { signal });
export const compareXlsxPath = (id: string) => `/api/v1/investment-map/snapshots/${enc(id)}/compare?format=xlsx`;
export const exportPath = (format: 'json' | 'csv' | 'xlsx', encoding?: 'sjis') => `/api/v1/plans/export${query({ format, encoding })}`;
