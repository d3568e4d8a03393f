/** Public entry of the local-government module: areas keyed by 全国地方公共団体コード. */
export { areas, type AreaRow } from './schema.ts';
export { readLocalGovMaster, type AreaInsert } from './reference.ts';
export { upsertAreas, countAreas, listAreas, getArea } from './repository.ts';
