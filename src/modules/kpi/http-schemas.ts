/** OpenAPI descriptions of the KPI API's responses (documentation for API users). */
import { z } from '@hono/zod-openapi';

const counts = (keys: readonly string[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])));
const StatusCounts = counts(['1A', '1B', '1C', '2', '3']).openapi('StatusCounts');
const BandCounts = counts(['80-<100', '50-<80', '<50']).openapi('BandCounts');

const KpiEvaluationBase = z.object({
  id: z.string(),
  node: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(['increase', 'decrease', 'maintain']),
  status: z.enum(['1A', '1B', '1C', '2', '3']).openapi({ description: '1A 目標達成 / 1B 進捗 / 1C 数値目標なし / 2 進捗なし・悪化 / 3 測定不能' }),
  progress: z.number().int().nullable().openapi({ description: '進捗率 (%), rounded half away from zero' }),
  progress_exact: z.number().nullable(),
  band: z.enum(['80-<100', '50-<80', '<50']).nullable(),
  reached: z.boolean().nullable(),
  target_kind: z.enum(['numeric', 'direction', 'relative', 'none']),
  baseline: z.object({ period: z.string(), value: z.number() }).nullable(),
  target: z.object({ period: z.string().nullable(), value: z.number().nullable(), text: z.string().nullable() }).nullable(),
  actual: z.object({ period: z.string(), value: z.number(), flag: z.string().nullable(), flag_label: z.string().nullable() }).nullable(),
  target_due: z.boolean().nullable(),
  on_track: z.boolean().nullable(),
  expected: z.number().nullable(),
  pre_revision_target_reached: z.boolean(),
  reference: z
    .object({ name: z.string(), bound: z.boolean(), series: z.string().nullable(), period: z.string().nullable(), value: z.number().nullable() })
    .optional()
    .openapi({ description: 'relative targets (東京圏以上, 全国平均と同水準): the reference series; bound false = 比較対象未登録 (③)' }),
  reason: z.string().openapi({ example: '基準値から目標値までの進捗率 64%（①B）' }),
});
export const KpiEvaluationSchema = KpiEvaluationBase.extend({ components: z.array(KpiEvaluationBase).optional() }).openapi('KpiEvaluation');

export const EvaluationSchema = z
  .object({
    strategy: z.object({ id: z.string(), name: z.string() }),
    as_of: z.string().openapi({ example: '2026-11-23' }),
    kpis: z.array(KpiEvaluationSchema),
    summary: z.object({
      as_of: z.string(),
      total: z.number().int(),
      by_status: StatusCounts,
      by_band: BandCounts,
      by_node: z.array(
        z.object({
          node: z.string(),
          name: z.string(),
          level: z.string(),
          parent: z.string().nullable(),
          own: z.number().int(),
          total: z.number().int(),
          by_status: StatusCounts,
          by_band: BandCounts,
        }),
      ),
    }),
  })
  .openapi('Evaluation');

export const StrategyListSchema = z
  .object({
    strategies: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        owner_code: z.string(),
        kpi_count: z.number().int(),
        observation_count: z.number().int(),
        extra: z.record(z.string(), z.unknown()).nullable(),
        updated_at: z.string(),
      }),
    ),
  })
  .openapi('StrategyList');

export const CatalogSchema = z
  .object({ strategy: z.object({ id: z.string(), name: z.string() }).passthrough(), nodes: z.array(z.object({}).passthrough()), kpis: z.array(z.object({}).passthrough()) })
  .passthrough()
  .openapi('Catalog', { description: 'The JSON interchange format (see README)' });

export const AuditSchema = z
  .object({
    entries: z.array(
      z.object({
        id: z.number().int(),
        occurred_at: z.string(),
        actor: z.string().openapi({ description: "'user:<id>', 'cli:<name>' or 'system:<name>' (never an e-mail address)" }),
        actor_label: z.string().openapi({ description: 'who acted, for people: the user’s display name, CLI（…）, システム（…）', example: '企画課 山田' }),
        action: z.string(),
        action_label: z.string().openapi({ description: 'the action’s Japanese name', example: '実績値の登録・更新' }),
        entity_type: z.string(),
        entity_id: z.string(),
        summary: z.string(),
        details: z.unknown(),
      }),
    ),
  })
  .openapi('AuditLog');
