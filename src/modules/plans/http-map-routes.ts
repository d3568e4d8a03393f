/** OpenAPI definitions of the 国内投資マップ and its snapshots (the export's is in http-routes.ts). */
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses, writeErrorResponses } from '../../infra/http/errors.ts';
import { idParam } from '../../infra/http/params.ts';
import { XLSX } from '../../infra/http/download.ts';
import { STRATEGIC_FIELDS } from './domain/plan-types.ts';

const list = (values: string, what: string) =>
  z
    .string()
    .max(100)
    .regex(new RegExp(`^(${values})(,(${values}))*$`), { error: `${what}をカンマ区切りで指定してください` });

const fy = z.coerce
  .number({ error: '年度は西暦の数字（例: 2027）で指定してください' })
  .int({ error: '年度は整数で指定してください' })
  .min(2000, { error: '年度は2000〜2100で指定してください' })
  .max(2100, { error: '年度は2000〜2100で指定してください' });

const Area = z.object({
  code: z.string().openapi({ description: '団体コード (6 digits)' }),
  name: z.string(),
  projects: z.number().int(),
  amount_yen: z.number(),
  amount_yen_exact: z.string(),
  amount_per_capita_yen: z.number().nullable(),
  population: z.number().nullable(),
});

const Project = z
  .object({
    plan_id: z.string(),
    plan_title: z.string(),
    plan_type: z.enum(['A', 'B', 'C']),
    plan_status: z.string(),
    project_id: z.string(),
    title: z.string(),
    investor_name: z.string(),
    amount_yen: z.number(),
    invest_date: z.string().nullable(),
    invest_fy: z.number().nullable(),
    pref_code: z.string(),
    muni_code: z.string(),
    muni_name: z.string(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    located: z.enum(['point', 'municipality']).openapi({ description: "point: the project's own; municipality: placed at its municipality" }),
    plan_url: z.string(),
  })
  .catchall(z.unknown());

export const investmentMapRoute = createRoute({
  method: 'get',
  path: '/investment-map',
  tags: ['plans'],
  summary: '国内投資マップ（公表された計画の投資案件と地域別の合計） / the national investment map',
  description:
    'Public, published plans only. level=prefecture (default, all 47) | municipality. type: A,B,C (comma list); status: published,in_execution,evaluated,withdrawn (default: all but withdrawn); field: A’s strategic field; year_from / year_to: 年度 of the investment date (a project without a date is left out once either is set). Per capita: each area’s latest 総人口 in the statistics store.',
  request: {
    query: z.object({
      level: z.enum(['prefecture', 'municipality'], { error: '集計の単位は prefecture（都道府県）か municipality（市区町村）で指定してください' }).optional(),
      type: list('A|B|C', '計画の種類（A・B・C）').optional(),
      status: list('published|in_execution|evaluated|withdrawn', '計画の状態').optional(),
      field: z.enum(STRATEGIC_FIELDS, { error: '17の戦略分野のいずれかを指定してください' }).optional(),
      year_from: fy.optional(),
      year_to: fy.optional(),
      plan_id: z
        .string()
        .regex(/^[a-z]-[0-9a-f]{12}$/, { error: '計画のIDが正しくありません（例: b-1a2b3c4d5e6f）' })
        .optional()
        .openapi({ description: 'only the projects of this (published) plan' }),
    }),
  },
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z
            .object({ level: z.string(), total: Area.omit({ population: true }).extend({ code: z.string() }), areas: z.array(Area), projects: z.array(Project) })
            .catchall(z.unknown()),
        },
      },
      description: 'OK',
    },
    ...errorResponses,
  },
});

const Snapshot = z.object({ id: z.string(), title: z.string(), as_of: z.string(), published_at: z.string(), projects: z.number().int(), amount_yen: z.number() });
export const snapshotParam = z.object({ snapshotId: idParam('snapshotId', 'snap-2027-04-01-1a2b3c') });

export const listSnapshotsRoute = createRoute({
  method: 'get',
  path: '/investment-map/snapshots',
  tags: ['plans'],
  summary: '国内投資マップのスナップショット一覧 / published snapshots, newest first',
  responses: { 200: { content: { 'application/json': { schema: z.object({ snapshots: z.array(Snapshot) }) } }, description: 'OK' }, ...errorResponses },
});

export const publishSnapshotRoute = createRoute({
  method: 'post',
  path: '/investment-map/snapshots',
  tags: ['plans'],
  summary: 'スナップショットを公表（事務局、X-CSRF-Token） / publish a dated snapshot of the map',
  request: {
    body: {
      content: {
        'application/json': { schema: z.object({ title: z.string().max(200), as_of: z.string().max(10).optional().openapi({ description: 'YYYY-MM-DD; default today' }) }) },
      },
      required: true,
    },
  },
  responses: {
    201: {
      content: { 'application/json': { schema: z.object({ id: z.string(), title: z.string(), as_of: z.string(), projects: z.number().int(), amount_yen: z.number() }) } },
      description: 'created',
    },
    ...writeErrorResponses,
  },
});

export const getSnapshotRoute = createRoute({
  method: 'get',
  path: '/investment-map/snapshots/{snapshotId}',
  tags: ['plans'],
  summary: 'スナップショットの内容 / one snapshot (its projects and totals by prefecture)',
  request: { params: snapshotParam },
  responses: { 200: { content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } }, description: 'OK' }, ...errorResponses },
});

export const compareSnapshotRoute = createRoute({
  method: 'get',
  path: '/investment-map/snapshots/{snapshotId}/compare',
  tags: ['plans'],
  summary: 'スナップショットの比較（前回との差分、Excel可） / a snapshot compared with the previous one',
  description: 'against: another snapshot (default: the one published before). format=xlsx: 概要・都道府県別・追加・削除・変更.',
  request: {
    params: snapshotParam,
    query: z.object({ against: z.string().max(100).optional(), format: z.enum(['json', 'xlsx'], { error: '形式は json か xlsx で指定してください' }).optional() }),
  },
  responses: {
    200: { content: { 'application/json': { schema: z.record(z.string(), z.unknown()) }, [XLSX]: { schema: z.string() } }, description: 'OK' },
    ...errorResponses,
  },
});
