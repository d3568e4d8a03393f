/**
 * The regional-statistics API (/api/v1/indicators, /series, /scatter, /areas/{code}/profile,
 * /boundaries): types and one function per endpoint, plus the download URLs (CSV in UTF-8 with
 * BOM, Excel) of the same selections.
 */
import { cachedGet, query, request } from './client.ts';
import type { components, paths } from './schema.gen.ts';
import type { GetResponse } from './types.ts';

const V1 = '/api/v1';
const enc = encodeURIComponent;

export type StatLevel = components['schemas']['Area']['level'];
/** Levels a map or a ranking is drawn at. */
export type MapLevel = 'prefecture' | 'municipality';
export type DownloadFormat = 'csv' | 'xlsx';

/** 全国 */
export const NATION_CODE = '000000';

type Schemas = components['schemas'];

export type Indicator = Schemas['Indicator'];
export type IndicatorCategory = GetResponse<'/api/v1/indicators'>['categories'][number];
export type IndicatorCatalog = GetResponse<'/api/v1/indicators'>;

export type IndicatorMap = Schemas['IndicatorMap'];
export type MapValue = IndicatorMap['values'][number];
export type ValueStats = Schemas['ValueStats'];

export type Ranking = Schemas['IndicatorRanking'];
export type RankingRow = Ranking['rows'][number];

export type SeriesResponse = Schemas['IndicatorSeries'];
export type Series = SeriesResponse['series'][number];
export type SeriesPoint = Series['points'][number];

export type ScatterResponse = Schemas['IndicatorScatter'];
export type ScatterAxis = ScatterResponse['x'];
export type ScatterPoint = ScatterResponse['points'][number];

export type AreaProfile = Schemas['AreaProfile'];
export type ProfileArea = AreaProfile['area'];
export type PopulationPoint = AreaProfile['population']['series'][number];

export type SimilarAreas = Schemas['SimilarMunicipalities'];
export type Comparator = SimilarAreas['comparators'][number];

type Area = Schemas['Area'];
/** The fields of an area the pickers read (the web adds 全国 of its own). */
export type AreaSummary = Pick<Area, 'code' | 'name' | 'level' | 'type' | 'pref_code' | 'kana'> & Partial<Pick<Area, 'name_en' | 'parent_code'>>;

/** A boundary of GET /boundaries/{level}.geojson (the document leaves features untyped). */
export interface BoundaryFeature {
  type: 'Feature';
  properties: { code: string; name: string; [key: string]: unknown };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] } | null;
}

type BoundaryBody = paths['/api/v1/boundaries/{level}.geojson']['get']['responses'][200]['content']['application/geo+json'];
/** `attribution` is left out of the collections the map builds for itself. */
export type BoundaryCollection = Omit<BoundaryBody, 'features' | 'attribution'> & { features: BoundaryFeature[]; attribution?: BoundaryBody['attribution'] };

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
