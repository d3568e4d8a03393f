/**
 * Shapes of the REST API's JSON (see /api/openapi.json). Only what the web application reads is
 * typed strictly; catalog objects keep their extra fields (name_en, source_line, …) as optional.
 */

import type { Band, Status } from '../../../src/modules/kpi/domain/evaluate.ts';
import type { Direction, NodeLevel, ObservationFlag } from '../../../src/modules/kpi/domain/catalog.ts';

// The engine's own vocabulary (type-only imports: nothing of the server is bundled).
export type { Band, Status } from '../../../src/modules/kpi/domain/evaluate.ts';
export type { Direction, NodeLevel, ObservationFlag } from '../../../src/modules/kpi/domain/catalog.ts';
export type { StatusCounts, BandCounts } from '../../../src/modules/kpi/domain/summarize.ts';
export type { SearchResult } from '../../../src/modules/kpi/domain/search.ts';
import type { SearchResult } from '../../../src/modules/kpi/domain/search.ts';

export const STATUSES: readonly Status[] = ['1A', '1B', '1C', '2', '3'];

export const BANDS: readonly Band[] = ['80-<100', '50-<80', '<50'];

export const OBSERVATION_FLAGS: readonly ObservationFlag[] = ['preliminary', 'estimate', 'provisional', 'reference', 'final'];


export interface ApiIssue {
  file?: string;
  line?: number;
  row?: number;
  column?: string;
  code?: string;
  reason: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string; issues?: ApiIssue[] };
}

export interface StrategySummary {
  id: string;
  name: string;
  owner_code: string;
  kpi_count: number;
  observation_count: number;
  extra?: { goal?: string; name_en?: string; period?: { from?: string; to?: string }; edition?: string; source?: string } & Record<string, unknown>;
  updated_at: string;
}

export interface StrategyInfo {
  id: string;
  name: string;
  name_en?: string;
  goal?: string;
  edition?: string;
  period?: { from?: string; to?: string };
  source?: string;
  owner_code?: string;
  [key: string]: unknown;
}

export interface CatalogNode {
  id: string;
  parent: string | null;
  level: NodeLevel;
  name: string;
  name_en?: string;
  code?: string | null;
  source_line?: number;
  notes?: string;
  [key: string]: unknown;
}

export interface CatalogTarget {
  value: number | null;
  period: string | null;
  text: string | null;
  set_in: string | null;
  relative_to?: string;
}

export interface CatalogObservation {
  period: string;
  value: number;
  flag?: ObservationFlag | null;
  source?: string | null;
  note?: string | null;
}

export interface CatalogKpi {
  id: string;
  node: string;
  name: string;
  unit: string;
  direction: Direction;
  baseline: { value: number; period: string } | null;
  targets: CatalogTarget[];
  target_text: string | null;
  components?: CatalogKpi[];
  observations: CatalogObservation[];
  name_en?: string;
  source_line?: number;
  section?: string;
  measure?: string;
  level?: string;
  comparator?: string | null;
  notes?: string | null;
  is_new?: boolean;
  [key: string]: unknown;
}

export interface Catalog {
  strategy: StrategyInfo;
  nodes: CatalogNode[];
  kpis: CatalogKpi[];
  milestones?: unknown[];
  logic_model?: { levels?: { level: NodeLevel; label: string; items: number; indicators: number }[] };
}





export type { KpiEvaluation } from '../../../src/modules/kpi/domain/evaluate.ts';
export type { NodeSummary, EvaluationSummary, CatalogEvaluation } from '../../../src/modules/kpi/domain/summarize.ts';
import type { KpiEvaluation } from '../../../src/modules/kpi/domain/evaluate.ts';

export interface KpiDetail {
  kpi: CatalogKpi;
  evaluation: KpiEvaluation;
}

export interface AuditEntry {
  id: number;
  occurred_at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: string;
  details: unknown;
}

export type Role = 'admin' | 'editor' | 'viewer';

export interface SessionUser {
  email: string;
  name: string;
  role: Role;
  org_code: string;
  /** name of the organisation (団体名) when the code is a known local government or the nation */
  org_name: string | null;
}

export interface Session {
  user: SessionUser | null;
  csrf_token: string | null;
}

export interface ObservationInputRow {
  kpi_id: string;
  period: string;
  value: string;
  flag?: ObservationFlag;
  source?: string;
  note?: string;
}

export interface ObservationWriteResult {
  result: { inserted: number; updated: number; unchanged: number; skipped_missing: number };
  kpis: KpiEvaluation[];
  before: KpiEvaluation[];
}

export type ImportEncoding = 'auto' | 'utf8' | 'sjis';

/** An import job as GET /strategies/{id}/imports/{jobId} returns it. */
export interface ImportJob {
  id: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  file: string | null;
  progress: { step: string; done: number; total: number } | null;
  result: ImportResult['result'] | null;
  error: { code: string; message: string; issues?: ApiIssue[] } | null;
}

export interface ImportResult {
  result: {
    kind: 'observations' | 'kpis';
    rows: number;
    inserted?: number;
    updated?: number;
    unchanged?: number;
    skipped_missing?: number;
    added?: number;
    targets_revised?: number;
  };
}


export interface SearchResponse {
  query: string;
  results: SearchResult[];
}
