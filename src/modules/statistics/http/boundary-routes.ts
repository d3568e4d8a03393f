/** The boundaries behind the maps: GeoJSON, cached by the browser for a day, gzip when accepted. */
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { errorResponses } from '../../../infra/http/errors.ts';
import { NotFoundError } from '../../../shared/errors.ts';
import { BOUNDARY_LEVELS, type BoundaryCache, type BoundaryLevel } from '../reference/boundaries.ts';
import { Attribution } from './schemas.ts';

export function mountBoundaryRoutes(app: OpenAPIHono, boundaries: BoundaryCache) {
  app.openAPIRegistry.registerPath({
    method: 'get',
    path: '/boundaries/{level}.geojson',
    tags: ['statistics'],
    summary: '境界（GeoJSON） / boundaries for the maps',
    description:
      'GeoJSON FeatureCollection; feature.id and properties.code = 6-digit 団体コード, properties.name, properties.pref_code; `attribution` (foreign member) gives the 出典. Municipalities: 1,741 + 6 Northern-Territories villages, designated cities as one area. Served gzip-compressed when accepted; Cache-Control: public, max-age=86400.',
    request: { params: z.object({ level: z.enum(BOUNDARY_LEVELS).openapi({ param: { name: 'level', in: 'path' } }) }) },
    responses: {
      200: {
        content: { 'application/geo+json': { schema: z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()), attribution: Attribution }) } },
        description: 'OK',
      },
      ...errorResponses,
    },
  });
  app.get('/boundaries/:file', (c) => {
    const m = /^(prefecture|municipality)\.geojson$/.exec(c.req.param('file'));
    if (!m) throw new NotFoundError(`境界「${c.req.param('file')}」はありません（prefecture.geojson または municipality.geojson）`);
    const b = boundaries.get(m[1] as BoundaryLevel);
    const headers: Record<string, string> = {
      'content-type': 'application/geo+json; charset=utf-8',
      'cache-control': 'public, max-age=86400',
      etag: b.etag,
      vary: 'Accept-Encoding',
    };
    if (c.req.header('if-none-match') === b.etag) return c.body(null, 304, headers);
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) return c.body(b.gzip as never, 200, { ...headers, 'content-encoding': 'gzip' });
    return c.body(b.json, 200, headers);
  });
}
