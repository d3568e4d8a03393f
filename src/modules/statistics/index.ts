/**
 * Public entry of the statistics module: the indicator store and the shipped data set, imports,
 * KPI bindings, the readers behind the API (catalog, maps, series; cached per import), 類似団体,
 * boundaries, the RESAS-compatible responses, and the routes.
 */
export * from './schema.ts';
export * from './store.ts';
export * from './reference-indicators.ts';
export * from './reference-values.ts';
export * from './bindings.ts';
export * from './import-common.ts';
export * from './import-estat.ts';
export * from './import-json.ts';
export * from './import-tidy.ts';
export * from './import-service.ts';
export { StatisticsReader, LEVELS, INDICATOR_ORDER, attributionFor, valueStats, correlation, type Level, type AreaInfo, type AreaIndex, type Catalog, type IndicatorInfo, type MapData, type MapRow, type ValueStats, type SeriesPoint } from './queries.ts';
export { rankSimilar, populationBands, bandOf, similarMethodDescription, SIMILAR_TYPES, type SimilarType, type SimilarCandidate, type PopulationBand } from './similar.ts';
export { BOUNDARIES_DIR, BOUNDARY_FILES, BOUNDARY_LEVELS, BOUNDARY_ATTRIBUTION, BoundaryCache, topologyToGeoJson, type BoundaryLevel } from './boundaries.ts';
export { bigCityFlag, compositionResult, sumPerYearResult, resasPrefectures, resasCities, RESAS_LABELS } from './resas.ts';
export { statisticsRoutes, type StatisticsRoutesOptions } from './http.ts';
export type { StatisticsReferenceReport } from './load-reference.ts';
