/** Routes of one area: its profile (地域カルテ) and its similar municipalities (類似団体). */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { errorResponses } from '../../../infra/http/errors.ts';
import { findSimilarAreas } from '../read/find-similar-areas.ts';
import { getAreaProfile } from '../read/get-area-profile.ts';
import type { StatisticsReader } from '../read/statistics-reader.ts';
import { areaParam, ProfileSchema, SimilarSchema } from './schemas.ts';

const profileRoute = createRoute({
  method: 'get',
  path: '/areas/{code}/profile',
  tags: ['statistics'],
  summary: "地域カルテ / an area's population and key indicators",
  description:
    "population.series from the resident register (住民基本台帳); indicators: the latest value of every indicator the area has (except the 5-year age groups and those whose latest value ends more than 5 years before the area's newest, listed in omitted_indicators), with its prefecture's and the nation's value for the same period. pyramid: 5-year age groups by sex from the indicators age5_<from>_<to>_<sex> (住民基本台帳), or census_age5_… (国勢調査) where the area has no register groups; null when neither.",
  request: { params: areaParam },
  responses: { 200: { content: { 'application/json': { schema: ProfileSchema } }, description: 'OK' }, ...errorResponses },
});

const similarRoute = createRoute({
  method: 'get',
  path: '/areas/{code}/similar',
  tags: ['statistics'],
  summary: '類似団体 / similar municipalities',
  description:
    'method=population_structure: same 団体種別 and 総務省-style population band, ranked by closeness of 高齢化率 and 5-year 人口増減率 (method.description explains it in Japanese). The industry-structure axis of the official 類似団体区分 is not used (no industry data).',
  request: {
    params: areaParam,
    query: z.object({ count: z.coerce.number().int().min(1).max(50).optional().default(10), method: z.enum(['population_structure']).optional().default('population_structure') }),
  },
  responses: { 200: { content: { 'application/json': { schema: SimilarSchema } }, description: 'OK' }, ...errorResponses },
});

export function mountAreaRoutes(app: OpenAPIHono, reader: StatisticsReader) {
  app.openapi(profileRoute, async (c) => c.json((await getAreaProfile(reader, c.req.valid('param').code)) as never, 200));

  app.openapi(similarRoute, async (c) => {
    const { count } = c.req.valid('query');
    return c.json((await findSimilarAreas(reader, c.req.valid('param').code, count)) as never, 200);
  });
}
