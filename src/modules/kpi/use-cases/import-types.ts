/** The request and results of the import use cases (import-file, import-catalog, import-table). */
import type { TextEncodingChoice } from '../../../shared/tabular.ts';
import type { ObservationWriteResult } from './upsert-observations.ts';
import type { KpiWriteResult } from './update-kpi-definitions.ts';

export interface ImportRequest {
  bytes: Uint8Array;
  /** file name as the user gave it; used in every error message */
  file: string;
  /** who imports, as the audit log names them (an operator 'cli:…', or a user checked before) */
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
