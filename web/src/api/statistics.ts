/**
 * The regional-statistics API (/api/v1/indicators, /series, /scatter, /areas/{code}/profile,
 * /boundaries): types and one function per endpoint, plus the download URLs (CSV in UTF-8 with
 * BOM, Excel) of the same selections.
 */
import { cachedGet, query, request } from './client.ts';

const V1 = '/api/v1';
const enc = encodeURIComponent;

export type StatLevel = 'prefecture' | 'municipality' | 'ward' | 'nation';
/** Levels a map or a ranking is drawn at. */
export type MapLevel = 'prefecture' | 'municipality';
export type DownloadFormat = 'csv' | 'xlsx';

/** 全国 */
export const NATION_CODE = '000000';

export interface Indicator {
  code: string;
  name: string;
  name_en?: string | null;
  unit: string;
  category: string;
  category_label?: string;
  source: string;
  licence?: string | null;
  frequency?: string | null;
  notes?: string | null;
  levels: StatLevel[];
  /** ascending; '2022' = 2022年, 'FY2021' = 2021年度 */
  periods: string[];
  latest_period: string | null;
}

export interface IndicatorCategory {
  code: string;
  label: string;
}

export interface IndicatorCatalog {
  indicators: Indicator[];
  categories: IndicatorCategory[];
  attribution: string[];
}

export interface MapValue {
  code: string;
  name: string;
  pref_code: string | null;
  pref_name: string | null;
  value: number | null;
  flag: string | null;
}

export interface ValueStats {
  min: number | null;
  max: number | null;
  mean: number | null;
  median: number | null;
  count: number;
}

export interface IndicatorMap {
  indicator: Indicator;
  level: MapLevel;
  period: string | null;
  values: MapValue[];
  stats: ValueStats;
  attribution: string[];
}

export interface RankingRow {
  rank: number | null;
  code: string;
  name: string;
  pref_name: string | null;
  value: number | null;
  flag: string | null;
}

export interface Ranking {
  indicator: Indicator;
  level: MapLevel;
  period: string | null;
  rows: RankingRow[];
  attribution: string[];
}

export interface SeriesPoint {
  period: string;
  value: number | null;
  flag: string | null;
}

export interface Series {
  indicator: string;
  indicator_name: string;
  unit: string;
  area: string;
  area_name: string;
  points: SeriesPoint[];
}

export interface SeriesResponse {
  series: Series[];
  attribution: string[];
}

export interface ScatterPoint {
  code: string;
  name: string;
  pref_name: string | null;
  x: number;
  y: number;
}

export interface ScatterAxis {
  indicator: string;
  name?: string;
  unit?: string;
  period: string | null;
}

export interface ScatterResponse {
  x: ScatterAxis;
  y: ScatterAxis;
  level?: MapLevel;
  points: ScatterPoint[];
  correlation: number | null;
  attribution: string[];
}

export interface ProfileArea {
  code: string;
  name: string;
  level: StatLevel;
  type: string;
  pref_code: string | null;
  pref_name: string | null;
  parent_code: string | null;
}

export interface PopulationPoint {
  period: string;
  total: number | null;
  age_0_14: number | null;
  age_15_64: number | null;
  age_65_plus: number | null;
}

export interface AreaProfile {
  area: ProfileArea;
  population: {
    series: PopulationPoint[];
    latest: { period: string; total: number | null; households: number | null; male: number | null; female: number | null; ageing_rate: number | null } | null;
  };
  pyramid: { period: string; groups: Array<{ age_group: string; male: number | null; female: number | null }> } | null;
  indicators: Array<{ code: string; name: string; unit: string; period: string | null; value: number | null; prefecture: number | null; nation: number | null }>;
  attribution: string[];
}

export interface Comparator {
  code: string;
  name: string;
  pref_name: string | null;
  type?: string;
  population: number | null;
  /** 100 / (1 + distance): 100 = identical on the measures compared */
  score: number | null;
  ageing_rate?: number | null;
  population_change_5y?: number | null;
  distance?: number | null;
  /** false when taken from a neighbouring population band to fill the list */
  same_band?: boolean;
  [key: string]: unknown;
}

export interface SimilarAreas {
  method: { code: string; label: string; description: string };
  area: { code: string; name: string; population?: number | null; ageing_rate?: number | null; population_change_5y?: number | null; [key: string]: unknown };
  group: { label: string; size?: number; period?: string; past_period?: string; [key: string]: unknown } | null;
  comparators: Comparator[];
  attribution: string[];
}

export interface AreaSummary {
  code: string;
  name: string;
  level: StatLevel;
  type: string;
  pref_code: string | null;
  kana: string | null;
  name_en?: string | null;
  parent_code?: string | null;
}

export interface BoundaryFeature {
  type: 'Feature';
  properties: { code: string; name: string; [key: string]: unknown };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] } | null;
}

export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
  /** credit of the boundary data (a foreign member of the GeoJSON) */
  attribution?: string[];
}

export function getIndicators(): Promise<IndicatorCatalog> {
  return cachedGet(`${V1}/indicators`);
}

export interface MapQuery {
  level: MapLevel;
  period?: string;
  pref_code?: string;
}

export function getIndicatorMap(code: string, q: MapQuery): Promise<IndicatorMap> {
  return cachedGet(`${V1}/indicators/${enc(code)}/map${query({ level: q.level, period: q.period, pref_code: q.pref_code })}`);
}

export function rankingPath(code: string, q: MapQuery & { order?: 'desc' | 'asc'; format?: DownloadFormat }): string {
  return `${V1}/indicators/${enc(code)}/ranking${query({ level: q.level, period: q.period, pref_code: q.pref_code, order: q.order, format: q.format })}`;
}

export function getRanking(code: string, q: MapQuery & { order?: 'desc' | 'asc' }): Promise<Ranking> {
  return cachedGet(rankingPath(code, q));
}

export function seriesPath(indicators: string[], areas: string[], format?: DownloadFormat): string {
  return `${V1}/series${query({ indicators: indicators.join(','), areas: areas.join(','), format })}`;
}

export function getSeries(indicators: string[], areas: string[]): Promise<SeriesResponse> {
  return cachedGet(seriesPath(indicators, areas));
}

export interface ScatterQuery {
  x: string;
  y: string;
  level: MapLevel;
  period_x?: string;
  period_y?: string;
  pref_code?: string;
}

export function scatterPath(q: ScatterQuery, format?: DownloadFormat): string {
  return `${V1}/scatter${query({ x: q.x, y: q.y, level: q.level, period_x: q.period_x, period_y: q.period_y, pref_code: q.pref_code, format })}`;
}

export function getScatter(q: ScatterQuery): Promise<ScatterResponse> {
  return cachedGet(scatterPath(q));
}

export function getAreaProfile(code: string): Promise<AreaProfile> {
  return cachedGet(`${V1}/areas/${enc(code)}/profile`);
}

export function getSimilarAreas(code: string, count = 10, method?: string): Promise<SimilarAreas> {
  return cachedGet(`${V1}/areas/${enc(code)}/similar${query({ count, method })}`);
}

export function listAreas(level: 'prefecture' | 'municipality' | 'ward' | 'nation', prefCode?: string): Promise<{ areas: AreaSummary[] }> {
  return cachedGet(`${V1}/areas${query({ level, pref_code: prefCode })}`);
}

/* Boundaries are large and never change while the page is open: kept for the whole visit. */
const boundaryCache = new Map<MapLevel, Promise<BoundaryCollection>>();

export function getBoundaries(level: MapLevel): Promise<BoundaryCollection> {
  let p = boundaryCache.get(level);
  if (!p) {
    p = request<BoundaryCollection>(`${V1}/boundaries/${level}.geojson`);
    boundaryCache.set(level, p);
    p.catch(() => boundaryCache.delete(level));
  }
  return p;
}
