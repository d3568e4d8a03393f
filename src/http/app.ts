/**
 * The HTTP composition root: security headers, sessions, each module's routes under /api/v1,
 * the OpenAPI document at /api/openapi.json, the web application (web/dist) for everything else,
 * and domain errors mapped to HTTP status codes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { compress } from 'hono/compress';
import { secureHeaders } from 'hono/secure-headers';
import type { Database } from '../db/client.ts';
import type { Logger } from '../infra/logger.ts';
import type { Context } from 'hono';
import { createRouter } from '../infra/http/router.ts';
import { sessionMiddleware, type AuthEnv } from '../modules/auth/index.ts';
import { EXTENSIONS, MODULES } from '../platform/modules.ts';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { trustProxySetting } from '../config.ts';
import { errorResponse, isDataException } from '../infra/http/errors.ts';
import { landingPage } from './landing-page.ts';
import { clientAddress, evaluateRateLimiter, extractRateLimiter, publicCalcRateLimiter, rateLimit } from './rate-limit.ts';
import { requestGuard } from './request-guard.ts';
import { RouteTable } from './route-table.ts';

export const WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface AppDeps {
  db: Database;
  logger?: Logger;
  version?: string;
  /** Secure attribute on the session cookie (set when served over HTTPS) */
  secureCookies?: boolean;
  /** built web application; defaults to web/dist when it exists */
  webRoot?: string | null;
  /** the audit chain's last verification, shown on /api/v1/health */
  auditStatus?: () => { state: string; verified_at: string | null; entries: number | null };
  /** behind a trusted reverse proxy: client addresses from X-Forwarded-For (default: SOUSEI_TRUST_PROXY) */
  trustProxy?: boolean;
  /** limiter of POST /api/v1/evaluate per client address (default: limits.ts; null: none) */
  evaluateRateLimiter?: RateLimiterAbstract | null;
  /** limiters of POST /api/v1/grants/check and POST /api/v1/calc/* (default: limits.ts; null: none) */
  publicCalcRateLimiters?: { grantCheck: RateLimiterAbstract; calc: RateLimiterAbstract } | null;
  /** limiter of POST /api/v1/strategy-documents/extract per client address (default: limits.ts; null: none) */
  extractRateLimiter?: RateLimiterAbstract | null;
}

/** The Content-Security-Policy and the other security headers of every response. */
const SECURE_HEADERS: Parameters<typeof secureHeaders>[0] = {
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // ECharts and React set style attributes.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    connectSrc: ["'self'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    baseUri: ["'self'"],
  },
};

export function createApp(deps: AppDeps) {
  const app = createRouter<AuthEnv>();

  app.onError((err, c) => {
    // A value only the database refused means a check upstream is missing: answered as the
    // client's error, but logged so that the check gets added.
    if (isDataException(err)) deps.logger?.warn({ err, method: c.req.method, route: c.req.routePath }, 'value refused by the database');
    const mapped = errorResponse(err, c);
    if (mapped) return mapped;
    // The logger's serializer keeps the error's type, code and stack frames only (no query
    // parameters or database details); the request is named by its route, not its URL or body.
    deps.logger?.error({ err, method: c.req.method, route: c.req.routePath }, 'unhandled error');
    return c.json({ error: { code: 'internal', message: 'サーバー内部エラーが発生しました / internal error' } }, 500);
  });

  app.use('*', secureHeaders(SECURE_HEADERS));
  // The public evaluation is rate limited first (before its body is read), then malformed paths,
  // queries and bodies stop in the guard, before the session is looked up or a handler runs
  // (request-guard.ts; every limit is in limits.ts).
  const routes = new RouteTable(
    () => app.routes,
    (path) => path.startsWith('/api/') && path !== '/api/*',
  );
  const trustProxy = deps.trustProxy ?? trustProxySetting.safeParse(process.env.SOUSEI_TRUST_PROXY).data ?? false;
  const evaluateLimiter = deps.evaluateRateLimiter === undefined ? evaluateRateLimiter() : deps.evaluateRateLimiter;
  if (evaluateLimiter) app.post('/api/v1/evaluate', rateLimit(evaluateLimiter, { trustProxy, what: 'カタログの評価（/api/v1/evaluate）' }));
  const calcLimiters =
    deps.publicCalcRateLimiters === undefined ? { grantCheck: publicCalcRateLimiter('grant-check'), calc: publicCalcRateLimiter('calc') } : deps.publicCalcRateLimiters;
  if (calcLimiters) {
    app.post('/api/v1/grants/check', rateLimit(calcLimiters.grantCheck, { trustProxy, what: '交付要件の確認（/api/v1/grants/check）' }));
    app.post('/api/v1/calc/*', rateLimit(calcLimiters.calc, { trustProxy, what: '計算（/api/v1/calc）' }));
  }
  const extractLimiter = deps.extractRateLimiter === undefined ? extractRateLimiter() : deps.extractRateLimiter;
  if (extractLimiter) app.post('/api/v1/strategy-documents/extract', rateLimit(extractLimiter, { trustProxy, what: 'KPI の抽出（/api/v1/strategy-documents/extract）' }));
  app.use('/api/*', requestGuard({ routes }));
  // JSON for all municipalities is hundreds of KB: gzip it for clients that accept it.
  app.use('/api/*', compress());
  app.use('/api/*', sessionMiddleware(deps.db));

  app.get('/api/v1/health', async (c) => c.json({ status: 'ok', version: deps.version ?? 'dev', ...(deps.auditStatus ? { audit_chain: deps.auditStatus() } : {}) }));
  const routeDeps = {
    db: deps.db,
    logger: deps.logger,
    extensions: EXTENSIONS,
    secureCookies: deps.secureCookies ?? false,
    clientAddress: (c: Context) => clientAddress(c, trustProxy),
  };
  for (const m of MODULES) if (m.routes) app.route('/api/v1', m.routes(routeDeps));

  app.doc31('/api/openapi.json', openApiInfo(deps.version));
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `API「${c.req.path}」はありません` } }, 404));

  serveWeb(app, deps.webRoot === undefined ? (existsSync(`${WEB_ROOT}index.html`) ? WEB_ROOT : null) : deps.webRoot);
  return app;
}

/** The web application (web/dist) for every path that is not the API, or a landing page without a build. */
function serveWeb(app: ReturnType<typeof createRouter<AuthEnv>>, webRoot: string | null): void {
  if (webRoot) {
    // Hashed asset names never change content: cache them for a year.
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('/*', serveStatic({ root: webRoot }));
    // Client-side routes (/strategies/…, /search, …) get the application shell, read each time
    // (a few hundred bytes) so a rebuilt web/dist is served without a restart.
    app.get('*', (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(readFileSync(`${webRoot}index.html`, 'utf8'));
    });
  } else {
    app.get('/', (c) => c.html(landingPage()));
  }
}

/** The OpenAPI document's head (the paths come from the modules' route definitions). */
const openApiInfo = (version: string | undefined) => ({
  openapi: '3.1.0',
  info: {
    title: 'Sousei API',
    version: version ?? '0.1.0',
    description:
      '地方創生の KPI・PDCA プラットフォーム Sousei の REST API。評価手法は地方創生 KPI 検証（進捗率・①A/①B/①C/②/③）に従う。書き込みはログイン（セッションCookie）と X-CSRF-Token ヘッダーが必要。',
    license: { name: 'MIT' },
  },
  servers: [{ url: '/' }],
});
