/**
 * The OpenAPI definitions of POST /api/v1/strategy-documents/extract (served by a plain handler:
 * multipart) and POST /api/v1/strategy-documents/accept (the reviewed draft → a new strategy).
 */
import { createRoute, z, type RouteConfig } from '@hono/zod-openapi';
import { conflictResponse, evaluateErrorResponses, writeErrorResponses } from '../../infra/http/errors.ts';
import { MAX_NAME_LENGTH } from '../../shared/input-limits.ts';
import { EXTRACT_RATE_POINTS, EXTRACT_RATE_WINDOW_SECONDS, formatSize, UPLOAD_BODY_LIMIT } from '../../infra/http/limits.ts';

const SourceSchema = z.object({ page: z.number().int().nullable(), line: z.number().int(), text: z.string() });

const DraftKpiSchema = z
  .object({
    id: z.string(),
    node: z.string(),
    name: z.string(),
    unit: z.string(),
    direction: z.enum(['increase', 'decrease', 'maintain']),
    baseline: z.object({ value: z.number(), period: z.string() }).nullable(),
    baseline_text: z.string().optional(),
    targets: z.array(
      z.object({ value: z.number().nullable(), period: z.string().nullable(), text: z.string(), relative_to: z.string().optional(), window_from: z.string().optional() }),
    ),
    target_text: z.string().nullable(),
    source: SourceSchema,
    layout: z.enum(['table', 'inline', 'labelled', 'sentence']),
    confidence: z.number(),
    warnings: z.array(z.string()),
  })
  .openapi('DraftKpi');

export const DraftCatalogSchema = z
  .object({
    strategy: z.object({ id: z.string(), name: z.string(), draft: z.literal(true), source_file: z.string() }),
    nodes: z.array(
      z.object({
        id: z.string(),
        parent: z.string().nullable(),
        level: z.string(),
        name: z.string(),
        code: z.string().nullable().optional(),
        source: SourceSchema.optional().openapi({ description: 'the heading line the node comes from (absent on the `document` node)' }),
      }),
    ),
    kpis: z.array(DraftKpiSchema),
  })
  .openapi('DraftCatalog', {
    description: 'the JSON interchange format (accepted by POST /api/v1/evaluate and `sousei import` once reviewed), plus source, layout, confidence, warnings per KPI',
  });

const DocumentLineSchema = z
  .object({
    page: z.number().int().nullable(),
    line: z.number().int(),
    text: z.string(),
    cells: z.array(z.string()).optional(),
    heading: z.number().int().optional().openapi({ description: ".docx: Word's heading level (見出し 1–6)" }),
    box: z.object({ top: z.number(), height: z.number(), left: z.array(z.number()), right: z.array(z.number()) }).optional(),
  })
  .openapi('DocumentLine');

export const ExtractResponseSchema = z.object({
  draft: DraftCatalogSchema,
  document: z.object({
    format: z.enum(['pdf', 'docx', 'text']),
    pages: z.number().int().nullable(),
    encoding: z.string().optional(),
    lines: z.array(DocumentLineSchema),
  }),
});

export const extractDoc: RouteConfig = {
  method: 'post',
  path: '/strategy-documents/extract',
  tags: ['strategy documents'],
  summary: '戦略の文書から KPI の下書きを抽出（保存しない） / extract a draft KPI catalog from a strategy document (nothing stored)',
  description: `Public (no sign-in), stateless. multipart/form-data with \`file\` (PDF, Word .docx, or text in UTF-8/Shift_JIS; the type is read from the bytes) and optional \`name\` (the draft's name). Answers the draft in the JSON interchange format, every KPI with \`source: {page, line, text}\`, a confidence and warnings, and the document's lines for side-by-side review. A broken, encrypted or mislabelled file is a 400 naming the file and the reason. The body is at most ${formatSize(UPLOAD_BODY_LIMIT)} (413 beyond); each client address may call it ${EXTRACT_RATE_POINTS} times per ${EXTRACT_RATE_WINDOW_SECONDS} s (429 with Retry-After beyond).`,
  request: {
    body: {
      content: { 'multipart/form-data': { schema: z.object({ file: z.string().openapi({ format: 'binary' }), name: z.string().max(MAX_NAME_LENGTH).optional() }) } },
      required: true,
    },
  },
  responses: { 200: { content: { 'application/json': { schema: ExtractResponseSchema } }, description: 'the draft and the document' }, ...evaluateErrorResponses },
};

/** A reviewed KPI: the draft's fields, values as numbers or as written (「1,500万」); checked by the KPI module's reader. */
const ReviewedKpiSchema = z.record(z.string(), z.unknown()).openapi('ReviewedKpi', {
  description: 'one KPI of the draft as reviewed, in the JSON interchange format (id, name, unit, direction, baseline, targets, target_text; source and layout are kept)',
});

/** A node of the reviewed logic model; checked by the KPI module's reader (ids unique, parents present, no cycle). */
const ReviewedNodeSchema = z.record(z.string(), z.unknown()).openapi('ReviewedNode', {
  description:
    "one node of the logic model as reviewed: id, parent (null at the top), name, level (goal | impact | outcome | output | other; absent: goal at the top, else output); code and source are kept. Each KPI's `node` names one",
});

export const acceptRoute = createRoute({
  method: 'post',
  path: '/strategy-documents/accept',
  tags: ['strategy documents'],
  summary: "確認した下書きから自団体の戦略を作成（編集者、X-CSRF-Token） / create the own government's strategy from a reviewed draft (editors; audited)",
  description:
    "Signed in as an editor (or admin) of a local government: the strategy is created for the user's own 団体コード (never one from the request), with id `<団体コード>-<first year>` (`-2`, `-3` … when taken), the logic model's `nodes` as reviewed (absent: one node named after the strategy) and the KPIs as reviewed. All or nothing: every problem is a 400 issue whose `column` is the JSON path (`kpis[2].targets[0].value`, `nodes[1].parent`) and whose reason names the KPI or the node.",
  request: {
    body: {
      content: {
        'application/json': {
          schema: z.object({
            name: z.string().max(1000).openapi({ example: 'みなと市 第2期総合戦略' }),
            from: z.string().max(100).openapi({ example: '2026年度' }),
            to: z.string().max(100).openapi({ example: '2030年度' }),
            source_file: z.string().max(MAX_NAME_LENGTH).optional(),
            nodes: z.array(ReviewedNodeSchema).max(1000).optional(),
            kpis: z.array(ReviewedKpiSchema).max(5000),
          }),
        },
      },
      required: true,
    },
  },
  responses: {
    201: {
      content: { 'application/json': { schema: z.object({ strategy: z.object({ id: z.string(), owner_code: z.string(), name: z.string(), kpis: z.number().int() }) }) } },
      description: 'created',
    },
    ...writeErrorResponses,
    ...conflictResponse,
  },
});
