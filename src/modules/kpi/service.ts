/**
 * Use cases of the KPI module shared by the CLI and the HTTP API: import a file (a catalog, or a
 * CSV/Excel table of actual values or KPI definitions), the audit trail of a strategy. Parsing
 * is in interchange/ (tables in a worker thread), rules in domain/, storage in repository.
 */
import type { Database } from '../../db/client.ts';
import { InputError, NotFoundError } from '../../shared/errors.ts';
import { listAudit, type AuditRecord } from '../audit/index.ts';
import { LocalGovCodeError, NATIONAL_CODE, normalizeLocalGovCode } from '../../shared/local-gov-code.ts';
import { getArea } from '../local-gov/index.ts';
import type { Catalog } from './domain/catalog.ts';
import { readJsonCatalog } from './interchange/read-json-catalog.ts';
import { parseTableUpload } from './interchange/parse-upload.ts';
import { formatDay, todayDay } from '../../shared/periods.ts';
import { decodeFile, isXlsx, type TextEncodingChoice } from '../../shared/tabular.ts';
import { findStrategyOwner, saveCatalog, strategyKeys, upsertKpiDefinitions, upsertObservations, type KpiWriteResult, type ObservationWriteResult } from './repository.ts';

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
  /** rows stored so far, while writing */
  onProgress?: (done: number, total: number) => void;
}

export type ImportResult =
  | { kind: 'catalog'; strategy: string; created: boolean; kpis: number; observations: number }
  | ({ kind: 'observations'; strategy: string; rows: number } & ObservationWriteResult)
  | ({ kind: 'kpis'; strategy: string; rows: number } & KpiWriteResult);

export type TableImportResult = Exclude<ImportResult, { kind: 'catalog' }>;

export function looksLikeJson(bytes: Uint8Array, file: string): boolean {
  if (/\.json$/i.test(file)) return true;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x7b; // '{'
}

/**
 * What a file is, from its name and first bytes, before anything is read or stored: a whole
 * strategy (JSON catalog) or a table for a stored strategy (CSV/Excel). Callers that accept only
 * one kind decide on this — never after an import has had its effect.
 */
export function classifyImport(bytes: Uint8Array, file: string): 'catalog' | 'table' {
  return looksLikeJson(bytes, file) && !isXlsx(bytes) ? 'catalog' : 'table';
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
  if (classifyImport(bytes, file) !== 'catalog') {
    throw InputError.single({ file, code: 'unsupported_format', reason: 'KPIカタログは JSON 形式で指定してください（CSV/Excel は実績値の取込に使います）' });
  }
  return readJsonCatalog(decodeFile(bytes, file, encoding), file);
}

/** A whole strategy from a JSON catalog (operators: the CLI). */
export async function importCatalogFile(db: Database, req: ImportRequest): Promise<Extract<ImportResult, { kind: 'catalog' }>> {
  const catalog = await readCatalogFile(req.bytes, req.file, req.encoding);
  const ownerCode = await ownerOf(db, catalog, req);
  const r = await saveCatalog(db, catalog, { ownerCode, actor: req.actor, replace: req.replace, source: req.file });
  return { kind: 'catalog', strategy: catalog.strategy.id, ...r };
}

/** Actual values or KPI definitions (a CSV/Excel table) into a stored strategy; all or nothing. */
export async function importTableFile(db: Database, req: ImportRequest & { strategyId: string }): Promise<TableImportResult> {
  if (classifyImport(req.bytes, req.file) !== 'table') throw InputError.single({ file: req.file, code: 'unsupported_format', reason: 'CSV または Excel（.xlsx）のファイルを指定してください' });
  const keys = await strategyKeys(db, req.strategyId);
  const parsed = await parseTableUpload(
    { bytes: req.bytes, file: req.file, encoding: req.encoding, sheet: req.sheet },
    { kpiIds: [...keys.kpiParents.keys()], nodeIds: [...keys.nodeIds], kpiParents: [...keys.kpiParents] },
  );
  if (parsed.kind === 'kpis') {
    const r = await upsertKpiDefinitions(db, req.strategyId, parsed.rows, { actor: req.actor, source: req.file, today: formatDay(todayDay()), onProgress: req.onProgress });
    return { kind: 'kpis', strategy: req.strategyId, rows: parsed.rows.length, ...r };
  }
  const r = await upsertObservations(db, req.strategyId, parsed.rows, { actor: req.actor, source: req.file, onProgress: req.onProgress });
  return { kind: 'observations', strategy: req.strategyId, rows: parsed.rows.length, ...r };
}

/** The CLI's `sousei import`: a catalog or a table, by the file's content. */
export async function importFile(db: Database, req: ImportRequest): Promise<ImportResult> {
  if (classifyImport(req.bytes, req.file) === 'catalog') return importCatalogFile(db, req);
  if (!req.strategyId) throw InputError.single({ file: req.file, code: 'strategy_required', reason: 'CSV/Excel の取込には戦略ID（--strategy）の指定が必要です' });
  return importTableFile(db, { ...req, strategyId: req.strategyId });
}

/** The audit trail of one strategy, newest first. */
export async function strategyAudit(db: Database, strategyId: string, limit?: number): Promise<AuditRecord[]> {
  const owner = await findStrategyOwner(db, strategyId);
  if (!owner) throw new NotFoundError(`戦略「${strategyId}」はありません`);
  return listAudit(db, { ownerCode: owner, entityType: 'strategy', entityId: strategyId, limit });
}
