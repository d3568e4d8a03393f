/**
 * Public entry of the statistics module: the indicator store and the shipped data set, imports,
 * KPI bindings, the readers behind the API (catalog, maps, series; cached per import), 類似団体,
 * boundaries, the RESAS-compatible responses, and the routes.
 */
export * from './schema.ts';
export * from './store/indicator-store.ts';
export * from './reference/reference-indicators.ts';
export * from './reference/reference-values.ts';
export * from './bindings.ts';
export * from './imports/import-common.ts';
export * from './imports/import-estat.ts';
export * from './imports/import-json.ts';
export * from './imports/import-tidy.ts';
export * from './imports/import-statistics.ts';
export { StatisticsReader, LEVELS, INDICATOR_ORDER, attributionFor, valueStats, correlation, type Level, type AreaInfo, type AreaIndex, type Catalog, type IndicatorInfo, type MapData, type MapRow, type ValueStats, type SeriesPoint } from './read/statistics-reader.ts';
export { rankSimilar, populationBands, bandOf, similarMethodDescription, SIMILAR_TYPES, type SimilarType, type SimilarCandidate, type PopulationBand } from './read/similar.ts';
export { BOUNDARIES_DIR, BOUNDARY_FILES, BOUNDARY_LEVELS, BOUNDARY_ATTRIBUTION, BoundaryCache, topologyToGeoJson, type BoundaryLevel } from './reference/boundaries.ts';
export { bigCityFlag, compositionResult, sumPerYearResult, resasPrefectures, resasCities, RESAS_LABELS } from './resas/resas.ts';
export { statisticsRoutes, type StatisticsRoutesOptions } from './http/routes.ts';
export type { StatisticsReferenceReport } from './reference/load-reference.ts';
