/**
 * Request limits of the REST API, in one place. Each number is the largest honest request plus
 * room, so that no single request can make the server buffer or parse more than it needs to:
 * a body is held in memory whole while it is checked and parsed, and `/api/v1/evaluate` is public
 * (no sign-in), so it is the one a stranger can call in a loop.
 */

const MB = 1024 * 1024;

/**
 * JSON bodies by default (sign-in, bindings, …): a few hundred bytes in practice; 1 MB leaves a
 * thousandfold margin and still bounds parsing to a few milliseconds.
 */
export const JSON_BODY_LIMIT = 1 * MB;

/**
 * Form entry of actual values: up to 10,000 rows are accepted (the schema's limit), each about
 * 100–200 bytes with a source and a note, so 1 MB would refuse allowed submissions.
 */
export const OBSERVATIONS_BODY_LIMIT = 2 * MB;

/**
 * A whole catalog posted for evaluation: the national strategy (79 KPIs with their logic model)
 * is about 190 KB; 5 MB takes a catalog some twenty-five times its size (a prefecture's strategy
 * with all its municipalities' KPIs) while keeping the public route cheap.
 */
export const EVALUATE_BODY_LIMIT = 5 * MB;

/**
 * CSV/Excel uploads (multipart): a year of monthly actuals for every municipality is a few MB as
 * CSV; Excel files are zipped. 20 MB covers those; bigger sets go through the CLI.
 */
export const UPLOAD_BODY_LIMIT = 20 * MB;

/**
 * A plan's entry items as one JSON body: a large A plan (2,000 investment projects at ~0.6 KB, 200
 * measures with their 5W1H items) is about 2 MB; 5 MB leaves room without unbounded parsing.
 */
export const PLAN_BODY_LIMIT = 5 * MB;

/**
 * `POST /api/v1/evaluate` per client address: 30 requests a minute. A person trying catalogs in
 * the web page or a script re-evaluating after each edit stays far below; the whole allowance
 * may be spent at once (a burst), after which the client waits for the minute to pass.
 */
export const EVALUATE_RATE_POINTS = 30;
export const EVALUATE_RATE_WINDOW_SECONDS = 60;

/**
 * The public calculations that store nothing — `POST /api/v1/grants/check` (a few reads per call)
 * and `POST /api/v1/calc/…` — per client address and route family: 300 a minute. The builder's
 * live checks are debounced (one per pause in typing), so a person stays far below; a script
 * checking a batch of applications should use `sousei grants check`.
 */
export const PUBLIC_CALC_RATE_POINTS = 300;
export const PUBLIC_CALC_RATE_WINDOW_SECONDS = 60;

/**
 * `POST /api/v1/strategy-documents/extract` per client address: 30 a minute. Reading a PDF costs
 * tens of milliseconds a page in a worker thread; a planner uploads one document and reviews it.
 */
export const EXTRACT_RATE_POINTS = 30;
export const EXTRACT_RATE_WINDOW_SECONDS = 60;

/** Per-route body limits, keyed by "METHOD route" as the routes are registered in Hono. */
export const ROUTE_BODY_LIMITS: Readonly<Record<string, number>> = {
  'POST /api/v1/evaluate': EVALUATE_BODY_LIMIT,
  'POST /api/v1/strategies/:strategyId/observations': OBSERVATIONS_BODY_LIMIT,
  'POST /api/v1/strategies/:strategyId/imports': UPLOAD_BODY_LIMIT,
  // a strategy document (PDF, .docx, text): a 地方版総合戦略 PDF is a few MB
  'POST /api/v1/strategy-documents/extract': UPLOAD_BODY_LIMIT,
  // a plan's entry items: up to 2,000 investment projects and 200 measures with their 5W1H items
  'POST /api/v1/plans': PLAN_BODY_LIMIT,
  'PUT /api/v1/plans/:planId': PLAN_BODY_LIMIT,
};

/** Routes that take multipart/form-data (file uploads) instead of JSON. */
export const MULTIPART_ROUTES: ReadonlySet<string> = new Set(['POST /api/v1/strategies/:strategyId/imports', 'POST /api/v1/strategy-documents/extract']);

/** "1 MB", "20 MB", "512 KB" (binary units, as the limits above are written). */
export function formatSize(bytes: number): string {
  if (bytes >= MB && bytes % MB === 0) return `${bytes / MB} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} バイト`;
}
