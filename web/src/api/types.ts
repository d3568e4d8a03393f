/**
 * Shapes of the REST API's JSON, taken from the types generated from the OpenAPI document
 * (schema.gen.ts, `npm run openapi:write`). Where the document is looser than what the web reads
 * (the catalog's objects, import results, string-literal vocabularies it types as strings), a
 * narrow alias is kept here; test/openapi-document.test.ts holds those vocabularies against the
 * server's.
 */
import type { components, paths } from './schema.gen.ts';

type Schemas = components['schemas'];
/** The JSON body of a successful GET of an API path. */
export type GetResponse<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer T } } } } } ? T : never;
/** The JSON body of a successful POST to an API path. */
export type PostResponse<P extends keyof paths> = paths[P] extends { post: { responses: { 200: { content: { 'application/json': infer T } } } } } ? T : never;

// The evaluation engine's vocabulary, as the API documents it.
export type KpiEvaluation = Schemas['KpiEvaluation'];
export type Status = KpiEvaluation['status'];
export type Band = NonNullable<KpiEvaluation['band']>;
export type Direction = KpiEvaluation['direction'];
export type StatusCounts = Schemas['StatusCounts'];
export type BandCounts = Schemas['BandCounts'];
export type CatalogEvaluation = Schemas['Evaluation'];
export type EvaluationSummary = CatalogEvaluation['summary'];
export type NodeSummary = EvaluationSummary['by_node'][number];

/** Levels of the logic model (the document types a catalog's nodes loosely). */
export type NodeLevel = 'goal' | 'impact' | 'outcome' | 'output' | 'other';
/** Flags of an actual value (the document types them as strings). */
export type ObservationFlag = 'preliminary' | 'estimate' | 'provisional' | 'reference' | 'final';

export const STATUSES: readonly Status[] = ['1A', '1B', '1C', '2', '3'];

export const BANDS: readonly Band[] = ['80-<100', '50-<80', '<50'];

export const OBSERVATION_FLAGS: readonly ObservationFlag[] = ['preliminary', 'estimate', 'provisional', 'reference', 'final'];

export type ApiErrorBody = Schemas['Error'];
/** An issue of an error body (row, line, column and reason); the client also makes its own. */
export type ApiIssue = Omit<NonNullable<ApiErrorBody['error']['issues']>[number], 'code'> & { code?: string };

type StrategyListItem = Schemas['StrategyList']['strategies'][number];
/** A strategy of the list; `extra` holds the catalog's strategy fields besides id and name. */
export type StrategySummary = Omit<StrategyListItem, 'extra'> & {
  extra?: ({ goal?: string; name_en?: string; period?: { from?: string; to?: string }; edition?: string; source?: string } & Record<string, unknown>) | null;
};

/*
 * The catalog (GET /strategies/{id}, the JSON interchange format): the document gives its objects
 * as open records, so the fields the web reads are typed here; extra fields stay as unknown.
 */
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

/** GET /strategies/{id}/kpis/{kpiId}: the KPI (a catalog object) and its evaluation. */
export type KpiDetail = Omit<GetResponse<'/api/v1/strategies/{strategyId}/kpis/{kpiId}'>, 'kpi'> & { kpi: CatalogKpi };

export type AuditLog = Schemas['AuditLog'];
export type AuditEntry = AuditLog['entries'][number];

export type SessionUser = NonNullable<Schemas['User']>;
export type Role = SessionUser['role'];
export type Session = Schemas['Session'];

export type ObservationInputRow = Omit<
  NonNullable<paths['/api/v1/strategies/{strategyId}/observations']['post']['requestBody']>['content']['application/json']['rows'][number],
  'flag' | 'value' | 'period'
> & { period: string; value: string; flag?: ObservationFlag };

export type ObservationWriteResult = Omit<PostResponse<'/api/v1/strategies/{strategyId}/observations'>, 'result'> & {
  result: { inserted: number; updated: number; unchanged: number; skipped_missing: number };
};

export type ImportEncoding = 'auto' | 'utf8' | 'sjis';

/** The result of a finished import (the document gives it as an open record). */
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

/** An import job as GET /strategies/{id}/imports/{jobId} returns it. */
export type ImportJob = Omit<Schemas['ImportJob'], 'result' | 'error'> & {
  result: ImportResult['result'] | null;
  error: { code: string; message: string; issues?: ApiIssue[] } | null;
};

export type SearchResponse = GetResponse<'/api/v1/search'>;
export type SearchResult = SearchResponse['results'][number];
