/**
 * GET /import-templates/<kind>?format=csv|xlsx — the download of an import's template
 * (src/shared/import-template.ts). Each module mounts the templates of its own imports.
 */
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { templateFile, type ImportTemplate } from '../../shared/import-template.ts';
import { XLSX, download } from './download.ts';
import { errorResponses } from './errors.ts';

export function mountTemplateRoute<E extends Env>(app: OpenAPIHono<E>, kind: string, template: ImportTemplate, what: string): void {
  const route = createRoute({
    method: 'get',
    path: `/import-templates/${kind}`,
    tags: ['imports'],
    summary: `${what}の取り込み用テンプレート / template for importing ${kind}`,
    description:
      'format=csv (default; UTF-8 with BOM) | xlsx. The documented Japanese headers and one example row; importing the template unchanged is refused (template_example) and stores nothing.',
    request: { query: z.object({ format: z.enum(['csv', 'xlsx']).optional() }) },
    responses: {
      200: { content: { 'text/csv': { schema: z.string() }, [XLSX]: { schema: z.string() } }, description: 'OK' },
      ...errorResponses,
    },
  });
  app.openapi(route, async (c) => {
    const f = await templateFile(template, c.req.valid('query').format ?? 'csv');
    return download(f.bytes, f.type, f.filename) as never;
  });
}
