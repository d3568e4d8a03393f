/** REST routes of the rule book: GET /api/v1/rules — every parameter with its source and period. */
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses } from '../../infra/http/errors.ts';
import { createRouter } from '../../infra/http/router.ts';
import { PROGRAM_LABELS, type RuleParameter, type RuleProgram } from './domain/rule-parameter.ts';
import { listRuleParameters } from './domain/rulebook.ts';
import { isDay } from './domain/rules-in-force.ts';

const PROGRAMS = Object.keys(PROGRAM_LABELS) as [RuleProgram, ...RuleProgram[]];

export const RuleSourceSchema = z
  .object({
    kind: z.enum(['seed', 'public', 'decision']).openapi({
      description: "seed: the seeds' text (document and lines); public: a public source outside them (url); decision: Sousei's decision where the documents are silent",
    }),
    document: z.string(),
    lines: z.string().optional(),
    file: z.string().optional(),
    url: z.string().optional(),
    ruleId: z.string().optional().openapi({ description: 'id in shared/reference/grants-and-tax-rules.json' }),
  })
  .openapi('RuleSource');

export const RuleParameterSchema = z
  .object({
    id: z.string().openapi({ example: 'kfn.juminzei.cap' }),
    program: z.enum(PROGRAMS),
    label: z.string(),
    value: z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]),
    unit: z.string(),
    effective_from: z.string(),
    effective_to: z.string().nullable(),
    binding: z.enum(['hard', 'guideline']).optional(),
    source: RuleSourceSchema,
    note: z.string(),
  })
  .openapi('RuleParameter');

export const ruleParameterJson = (p: RuleParameter) => ({
  id: p.id,
  program: p.program,
  label: p.label,
  value: p.value as number | boolean | string | string[],
  unit: p.unit,
  effective_from: p.effectiveFrom,
  effective_to: p.effectiveTo,
  ...(p.binding ? { binding: p.binding } : {}),
  source: p.source,
  note: p.note,
});

const listRoute = createRoute({
  method: 'get',
  path: '/rules',
  tags: ['rules'],
  summary: '制度の規定値（率・上限・期間・件数）と根拠 / rule parameters with sources and effective periods',
  description: 'Every rate, cap, period and limit the calculators and the grant checks use. With `as_of`, only those in force on that day.',
  request: {
    query: z.object({
      program: z.enum(PROGRAMS).optional(),
      as_of: z.string().refine(isDay, '評価日は YYYY-MM-DD で指定してください').optional().openapi({ example: '2026-12-01' }),
    }),
  },
  responses: {
    200: { content: { 'application/json': { schema: z.object({ programs: z.record(z.string(), z.string()), parameters: z.array(RuleParameterSchema) }) } }, description: 'OK' },
    ...errorResponses,
  },
});

export function rulebookRoutes() {
  const app = createRouter();
  app.openapi(listRoute, (c) => {
    const q = c.req.valid('query');
    return c.json({ programs: PROGRAM_LABELS, parameters: listRuleParameters({ program: q.program, asOf: q.as_of }).map(ruleParameterJson) }, 200);
  });
  return app;
}
