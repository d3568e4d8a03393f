/**
 * Each way a request used to get a 500 (or slip through) reproduced, and answered now with the
 * status that is the truth and an issue naming the problem: malformed, empty, text/plain, form,
 * UTF-16 and invalid UTF-8 bodies, NUL and unpaired surrogates in strings, overflowing numbers,
 * control characters and bad percent-encoding in paths and queries, deeply nested JSON (posted
 * or uploaded), bodies over the per-route limits, and the rate limit of the public evaluation.
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { errorResponse } from '../src/infra/http/errors.ts';
import { EVALUATE_BODY_LIMIT, JSON_BODY_LIMIT, UPLOAD_BODY_LIMIT } from '../src/infra/http/limits.ts';
import { createLogger } from '../src/infra/logger.ts';
import { createUser } from '../src/modules/auth/index.ts';
import { describeEachDatabase } from './support/databases.ts';
import { snapshot } from './support/db-snapshot.ts';

const PASSWORD = 'correct horse battery staple';
const SID = 'chiiki-mirai-senryaku-2026';
const JSON_HEADERS = { 'content-type': 'application/json' };

type App = ReturnType<typeof createApp>;
interface Issue {
  file?: string;
  line?: number;
  row?: number;
  column?: string;
  code: string;
  reason: string;
}
interface ErrorBody {
  error: { code: string; message: string; issues?: Issue[] };
}

async function errorOf(res: Response): Promise<ErrorBody['error'] & { status: number; first: Issue }> {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as ErrorBody;
  expect(typeof body.error.message).toBe('string');
  return { ...body.error, status: res.status, first: body.error.issues?.[0] as Issue };
}

const catalog = () => JSON.parse(readFileSync(new URL('./fixtures/catalog-small.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const row = (extra: Record<string, unknown> = {}) => ({ rows: [{ kpi_id: 'IMP-02', period: '2027', value: 44, ...extra }] });

describeEachDatabase('bad requests: a 4xx naming the problem, never a 500', (db) => {
  let app: App;
  let auth: Record<string, string>;
  beforeAll(async () => {
    app = createApp({ db: db().handle.db, webRoot: null, evaluateRateLimiter: null });
    await createUser(db().handle.db, { email: 'admin@example.go.jp', name: '事務局', role: 'admin', orgCode: '000000', password: PASSWORD });
    const res = await app.request('/api/v1/session', { method: 'POST', body: JSON.stringify({ email: 'admin@example.go.jp', password: PASSWORD }), headers: JSON_HEADERS });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    auth = { cookie, 'x-csrf-token': ((await res.json()) as { csrf_token: string }).csrf_token };
  });
  const observations = (body: RequestInit['body'], headers: Record<string, string> = JSON_HEADERS) =>
    app.request(`/api/v1/strategies/${SID}/observations`, { method: 'POST', body, headers: { ...auth, ...headers } });

  it('malformed JSON: 400 with the line and column of the syntax error', async () => {
    const e = await errorOf(await app.request('/api/v1/session', { method: 'POST', body: '{"email": "a@example.jp",\n "password": }', headers: JSON_HEADERS }));
    expect(e.status).toBe(400);
    expect(e.first).toMatchObject({ file: 'リクエスト本文', line: 2, column: '14文字目', code: 'invalid_json' });
    expect(e.first.reason).toContain('JSON の構文エラー');
  });

  it('an empty body: 400 empty_body', async () => {
    const e = await errorOf(await app.request('/api/v1/session', { method: 'POST', body: '', headers: JSON_HEADERS }));
    expect([e.status, e.first.code]).toEqual([400, 'empty_body']);
    const none = await errorOf(await app.request('/api/v1/evaluate', { method: 'POST' }));
    expect([none.status, none.first.code]).toEqual([400, 'empty_body']);
  });

  it('text/plain, a form or no Content-Type to a JSON route: 400 unsupported_media_type', async () => {
    const before = await snapshot(db().handle.db);
    for (const [body, type] of [
      [JSON.stringify(row()), 'text/plain'],
      ['rows=1', 'application/x-www-form-urlencoded'],
      [JSON.stringify(row()), undefined],
    ] as const) {
      const e = await errorOf(await observations(body, type ? { 'content-type': type } : {}));
      expect([e.status, e.code, e.first.code]).toEqual([400, 'unsupported_media_type', 'unsupported_media_type']);
      expect(e.first.reason).toContain('application/json');
    }
    const sjis = await errorOf(await observations(JSON.stringify(row()), { 'content-type': 'application/json; charset=Shift_JIS' }));
    expect([sjis.status, sjis.first.code]).toEqual([400, 'unsupported_charset']);
    expect(await snapshot(db().handle.db)).toEqual(before);
  });

  it('a UTF-16 body (with BOM) and invalid UTF-8 bytes: 400 naming the byte offset', async () => {
    const text = JSON.stringify(row());
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const e = await errorOf(await observations(utf16));
    expect([e.status, e.first.code, e.first.column]).toEqual([400, 'invalid_encoding', '1バイト目']);
    expect(e.first.reason).toContain('UTF-16');
    const prefix = new TextEncoder().encode('{"rows": "あ'); // 13 bytes, then a stray byte
    const broken = new Uint8Array([...prefix, 0xff, 0x22, 0x7d]);
    const b = await errorOf(await observations(broken));
    expect([b.status, b.first.code, b.first.column]).toEqual([400, 'invalid_encoding', '14バイト目']);
    expect(b.first.reason).toContain('FF');
  });

  it('NUL in a note (PostgreSQL cannot store it) and unpaired surrogates: 400 naming the JSON path; nothing stored', async () => {
    const before = await snapshot(db().handle.db);
    const nul = await errorOf(await observations(JSON.stringify(row({ note: '備考\u0000です' }))));
    expect([nul.status, nul.first.code, nul.first.column]).toEqual([400, 'nul_character', 'rows[0].note']);
    const lone = await errorOf(await observations('{"rows": [{"kpi_id": "IMP-02\\ud800", "period": "2027", "value": 1}]}'));
    expect([lone.status, lone.first.code, lone.first.column]).toEqual([400, 'lone_surrogate', 'rows[0].kpi_id']);
    const key = await errorOf(await observations('{"rows": [], "a\\u0000b": 1}'));
    expect([key.status, key.first.code, key.first.column]).toEqual([400, 'nul_character', '["a\\u0000b"]']);
    expect(await snapshot(db().handle.db)).toEqual(before);
  });

  it('numbers beyond double precision (1e400, 400 digits): 400 number_out_of_range', async () => {
    for (const n of ['1e400', '-1e400', '9'.repeat(400)]) {
      const e = await errorOf(await observations(`{"rows": [{"kpi_id": "IMP-02", "period": "2027", "value": ${n}}]}`));
      expect([e.status, e.first.code, e.first.column]).toEqual([400, 'number_out_of_range', 'rows[0].value']);
    }
  });

  it('%00 and %ZZ in a strategy id or a query value: 400 naming the parameter', async () => {
    for (const [path, column, code] of [
      ['/api/v1/strategies/%00', 'strategyId', 'control_character'],
      ['/api/v1/strategies/a%00b/evaluation', 'strategyId', 'control_character'],
      ['/api/v1/strategies/a%00b/bindings', 'strategyId', 'control_character'],
      ['/api/v1/strategies/%ZZ', 'strategyId', 'invalid_percent_encoding'],
      [`/api/v1/strategies/${SID}/kpis/%E3%81`, 'kpiId', 'invalid_percent_encoding'],
      [`/api/v1/strategies/${SID}/evaluation?as_of=%00`, 'as_of', 'control_character'],
      ['/api/v1/search?q=%ZZ', 'q', 'invalid_percent_encoding'],
      ['/api/v1/search?q=a&%1F=1', '%1F', 'control_character'],
    ] as const) {
      const e = await errorOf(await app.request(path));
      expect([path, e.status, e.first.column, e.first.code]).toEqual([path, 400, column, code]);
    }
    const post = await errorOf(await app.request('/api/v1/strategies/%00/observations', { method: 'POST', body: JSON.stringify(row()), headers: { ...JSON_HEADERS, ...auth } }));
    expect([post.status, post.first.column]).toEqual([400, 'strategyId']);
  });

  it('ids in paths are printable and at most 200 characters', async () => {
    const long = await errorOf(await app.request(`/api/v1/strategies/${'a'.repeat(201)}`));
    expect([long.status, long.first.column]).toEqual([400, 'strategyId']);
    expect(long.first.reason).toContain('200文字');
    expect((await app.request(`/api/v1/strategies/${'a'.repeat(200)}`)).status).toBe(404);
    const c1 = await errorOf(await app.request(`/api/v1/strategies/${SID}/kpis/a%C2%85b`)); // U+0085 (NEL)
    expect([c1.status, c1.first.column]).toEqual([400, 'kpiId']);
  });

  it('a 100,000-deep array posted to /api/v1/evaluate: 400 too_deep, found before parsing', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const e = await errorOf(await app.request('/api/v1/evaluate', { method: 'POST', body: deep, headers: JSON_HEADERS }));
    expect([e.status, e.first.code, e.first.line, e.first.column]).toEqual([400, 'too_deep', 1, '65文字目']);
    // Unclosed and behind a string that never ends on its line: still found.
    const sneaky = `{"a": "x\n${'[{'.repeat(50_000)}`;
    const s = await errorOf(await app.request('/api/v1/evaluate', { method: 'POST', body: sneaky, headers: JSON_HEADERS }));
    expect([s.status, s.first.code, s.first.line]).toEqual([400, 'too_deep', 2]);
    // 64 levels are fine (the error is then about the catalog's shape).
    const ok = await errorOf(await app.request('/api/v1/evaluate', { method: 'POST', body: `{"strategy": ${'['.repeat(63)}${']'.repeat(63)}}`, headers: JSON_HEADERS }));
    expect(ok.status).toBe(400);
    expect(ok.first.code).not.toBe('too_deep');
  });

  it('a deeply nested JSON file uploaded: 400 too_deep naming the file; a broken multipart body: 400', async () => {
    const before = await snapshot(db().handle.db);
    const form = new FormData();
    form.set('file', new File(['['.repeat(100_000) + ']'.repeat(100_000)], 'deep.json', { type: 'application/json' }));
    const e = await errorOf(await app.request(`/api/v1/strategies/${SID}/imports`, { method: 'POST', body: form, headers: auth }));
    expect([e.status, e.first.file, e.first.code]).toEqual([400, 'deep.json', 'too_deep']);
    const broken = await errorOf(
      await app.request(`/api/v1/strategies/${SID}/imports`, {
        method: 'POST',
        body: '--b\r\nContent-Disposition: form-data; name="file"\r\n\r\nno end',
        headers: { ...auth, 'content-type': 'multipart/form-data; boundary=b' },
      }),
    );
    expect([broken.status, broken.first.code]).toEqual([400, 'invalid_multipart']);
    expect(await snapshot(db().handle.db)).toEqual(before);
  });

  it('the checked body still reaches the handlers (UTF-8 with BOM, charset=utf-8)', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(row({ period: '2029', note: '備考' })))]);
    const res = await observations(bom, { 'content-type': 'application/json; charset=UTF-8' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { result: { inserted: number } }).result.inserted).toBe(1);
    const ev = await app.request('/api/v1/evaluate?as_of=2027-01-01', { method: 'POST', body: JSON.stringify(catalog()), headers: JSON_HEADERS });
    expect(ev.status).toBe(200);
  });
});

// The guard answers these before any handler or session lookup: no database needed.
describe('request size limits per route', () => {
  const app = createApp({ db: undefined as never, webRoot: null, evaluateRateLimiter: null });

  it('JSON routes: 1 MB; /api/v1/evaluate: 5 MB; uploads: 20 MB; 413 naming the limit', async () => {
    const over = await errorOf(await app.request('/api/v1/session', { method: 'POST', body: `{"email": "${'a'.repeat(JSON_BODY_LIMIT)}"}`, headers: JSON_HEADERS }));
    expect([over.status, over.code]).toEqual([413, 'too_large']);
    expect(over.message).toContain('上限は 1 MB');

    // 2 MB is over the default but within the evaluation's limit: evaluated. (In strings of at
    // most MAX_CELL_LENGTH characters: a longer string is refused on its own.)
    const padded = { ...catalog(), padding: Array.from({ length: 70 }, () => 'x'.repeat(30_000)) };
    expect((await app.request('/api/v1/evaluate', { method: 'POST', body: JSON.stringify(padded), headers: JSON_HEADERS })).status).toBe(200);
    const tooBig = { ...catalog(), padding: Array.from({ length: Math.ceil(EVALUATE_BODY_LIMIT / 30_000) }, () => 'x'.repeat(30_000)) };
    const ev = await errorOf(await app.request('/api/v1/evaluate', { method: 'POST', body: JSON.stringify(tooBig), headers: JSON_HEADERS }));
    expect([ev.status, ev.message.includes('5 MB')]).toEqual([413, true]);

    const form = new FormData();
    form.set('file', new File([new Uint8Array(UPLOAD_BODY_LIMIT)], 'big.csv', { type: 'text/csv' }));
    const up = await errorOf(await app.request(`/api/v1/strategies/${SID}/imports`, { method: 'POST', body: form }));
    expect([up.status, up.message.includes('20 MB')]).toEqual([413, true]);
  });

  it('a declared Content-Length over the limit is refused before the body is read', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(ctl) {
        pulled++;
        ctl.enqueue(new Uint8Array(1024));
      },
    });
    const res = await app.request('/api/v1/session', {
      method: 'POST',
      body,
      headers: { ...JSON_HEADERS, 'content-length': String(JSON_BODY_LIMIT + 1) },
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1); // at most the stream's own first pull
    // Without a length, an endless stream is cut off at the limit.
    const endless = await app.request('/api/v1/session', {
      method: 'POST',
      body: new ReadableStream<Uint8Array>({ pull: (ctl) => ctl.enqueue(new Uint8Array(64 * 1024)) }),
      headers: JSON_HEADERS,
      duplex: 'half',
    } as RequestInit);
    expect(endless.status).toBe(413);
  });

  it('a body that breaks off (the client went away) is a 400, not an unhandled error', async () => {
    const lines: string[] = [];
    const logged = createApp({ db: undefined as never, webRoot: null, logger: createLogger('info', { write: (l: string) => void lines.push(l) }) });
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(ctl) {
        if (sent) ctl.error(new Error('aborted'));
        else ctl.enqueue(new TextEncoder().encode('{"email": "a'));
        sent = true;
      },
    });
    const e = await errorOf(await logged.request('/api/v1/session', { method: 'POST', body, headers: JSON_HEADERS, duplex: 'half' } as RequestInit));
    expect([e.status, e.first.code]).toEqual([400, 'incomplete_body']);
    expect(lines.join('')).not.toContain('unhandled error');
  });
});

describe('rate limit of POST /api/v1/evaluate', () => {
  const doc = JSON.stringify(catalog());
  const evaluate = (app: App, headers: Record<string, string> = {}) => app.request('/api/v1/evaluate', { method: 'POST', body: doc, headers: { ...JSON_HEADERS, ...headers } });

  it('429 with Retry-After and a Japanese message once the allowance is spent', async () => {
    const app = createApp({ db: undefined as never, webRoot: null, evaluateRateLimiter: new RateLimiterMemory({ points: 3, duration: 60 }) });
    for (let i = 0; i < 3; i++) expect((await evaluate(app)).status).toBe(200);
    const res = await evaluate(app);
    expect(res.status).toBe(429);
    const retry = Number(res.headers.get('retry-after'));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    const e = await errorOf(res);
    expect(e.code).toBe('rate_limited');
    expect(e.message).toMatch(/上限（3回／1分）.*(秒|分)後にもう一度お試しください/);
    // Other routes are not limited.
    expect((await app.request('/api/v1/health')).status).toBe(200);
  });

  it('counts per client: X-Forwarded-For only behind a trusted proxy', async () => {
    const trusted = createApp({ db: undefined as never, webRoot: null, trustProxy: true, evaluateRateLimiter: new RateLimiterMemory({ points: 1, duration: 60 }) });
    expect((await evaluate(trusted, { 'x-forwarded-for': '198.51.100.7, 203.0.113.1' })).status).toBe(200);
    expect((await evaluate(trusted, { 'x-forwarded-for': '198.51.100.8, 203.0.113.1' })).status).toBe(429); // the proxy's entry is the last
    expect((await evaluate(trusted, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
    const direct = createApp({ db: undefined as never, webRoot: null, trustProxy: false, evaluateRateLimiter: new RateLimiterMemory({ points: 1, duration: 60 }) });
    expect((await evaluate(direct, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
    expect((await evaluate(direct, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(429); // a spoofable header is ignored
  });

  it('a default app limits at 30 a minute', async () => {
    const app = createApp({ db: undefined as never, webRoot: null });
    const statuses = [];
    for (let i = 0; i < 31; i++) statuses.push((await app.request('/api/v1/evaluate', { method: 'POST', body: '{}', headers: JSON_HEADERS })).status);
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true);
    expect(statuses[30]).toBe(429);
  });
});

describe('error mapping and logs', () => {
  const mapped = new Hono();
  mapped.onError((err, c) => errorResponse(err, c) ?? c.json({ error: { code: 'internal', message: 'x' } }, 500));
  mapped.get('/json', () => {
    throw new HTTPException(400, { message: 'Malformed JSON in request body' });
  });
  mapped.get('/big', () => {
    throw new HTTPException(413, { res: new Response('Payload Too Large', { status: 413 }) });
  });
  mapped.get('/server', () => {
    throw new HTTPException(503, { message: 'down' });
  });
  mapped.get('/nul', () => {
    throw Object.assign(new Error('Failed query: insert …\nparams: a\u0000b'), {
      cause: Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' }),
    });
  });

  it("Hono's HTTPException keeps its 4xx status in the platform's shape, in Japanese", async () => {
    const json = await mapped.request('/json');
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual({ error: { code: 'bad_request', message: 'リクエストの形式が正しくありません' } });
    const big = await mapped.request('/big');
    expect(big.status).toBe(413);
    expect(((await big.json()) as ErrorBody).error.code).toBe('too_large');
    expect((await mapped.request('/server')).status).toBe(500);
  });

  it('a value the database cannot store is a 400, not a 500', async () => {
    const res = await mapped.request('/nul');
    expect(res.status).toBe(400);
    const e = await errorOf(res);
    expect(e.first.code).toBe('unstorable_value');
    expect(JSON.stringify(e)).not.toContain('Failed query');
  });

  it('an internal fault: 500 saying nothing internal, logged without parameters, body or personal data', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (s: string) => void lines.push(s) });
    const secret = 'planner@city.example.lg.jp';
    const failing = new Proxy(
      {},
      {
        get() {
          throw Object.assign(new Error(`Failed query: select "email" from "users" where "email" = $1\nparams: ${secret}`), {
            params: [secret],
            detail: `Key (email)=(${secret})`,
          });
        },
      },
    );
    const app = createApp({ db: failing as never, webRoot: null, logger });
    const res = await app.request('/api/v1/strategies', { headers: { cookie: 'other=1', authorization: 'Bearer abc' } });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: 'internal', message: 'サーバー内部エラーが発生しました / internal error' } });
    const log = lines.join('');
    expect(log).toContain('unhandled error');
    expect(log).toContain('Failed query: select');
    expect(log).not.toContain(secret);
    expect(log).not.toContain('Bearer');
  });

  it('the logger redacts passwords, cookies, CSRF tokens, e-mail addresses and authorization headers', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (s: string) => void lines.push(s) });
    logger.info(
      {
        email: 'a@example.jp',
        user: { email: 'b@example.jp', password: 'hunter2', csrfToken: 'csrf-1' },
        req: { headers: { cookie: 'sousei_session=s3cr3t', authorization: 'Basic dXNlcg==', 'x-csrf-token': 'csrf-2' } },
        body: { password: 'hunter3' },
        route: '/api/v1/session',
      },
      'test',
    );
    const log = lines.join('');
    for (const s of ['a@example.jp', 'b@example.jp', 'hunter2', 'hunter3', 'csrf-1', 'csrf-2', 's3cr3t', 'dXNlcg==']) expect(log).not.toContain(s);
    expect(log).toContain('/api/v1/session');
    expect(log).toContain('[redacted]');
  });
});

describe('rate limit of the public calculations (grant checks, the calculators)', () => {
  it('429 per route family once its allowance is spent; the other family is not touched', async () => {
    const limiters = { grantCheck: new RateLimiterMemory({ points: 2, duration: 60 }), calc: new RateLimiterMemory({ points: 2, duration: 60 }) };
    const app = createApp({ db: undefined as never, webRoot: null, publicCalcRateLimiters: limiters });
    const kfn = () => app.request('/api/v1/calc/pro-jinzai', { method: 'POST', body: JSON.stringify({ cost: '70万', as_of: '2026-12-01' }), headers: JSON_HEADERS });
    expect((await kfn()).status).toBe(200);
    expect((await kfn()).status).toBe(200);
    const res = await kfn();
    expect(res.status).toBe(429);
    expect((await errorOf(res)).message).toMatch(/計算（\/api\/v1\/calc）の回数が上限（2回／1分）/);
    // grant checks count on their own (a malformed body: refused by validation, not by the limiter)
    const check = await app.request('/api/v1/grants/check', { method: 'POST', body: '{}', headers: JSON_HEADERS });
    expect(check.status).toBe(400);
  });
});
