/**
 * Public entry of the statistics module: the indicator store and the shipped data set, imports
 * and their extension point (afterStatisticsImport), the readers behind the API (catalog, maps,
 * series; cached per import), 類似団体, boundaries, the RESAS-compatible responses, and the routes.
 */
export { CATEGORIES, VALUE_FLAGS, indicators, indicatorValues, type Category, type ValueFlag, type IndicatorRow } from './schema.ts';
export { upsertIndicators, writeValues, type IndicatorDef, type ValueRow } from './store/indicator-store.ts';
export { REFERENCE_INDICATORS, ALL_REFERENCE_INDICATORS } from './reference/reference-indicators.ts';
export type { StatisticsReferenceReport } from './reference/load-reference.ts';
export { importStatistics, readStatisticsFile, type StatisticsImportRequest, type StatisticsImportResult } from './imports/import-statistics.ts';
export { NO_IMPORT_HOOKS, type AfterStatisticsImport, type AfterImportReport, type ImportedStatistics, type StatisticsImportHooks } from './imports/after-import.ts';
export type { IndicatorInput, ParsedStatistics, StatisticsFormat } from './imports/import-common.ts';
export { readTidyTable } from './imports/import-tidy.ts';
export { readStatisticsJson } from './imports/import-json.ts';
export { readEstatCsv } from './imports/estat-table.ts';
export { resolveEstatItems } from './imports/estat-items.ts';
export { indicatorOverview, type IndicatorOverview } from './read/indicator-overview.ts';
export { LEVELS, INDICATOR_ORDER, type Level, type AreaInfo, type AreaIndex, type Catalog, type IndicatorInfo } from './read/catalog.ts';
export {
  StatisticsReader,
  attributionFor,
  seriesKey,
  valueStats,
  correlation,
  type MapData,
  type MapRow,
  type ValueStats,
  type SeriesPoint,
} from './read/statistics-reader.ts';
export { findSimilarAreas } from './read/find-similar-areas.ts';
export { rankSimilar, populationBands, bandOf, similarMethodDescription, SIMILAR_TYPES, type SimilarType, type SimilarCandidate, type PopulationBand } from './read/similar.ts';
export { BOUNDARIES_DIR, BOUNDARY_FILES, BOUNDARY_LEVELS, BOUNDARY_ATTRIBUTION, BoundaryCache, topologyToGeoJson, type BoundaryLevel } from './reference/boundaries.ts';
export { bigCityFlag, compositionResult, sumPerYearResult, resasPrefectures, resasCities, RESAS_LABELS } from './resas/resas.ts';
export { statisticsRoutes, type StatisticsRoutesOptions } from './http/routes.ts';
export { canImportStatistics, assertCanImportStatistics } from './permissions.ts';
