/** REST routes of the local-government module (/api/v1/areas…). */
import { createRouter } from '../../infra/http/router.ts';
import { createRoute, z } from '@hono/zod-openapi';
import type { Database } from '../../db/client.ts';
import { errorResponses } from '../../infra/http/errors.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { readLocalGovCode } from '../../shared/local-gov-code.ts';
import { getArea, listAreas } from './repository.ts';
import type { AreaRow } from './schema.ts';

const AreaSchema = z
  .object({
    code: z.string().openapi({ example: '131016', description: '全国地方公共団体コード (6 digits incl. check digit)' }),
    pref_code: z.string().nullable(),
    level: z.enum(['nation', 'prefecture', 'municipality', 'ward']),
    type: z.string().openapi({ example: '特別区' }),
    name: z.string().openapi({ example: '千代田区' }),
    kana: z.string().nullable(),
    name_en: z.string().nullable(),
    parent_code: z.string().nullable(),
    county: z.string().nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    valid_from: z.string().nullable(),
    valid_to: z.string().nullable(),
  })
  .openapi('Area');

const toJson = (a: AreaRow) => ({
  code: a.code,
  pref_code: a.prefCode,
  level: a.level,
  type: a.type,
  name: a.name,
  kana: a.kana,
  name_en: a.nameEn,
  parent_code: a.parentCode,
  county: a.county,
  lat: a.lat,
  lng: a.lng,
  valid_from: a.validFrom,
  valid_to: a.validTo,
});

export function localGovRoutes(db: Database) {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/areas',
      tags: ['areas'],
      summary: '地域（国・都道府県・市区町村）の一覧 / list areas',
      request: {
        query: z.object({
          level: z.enum(['nation', 'prefecture', 'municipality', 'ward']).optional(),
          pref_code: z
            .string()
            .regex(/^\d{2}$/)
            .optional()
            .openapi({ example: '13' }),
        }),
      },
      responses: { 200: { content: { 'application/json': { schema: z.object({ areas: z.array(AreaSchema) }) } }, description: 'OK' }, ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json({ areas: (await listAreas(db, { level: q.level, prefCode: q.pref_code })).map(toJson) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/areas/{code}',
      tags: ['areas'],
      summary: '団体コードで地域を取得 / one area by its code (5 or 6 digits)',
      request: { params: z.object({ code: z.string().openapi({ param: { name: 'code', in: 'path' }, example: '13101' }) }) },
      responses: { 200: { content: { 'application/json': { schema: AreaSchema } }, description: 'OK' }, ...errorResponses },
    }),
    async (c) => {
      const code = readLocalGovCode(c.req.valid('param').code, { column: 'code' });
      const area = await getArea(db, code);
      if (!area) throw new NotFoundError(`団体コード「${code}」の地域はありません`);
      return c.json(toJson(area), 200);
    },
  );
  return app;
}
