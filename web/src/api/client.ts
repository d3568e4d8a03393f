/**
 * The fetch layer: same-origin cookies, the CSRF token on every non-GET request, errors as
 * ApiError carrying the API's (Japanese) message and located issues, and a small cache of GETs
 * so that moving between pages does not refetch the same catalog.
 */
import type { ApiErrorBody, ApiIssue } from './types.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ApiIssue[];
  /** 409: what is stored now (the version, and for plans the changes made since) */
  readonly current: Record<string, unknown> | null;

  constructor(status: number, code: string, message: string, issues: ApiIssue[] = [], current: Record<string, unknown> | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.current = current;
  }
}

const NETWORK_MESSAGE = 'サーバーに接続できませんでした。通信環境を確認して、もう一度お試しください。';

let csrfToken: string | null = null;

/** Set by the session provider whenever the session is read or changes. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

function statusMessage(status: number): string {
  if (status === 401) return 'ログインが必要です。';
  if (status === 403) return 'この操作を行う権限がありません。';
  if (status === 404) return 'お探しの情報は見つかりませんでした。';
  if (status === 413) return 'ファイルが大きすぎます。';
  if (status >= 500) return 'サーバーでエラーが発生しました。時間をおいて、もう一度お試しください。';
  return `エラーが発生しました（HTTP ${status}）。`;
}

/** Turns a non-2xx response body (JSON or not) into an ApiError. */
export function errorFromBody(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as Partial<ApiErrorBody>;
    if (body && typeof body === 'object' && body.error && typeof body.error.message === 'string') {
      return new ApiError(status, body.error.code ?? 'error', body.error.message, body.error.issues ?? [], (body.error as { current?: Record<string, unknown> }).current ?? null);
    }
  } catch {
    // not JSON: fall through
  }
  return new ApiError(status, status === 404 ? 'not_found' : 'http_error', statusMessage(status));
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON body (serialised here) */
  json?: unknown;
  body?: BodyInit;
  signal?: AbortSignal;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body = options.body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', NETWORK_MESSAGE);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  if (!res.ok) throw errorFromBody(res.status, text);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(res.status, 'bad_response', 'サーバーの応答を読み取れませんでした。');
  }
}

/* ---- cached GETs ---- */

interface CacheEntry {
  at: number;
  promise: Promise<unknown>;
}

const cache = new Map<string, CacheEntry>();
/** Others may write too (another planner, the CLI): cached reads are reused for a short while only. */
const CACHE_MS = 60_000;

/**
 * GET with a shared in-flight/recent promise per URL. Failed requests are dropped from the
 * cache so that a retry really retries.
 */
export function cachedGet<T>(path: string): Promise<T> {
  const now = Date.now();
  const hit = cache.get(path);
  if (hit && now - hit.at < CACHE_MS) return hit.promise as Promise<T>;
  const promise = request<T>(path);
  cache.set(path, { at: now, promise });
  promise.catch(() => {
    if (cache.get(path)?.promise === promise) cache.delete(path);
  });
  return promise;
}

/** Forget cached GETs whose URL starts with prefix (after a write), or all of them. */
export function invalidate(prefix = ''): void {
  for (const key of [...cache.keys()]) if (key.startsWith(prefix)) cache.delete(key);
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : '';
}
