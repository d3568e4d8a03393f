/**
 * Shapes of the REST API's JSON (see /api/openapi.json). Only what the web application reads is
 * typed strictly; catalog objects keep their extra fields (name_en, source_line, …) as optional.
 */

export type Status = '1A' | '1B' | '1C' | '2' | '3';
export const STATUSES: readonly Status[] = ['1A', '1B', '1C', '2', '3'];

export type Band = '80-<100' | '50-<80' | '<50';
export const BANDS: readonly Band[] = ['80-<100', '50-<80', '<50'];

export type Direction = 'increase' | 'decrease' | 'maintain';
export type NodeLevel = 'goal' | 'impact' | 'outcome' | 'output' | 'other';
export type ObservationFlag = 'preliminary' | 'estimate' | 'provisional' | 'reference' | 'final';
export const OBSERVATION_FLAGS: readonly ObservationFlag[] = ['preliminary', 'estimate', 'provisional', 'reference', 'final'];

export type StatusCounts = Record<Status, number>;
export type BandCounts = Record<Band, number>;

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

export interface KpiEvaluation {
  id: string;
  node: string;
  name: string;
  unit: string;
  direction: Direction;
  status: Status;
  progress: number | null;
  progress_exact: number | null;
  band: Band | null;
  reached: boolean | null;
  target_kind: 'numeric' | 'direction' | 'relative' | 'none';
  baseline: { period: string; value: number } | null;
  target: { period: string | null; value: number | null; text: string | null } | null;
  actual: { period: string; value: number; flag: string | null; flag_label: string | null } | null;
  target_due: boolean | null;
  on_track: boolean | null;
  expected: number | null;
  pre_revision_target_reached: boolean;
  reason: string;
  components?: KpiEvaluation[];
}

export interface NodeSummary {
  node: string;
  name: string;
  level: NodeLevel;
  parent: string | null;
  own: number;
  total: number;
  by_status: StatusCounts;
  by_band: BandCounts;
}

export interface EvaluationSummary {
  as_of: string;
  total: number;
  by_status: StatusCounts;
  by_band: BandCounts;
  by_node: NodeSummary[];
}

export interface CatalogEvaluation {
  strategy: { id: string; name: string };
  as_of: string;
  kpis: KpiEvaluation[];
  summary: EvaluationSummary;
}

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

export interface SearchResult {
  type: 'kpi' | 'node';
  strategy: string;
  id: string;
  name: string;
  node: string | null;
  match: string;
}

export interface SearchResponse {
  query: string;
  results: SearchResult[];
}
