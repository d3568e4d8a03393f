/** Public entry of the KPI module: catalogs, observations, the evaluation engine, import/export. */
export * from './domain/catalog.ts';
export * from './domain/evaluate.ts';
export * from './domain/summarize.ts';
export { parseFlag, parseDirection } from './domain/vocabulary.ts';
export { readJsonCatalog } from './interchange/read-json-catalog.ts';
export { readObservationTable, type ObservationRow } from './interchange/read-observation-table.ts';
export { readKpiTable, isKpiTable, type KpiRow } from './interchange/read-kpi-table.ts';
export { readTable, readCsvTable, readXlsxTable, type Table, type TextEncodingChoice } from '../../shared/tabular.ts';
export { catalogToJson, kpisToCsv, observationsToCsv, evaluationToCsv, evaluationToXlsx, type CsvEncoding } from './interchange/write-catalog.ts';
export { listStrategies, loadCatalog, saveCatalog, upsertObservations, findStrategyOwner, lockStrategies, kpiIdsOf, upsertKpiDefinitions, strategyKeys, type StrategyListItem } from './repository.ts';
export { importFile, importCatalogFile, importTableFile, classifyImport, readCatalogFile, strategyAudit, type ImportRequest, type ImportResult, type TableImportResult } from './service.ts';
export { strategies, nodes, kpis, kpiTargets, observations } from './schema.ts';
export { applyObservations, kpiIdsOfCatalog } from './interchange/apply-observations.ts';
export { CatalogCache } from './catalog-cache.ts';
export { NATIONAL_STRATEGY_PATH } from './load-reference.ts';
export { assertCanWriteStrategy, canCreateStrategy, canWriteStrategy, strategyOwnerOrNotFound } from './permissions.ts';
