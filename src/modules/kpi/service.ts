/**
 * Use cases of the KPI module, shared by the CLI and the HTTP API: import a file, evaluate a
 * strategy, export it. Thin: parsing is in interchange/, rules in domain/, storage in repository.
 */
import type { Database } from '../../db/client.ts';
import { InputError, NotFoundError } from '../../shared/errors.ts';
import { listAudit, type AuditRecord } from '../audit/index.ts';
import { LocalGovCodeError, NATIONAL_CODE, normalizeLocalGovCode } from '../../shared/local-gov-code.ts';
import { getArea } from '../local-gov/index.ts';
import type { Catalog } from './domain/catalog.ts';
import { readJsonCatalog } from './interchange/read-json-catalog.ts';
import { readObservationTable } from './interchange/read-observation-table.ts';
import { isKpiTable, readKpiTable } from './interchange/read-kpi-table.ts';
import { formatDay, todayDay } from '../../shared/periods.ts';
import { decodeFile, isXlsx, readTable, type TextEncodingChoice } from '../../shared/tabular.ts';
import { findStrategyOwner, kpiIdsOf, saveCatalog, strategyKeys, upsertKpiDefinitions, upsertObservations, type KpiWriteResult, type ObservationWriteResult } from './repository.ts';

export interface ImportRequest {
  bytes: Uint8Array;
  /** file name as the user gave it; used in every error message */
  file: string;
  actor: string;
  /** strategy the observations belong to (CSV/Excel) */
  strategyId?: string;
  /** owner of a new catalog; defaults to the catalog's strategy.owner_code, then the nation */
  ownerCode?: string;
  replace?: boolean;
  encoding?: TextEncodingChoice;
  sheet?: string;
}

export type ImportResult =
  | { kind: 'catalog'; strategy: string; created: boolean; kpis: number; observations: number }
  | ({ kind: 'observations'; strategy: string; rows: number } & ObservationWriteResult)
  | ({ kind: 'kpis'; strategy: string; rows: number } & KpiWriteResult);

export function looksLikeJson(bytes: Uint8Array, file: string): boolean {
  if (/\.json$/i.test(file)) return true;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b; // '{'
}

async function ownerOf(db: Database, catalog: Catalog, req: ImportRequest): Promise<string> {
  const raw = req.ownerCode ?? (catalog.strategy.extra?.owner_code as string | undefined) ?? NATIONAL_CODE;
  let code: string;
  try {
    code = normalizeLocalGovCode(raw);
  } catch (e) {
    if (e instanceof LocalGovCodeError) throw InputError.single({ file: req.file, column: 'strategy.owner_code', code: 'invalid_code', reason: e.message });
    throw e;
  }
  if (!(await getArea(db, code))) throw InputError.single({ file: req.file, column: 'strategy.owner_code', code: 'unknown_area', reason: `団体コード「${code}」の団体が登録されていません` });
  return code;
}

/** Reads a catalog file without touching the database (for `kpi evaluate --input`). */
export async function readCatalogFile(bytes: Uint8Array, file: string, encoding: TextEncodingChoice = 'auto'): Promise<Catalog> {
  if (!looksLikeJson(bytes, file) || isXlsx(bytes)) {
    throw InputError.single({ file, code: 'unsupported_format', reason: 'KPIカタログは JSON 形式で指定してください（CSV/Excel は実績値の取込に使います）' });
  }
  return readJsonCatalog(decodeFile(bytes, file, encoding), file);
}

export async function importFile(db: Database, req: ImportRequest): Promise<ImportResult> {
  if (looksLikeJson(req.bytes, req.file) && !isXlsx(req.bytes)) {
    const catalog = await readCatalogFile(req.bytes, req.file, req.encoding);
    const ownerCode = await ownerOf(db, catalog, req);
    const r = await saveCatalog(db, catalog, { ownerCode, actor: req.actor, replace: req.replace, source: req.file });
    return { kind: 'catalog', strategy: catalog.strategy.id, ...r };
  }
  if (!req.strategyId) throw InputError.single({ file: req.file, code: 'strategy_required', reason: 'CSV/Excel の取込には戦略ID（--strategy）の指定が必要です' });
  const table = await readTable(req.bytes, req.file, { encoding: req.encoding, sheet: req.sheet });
  if (isKpiTable(table)) {
    const keys = await strategyKeys(db, req.strategyId);
    const rows = readKpiTable(table, keys.nodeIds, keys.kpiParents);
    const r = await upsertKpiDefinitions(db, req.strategyId, rows, { actor: req.actor, source: req.file, today: formatDay(todayDay()) });
    return { kind: 'kpis', strategy: req.strategyId, rows: rows.length, ...r };
  }
  const rows = readObservationTable(table, await kpiIdsOf(db, req.strategyId));
  const r = await upsertObservations(db, req.strategyId, rows, { actor: req.actor, source: req.file });
  return { kind: 'observations', strategy: req.strategyId, rows: rows.length, ...r };
}

/** The audit trail of one strategy, newest first. */
export async function strategyAudit(db: Database, strategyId: string, limit?: number): Promise<AuditRecord[]> {
  const owner = await findStrategyOwner(db, strategyId);
  if (!owner) throw new NotFoundError(`戦略「${strategyId}」はありません`);
  return listAudit(db, { ownerCode: owner, entityType: 'strategy', entityId: strategyId, limit });
}
