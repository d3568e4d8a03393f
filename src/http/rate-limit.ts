/**
 * Rate limiting per client address (rate-limiter-flexible, in memory: one process serves the
 * platform). The address is the socket's peer; X-Forwarded-For is believed only when the
 * platform is configured to sit behind a trusted reverse proxy (SOUSEI_TRUST_PROXY), since any
 * client can send that header.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { errorJson } from '../infra/http/errors.ts';
import {
  EVALUATE_RATE_POINTS,
  EVALUATE_RATE_WINDOW_SECONDS,
  EXTRACT_RATE_POINTS,
  EXTRACT_RATE_WINDOW_SECONDS,
  PUBLIC_CALC_RATE_POINTS,
  PUBLIC_CALC_RATE_WINDOW_SECONDS,
} from '../infra/http/limits.ts';

/** The key used when there is no socket (app.request() in tests, other runtimes). */
export const NO_SOCKET_CLIENT = 'local';

/**
 * The client's address: with a trusted proxy, the last X-Forwarded-For entry (the one the proxy
 * itself appended; earlier entries are whatever the client sent); otherwise the socket's.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req
      .header('x-forwarded-for')
      ?.split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const last = forwarded?.[forwarded.length - 1];
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? NO_SOCKET_CLIENT;
  } catch {
    return NO_SOCKET_CLIENT;
  }
}

/** The limiter of POST /api/v1/evaluate: EVALUATE_RATE_POINTS per EVALUATE_RATE_WINDOW_SECONDS. */
export function evaluateRateLimiter(): RateLimiterAbstract {
  return new RateLimiterMemory({ keyPrefix: 'evaluate', points: EVALUATE_RATE_POINTS, duration: EVALUATE_RATE_WINDOW_SECONDS });
}

/** The limiter of one family of public calculations (grant checks, the calculators). */
export function publicCalcRateLimiter(family: string): RateLimiterAbstract {
  return new RateLimiterMemory({ keyPrefix: `calc-${family}`, points: PUBLIC_CALC_RATE_POINTS, duration: PUBLIC_CALC_RATE_WINDOW_SECONDS });
}

/** The limiter of POST /api/v1/strategy-documents/extract: EXTRACT_RATE_POINTS per EXTRACT_RATE_WINDOW_SECONDS. */
export function extractRateLimiter(): RateLimiterAbstract {
  return new RateLimiterMemory({ keyPrefix: 'extract', points: EXTRACT_RATE_POINTS, duration: EXTRACT_RATE_WINDOW_SECONDS });
}

/** "45秒" / "2分" / "1分30秒" */
function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds}秒`;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s === 0 ? `${m}分` : `${m}分${s}秒`;
}

/** 429 with Retry-After (seconds) once a client has used its allowance. */
export function rateLimit(limiter: RateLimiterAbstract, opts: { trustProxy: boolean; what: string }): MiddlewareHandler {
  return async (c, next) => {
    try {
      await limiter.consume(clientAddress(c, opts.trustProxy));
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      const reason = `${opts.what}の回数が上限（${limiter.points}回／${waitText(limiter.duration)}）に達しました。${waitText(seconds)}後にもう一度お試しください`;
      return errorJson(c, 429, 'rate_limited', [{ code: 'rate_limited', reason }], { 'Retry-After': String(seconds) });
    }
    await next();
  };
}
