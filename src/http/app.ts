/**
 * The HTTP composition root: mounts each module's routes under /api/v1, serves the OpenAPI
 * document at /api/openapi.json, and maps domain errors to HTTP status codes.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Database } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { kpiRoutes } from '../modules/kpi/http.ts';
import { localGovRoutes } from '../modules/local-gov/http.ts';
import { errorResponse } from './errors.ts';
import { landingPage } from './landing-page.ts';

export interface AppDeps {
  db: Database;
  logger?: Logger;
  version?: string;
}

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono({
    // Validation failures in the same error shape as everything else.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({ column: i.path.join('.'), code: 'invalid_parameter', reason: i.message }));
        return c.json({ error: { code: 'invalid_input', message: issues.map((i) => `${i.column}: ${i.reason}`).join('\n'), issues } }, 400);
      }
    },
  });

  app.onError((err, c) => {
    const mapped = errorResponse(err, c);
    if (mapped) return mapped;
    deps.logger?.error({ err, path: c.req.path }, 'unhandled error');
    return c.json({ error: { code: 'internal', message: 'サーバー内部エラーが発生しました / internal error' } }, 500);
  });

  app.get('/api/v1/health', async (c) => c.json({ status: 'ok', version: deps.version ?? 'dev' }));
  app.route('/api/v1', kpiRoutes(deps.db));
  app.route('/api/v1', localGovRoutes(deps.db));

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Sousei API',
      version: deps.version ?? '0.1.0',
      description: '地方創生の KPI・PDCA プラットフォーム Sousei の REST API。評価手法は地方創生 KPI 検証（進捗率・①A/①B/①C/②/③）に従う。',
      license: { name: 'MIT' },
    },
    servers: [{ url: '/' }],
  });

  app.get('/', (c) => c.html(landingPage()));
  return app;
}
