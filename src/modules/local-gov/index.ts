/** Public entry of the local-government module: areas keyed by 全国地方公共団体コード. */
export { areas, type AreaRow } from './schema.ts';
export { readLocalGovMaster, historicalAreaRows, splitCounty, type AreaInsert, type HistoricalAreaSource } from './reference.ts';
export { upsertAreas, upsertHistoricalAreas, countAreas, listAreas, getArea } from './repository.ts';
