/**
 * Fuzz-style sweep of the whole REST API, on both databases: every route of the OpenAPI document
 * plus every plain Hono route under /api (from `app.routes`, so a new route is covered without
 * listing it here) gets malformed input of every kind — broken, empty, text/plain, form, UTF-16
 * and invalid UTF-8 bodies, NUL and unpaired surrogates, a 100,000-deep array, 1e400 and
 * 400-digit numbers, wrong types for every field, `__proto__` keys, `%00`/`%ZZ` in every path
 * parameter and query value, odd but well-formed values on the reading routes (alternately
 * anonymous and signed in), broken uploads and 10 MB bodies on a few routes — everything else both
 * anonymously and signed in as an admin (session cookie + X-CSRF-Token).
 *
 * Every answer must be below 500, every 4xx in the error shape; input the request guard owns must
 * get exactly its 400/413 and issue; the database must be unchanged after the write routes.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { createApp } from '../src/http/app.ts';
import { MULTIPART_ROUTES } from '../src/infra/http/limits.ts';
import { createUser } from '../src/modules/auth/index.ts';
import { describeEachDatabase } from './support/databases.ts';
import { snapshot } from './support/db-snapshot.ts';

const PASSWORD = 'correct horse battery staple';
const SID = 'chiiki-mirai-senryaku-2026';
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes that also get a 10 MB body (slow: a few only). */
const BIG_BODY_ROUTES = ['POST /api/v1/evaluate', 'POST /api/v1/strategies/:strategyId/observations', 'POST /api/v1/strategies/:strategyId/imports'];
/** Path parameter values that reach real records (otherwise the example from the document, or 'x'). */
const PARAM_VALUES: Record<string, string> = { strategyId: SID, kpiId: 'IMP-02', level: 'prefecture', file: 'prefecture.geojson' };
/** Richer samples than the schema gives (the catalog's schema is open-ended). */
const SAMPLES: Record<string, unknown> = {
  'POST /api/v1/evaluate': JSON.parse(readFileSync(new URL('./fixtures/catalog-small.json', import.meta.url), 'utf8')),
};

// ---------------------------------------------------------------- the routes

interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  example?: unknown;
}
interface Parameter {
  in: string;
  name: string;
  example?: unknown;
  schema?: Schema;
}
interface OpenApiDoc {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

interface Op {
  method: string;
  /** Hono-style: /api/v1/strategies/:strategyId */
  template: string;
  key: string;
  params: Array<{ name: string; value: string }>;
  query: string[];
  body: Schema | null;
  /** registered in Hono under this template (so the guard names its parameters) */
  inHono: boolean;
}

function routesOf(doc: OpenApiDoc, honoRoutes: ReadonlyArray<{ method: string; path: string }>): Op[] {
  const ops = new Map<string, Op>();
  const hono = new Set(honoRoutes.map((r) => `${r.method} ${r.path}`));
  for (const r of honoRoutes) {
    if (!r.path.startsWith('/api/') || r.path === '/api/*') continue;
    for (const method of r.method === 'ALL' ? ['GET', 'POST'] : [r.method]) {
      const template = r.path;
      const params = template
        .split('/')
        .filter((s) => s.startsWith(':'))
        .map((s) => s.slice(1).replace(/\{.*\}$/, ''));
      ops.set(`${method} ${template}`, {
        method,
        template,
        key: `${method} ${template}`,
        params: params.map((name) => ({ name, value: PARAM_VALUES[name] ?? 'x' })),
        query: [],
        body: null,
        inHono: true,
      });
    }
  }
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(methods)) {
      const method = m.toUpperCase();
      const template = path.replace(/\{(\w+)\}/g, ':$1');
      const key = `${method} ${template}`;
      const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
      ops.set(key, {
        method,
        template,
        key,
        params: pathParams.map((p) => ({ name: p.name, value: PARAM_VALUES[p.name] ?? (typeof p.example === 'string' ? p.example : undefined) ?? 'x' })),
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        body: op.requestBody?.content['application/json']?.schema ?? null,
        inHono: hono.has(key) || hono.has(`ALL ${template}`),
      });
    }
  }
  return [...ops.values()];
}

const pathOf = (op: Op, override?: { name: string; raw: string }) => {
  let p = op.template.replace(/\*$/, 'x');
  for (const { name, value } of op.params) p = p.replace(`:${name}`, override?.name === name ? override.raw : encodeURIComponent(value));
  return p;
};

// ---------------------------------------------------------------- payloads

function sample(s: Schema, doc: OpenApiDoc, depth = 0): unknown {
  if (depth > 8) return null;
  if (s.$ref) return sample(doc.components.schemas[s.$ref.split('/').pop()!] ?? {}, doc, depth + 1);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return sample(alternatives.find((a) => a.type !== 'null') ?? alternatives[0]!, doc, depth + 1);
  if (s.allOf) return Object.assign({}, ...s.allOf.map((a) => sample(a, doc, depth + 1)));
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'string') return 'x';
  if (type === 'number' || type === 'integer') return 1;
  if (type === 'boolean') return true;
  if (type === 'array') return [sample(s.items ?? {}, doc, depth + 1)];
  if (type === 'object' || s.properties) return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(v, doc, depth + 1)]));
  return 'x';
}

type Path = Array<string | number>;
function nodesOf(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(v)) for (const [i, x] of v.entries()) nodesOf(x, [...path, i], out);
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) nodesOf(x, [...path, k], out);
  return out;
}
function replaced(v: unknown, path: Path, f: (old: unknown) => unknown): unknown {
  if (path.length === 0) return f(v);
  const [head, ...rest] = path;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;
  copy[head!] = replaced(copy[head!], rest, f);
  return copy;
}
function mapLeaves(v: unknown, f: (leaf: unknown) => unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => mapLeaves(x, f));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapLeaves(x, f)]));
  return f(v);
}
/** Another primitive type, and a container where a value belongs (or the other container). */
const wrongPrimitive = (v: unknown) => (typeof v === 'string' ? 12345 : typeof v === 'number' ? '12x' : typeof v === 'boolean' ? 'true' : v === null ? 0 : 'x');
const wrongContainer = (v: unknown) => (Array.isArray(v) ? { 0: 'x' } : v !== null && typeof v === 'object' ? ['x'] : { value: v });

interface Expectation {
  status?: number[];
  code?: string;
  column?: string;
}
interface Req {
  label: string;
  method: string;
  path: string;
  body?: RequestInit['body'];
  headers?: Record<string, string>;
  expect?: Expectation;
  /** send only as this (odd values on reading routes alternate, to halve their cost); default both */
  who?: Who;
}
type Who = 'anonymous' | 'signed in';

const JSON_TYPE = { 'content-type': 'application/json' };
const utf8 = (s: string) => new TextEncoder().encode(s);
const DEEP = '['.repeat(100_000) + ']'.repeat(100_000);
const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

/** Bodies the request guard must refuse on any JSON route, with the issue it must name. */
function malformedBodies(method: string, base: unknown): Array<Omit<Req, 'method' | 'path'>> {
  const text = JSON.stringify(base ?? { a: 'x' });
  /** The body with every string replaced by the JSON literal given (and one added when there are none). */
  const withStrings = (literal: string) => {
    let any = false;
    const mapped = mapLeaves(base ?? {}, (l) => {
      if (typeof l !== 'string') return l;
      any = true;
      return '__S__';
    });
    return JSON.stringify(any ? mapped : { a: '__S__', rest: mapped }).replaceAll('"__S__"', literal);
  };
  const out: Array<Omit<Req, 'method' | 'path'>> = [
    { label: 'malformed JSON', body: `${text.slice(0, Math.max(1, text.length - 3))}`, headers: JSON_TYPE, expect: { status: [400], code: 'invalid_json' } },
    { label: 'trailing garbage', body: `${text} x`, headers: JSON_TYPE, expect: { status: [400], code: 'invalid_json' } },
    { label: 'text/plain', body: text, headers: { 'content-type': 'text/plain' }, expect: { status: [400], code: 'unsupported_media_type' } },
    { label: 'form body', body: 'a=1&b=2', headers: { 'content-type': 'application/x-www-form-urlencoded' }, expect: { status: [400], code: 'unsupported_media_type' } },
    {
      label: 'multipart to JSON',
      body: '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--\r\n',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      expect: { status: [400], code: 'unsupported_media_type' },
    },
    { label: 'UTF-16LE with BOM', body: new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]), headers: JSON_TYPE, expect: { status: [400], code: 'invalid_encoding' } },
    {
      label: 'invalid UTF-8',
      body: new Uint8Array([...utf8(text.slice(0, -1)), 0xc3, 0x28, ...utf8('}')]),
      headers: JSON_TYPE,
      expect: { status: [400], code: 'invalid_encoding' },
    },
    { label: 'NUL in strings', body: withStrings('"a\\u0000b"'), headers: JSON_TYPE, expect: { status: [400], code: 'nul_character' } },
    { label: 'unpaired surrogate', body: withStrings('"\\udc00x"'), headers: JSON_TYPE, expect: { status: [400], code: 'lone_surrogate' } },
    { label: '100,000-deep array', body: DEEP, headers: JSON_TYPE, expect: { status: [400], code: 'too_deep' } },
    { label: '100,000-deep object', body: `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, headers: JSON_TYPE, expect: { status: [400], code: 'too_deep' } },
    { label: '1e400', body: `{"n": 1e400, "rest": ${text}}`, headers: JSON_TYPE, expect: { status: [400], code: 'number_out_of_range' } },
    { label: '400 digits', body: `{"rest": ${text}, "n": -${'7'.repeat(400)}}`, headers: JSON_TYPE, expect: { status: [400], code: 'number_out_of_range' } },
  ];
  // An empty DELETE is an ordinary DELETE.
  if (method !== 'DELETE') out.push({ label: 'empty body', body: '', headers: JSON_TYPE, expect: { status: [400], code: 'empty_body' } });
  return out;
}

/** Well-formed JSON that is wrong for the route's schema: each node of the sample given the wrong type, and prototype keys. */
function schemaBodies(base: unknown): Array<Omit<Req, 'method' | 'path'>> {
  const out: Array<Omit<Req, 'method' | 'path'>> = [];
  // One wrong type per node, alternating between the two kinds so both reach every level.
  nodesOf(base).forEach((path, i) => {
    const wrong = i % 2 === 0 ? wrongPrimitive : wrongContainer;
    out.push({ label: `wrong type at ${path.join('.')}`, body: JSON.stringify(replaced(base, path, wrong)), headers: JSON_TYPE });
  });
  const text = JSON.stringify(base);
  out.push({ label: '__proto__ wrapping the body', body: `{"__proto__": ${text}}`, headers: JSON_TYPE });
  out.push({
    label: '__proto__ and constructor keys',
    body: `${text.slice(0, -1)}${text.length > 2 ? ',' : ''} "__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}`,
    headers: JSON_TYPE,
  });
  out.push({ label: 'a bare array', body: `[${text}]`, headers: JSON_TYPE });
  out.push({ label: 'a bare string', body: '"x"', headers: JSON_TYPE });
  out.push({ label: 'null', body: 'null', headers: JSON_TYPE });
  return out;
}

function form(parts: Array<[string, string | Blob, string?]>): FormData {
  const f = new FormData();
  for (const [name, value, file] of parts) {
    if (typeof value === 'string') f.append(name, value);
    else f.append(name, value, file);
  }
  return f;
}

/** Uploads that must fail without a 5xx (and without writing). */
function multipartBodies(): Array<Omit<Req, 'method' | 'path'>> {
  const csv = (text: string | Uint8Array, name = 'a.csv') => form([['file', new Blob([text], { type: 'text/csv' }), name]]);
  return [
    { label: 'deep JSON file', body: form([['file', new Blob([DEEP], { type: 'application/json' }), 'deep.json']]), expect: { status: [400], code: 'too_deep' } },
    { label: 'deep JSON file without a .json name', body: form([['file', new Blob([DEEP]), 'data.txt']]), expect: { status: [400], code: 'too_deep' } },
    {
      label: 'broken multipart',
      body: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nno end',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      expect: { status: [400], code: 'invalid_multipart' },
    },
    { label: 'multipart without boundary', body: 'x', headers: { 'content-type': 'multipart/form-data' }, expect: { status: [400], code: 'invalid_multipart' } },
    { label: 'no file field', body: form([['encoding', 'sjis']]) },
    { label: 'file as a text field', body: form([['file', 'kpi_id,period,value\nOUT-I-01,2027,1\n']]) },
    { label: 'empty file', body: csv('') },
    { label: 'CSV with NUL in a note', body: csv('指標ID,年度,実績値,備考\nOUT-I-01,2027,1,a\u0000b\n') },
    { label: 'CSV with a NUL kpi id', body: csv('指標ID,年度,実績値\nOUT\u0000,2027,1\n') },
    { label: 'CSV with 1e400 and 400 digits', body: csv(`kpi_id,period,value\nOUT-I-01,2027,1e400\nOUT-I-01,2028,${'9'.repeat(400)}\n`) },
    { label: 'UTF-16LE CSV with BOM', body: csv(new Uint8Array([0xff, 0xfe, ...Buffer.from('kpi_id,period,value\nNOPE,2027,1\n', 'utf16le')])) },
    { label: 'invalid UTF-8 CSV', body: csv(new Uint8Array([0xff, 0xfe, 0xfd, 0x2c, 0x80, 0x0a, 0xc3, 0x28, 0x0a])) },
    { label: 'garbage .xlsx', body: csv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'a.xlsx') },
    {
      label: 'bad encoding and sheet fields',
      body: form([
        ['file', new Blob(['kpi_id,period,value\nNOPE,2027,1\n']), 'a.csv'],
        ['encoding', 'x\u0000'],
        ['sheet', '\ud800'],
      ]),
    },
    { label: 'path traversal file name', body: csv('kpi_id,period,value\nNOPE,2027,1\n', '../../etc/passwd\u0000.csv') },
    { label: 'JSON body', body: '{"file": "x"}', headers: JSON_TYPE },
    { label: 'text/plain body', body: 'kpi_id,period,value', headers: { 'content-type': 'text/plain' } },
    { label: 'empty body', body: '', headers: { 'content-type': 'multipart/form-data; boundary=b' } },
  ];
}

const PATH_GUARDED: Array<[string, string]> = [
  ['%00', 'control_character'],
  ['%ZZ', 'invalid_percent_encoding'],
  ['a%1Fb', 'control_character'],
  ['%7F', 'control_character'],
  ['%E3%81', 'invalid_percent_encoding'],
  ['%ED%A0%80', 'invalid_percent_encoding'],
];
const QUERY_GUARDED: Array<[string, string]> = [
  ['%00', 'control_character'],
  ['%ZZ', 'invalid_percent_encoding'],
  ['a%0Ab', 'control_character'],
];
/** Odd but well-formed values, only on reading routes (a well-formed value may write). */
const ODD_VALUES = ['', '%2e%2e%2f', 'a'.repeat(201), '%F0%9F%98%80%E2%80%AE', "'%3B%20drop%20table%20users%3B--", '1e400', '-1', '9'.repeat(400), '%EF%BC%91%EF%BC%93'];

function requestsFor(op: Op, doc: OpenApiDoc): Req[] {
  const reqs: Req[] = [];
  let turn = 0;
  const alternate = (): Who => (turn++ % 2 === 0 ? 'anonymous' : 'signed in');
  const reading = op.method === 'GET';
  const base = BODY_METHODS.has(op.method) ? { method: op.method, body: '{}', headers: JSON_TYPE } : { method: op.method };
  const multipart = MULTIPART_ROUTES.has(op.key);
  const guardedBase = multipart ? { method: op.method } : base;
  for (const p of op.params) {
    for (const [raw, code] of PATH_GUARDED)
      reqs.push({
        ...guardedBase,
        label: `path ${p.name}=${raw}`,
        path: pathOf(op, { name: p.name, raw }),
        expect: { status: [400], code, ...(op.inHono ? { column: p.name } : {}) },
      });
    if (reading)
      for (const raw of ODD_VALUES)
        if (raw !== '') reqs.push({ method: 'GET', label: `path ${p.name}=${raw.slice(0, 20)}`, path: pathOf(op, { name: p.name, raw }), who: alternate() });
  }
  for (const q of [...op.query, 'unknown_param']) {
    for (const [raw, code] of QUERY_GUARDED)
      reqs.push({ ...guardedBase, label: `query ${q}=${raw}`, path: `${pathOf(op)}?${q}=${raw}`, expect: { status: [400], code, column: q } });
    if (reading && q !== 'unknown_param') {
      for (const raw of ODD_VALUES) reqs.push({ method: 'GET', label: `query ${q}=${raw.slice(0, 20)}`, path: `${pathOf(op)}?${q}=${raw}`, who: alternate() });
      reqs.push({ method: 'GET', label: `query ${q} repeated`, path: `${pathOf(op)}?${q}=a&${q}=b`, who: alternate() });
    }
  }
  reqs.push({ ...guardedBase, label: 'query name %00', path: `${pathOf(op)}?%00=1`, expect: { status: [400], code: 'control_character' } });
  if (BODY_METHODS.has(op.method)) {
    const sampleBody = SAMPLES[op.key] ?? (op.body ? sample(op.body, doc) : null);
    const bodies: Array<Omit<Req, 'method' | 'path'>> = multipart
      ? [...multipartBodies(), ...malformedBodies(op.method, null).map(({ expect: _e, ...r }) => r)]
      : [...malformedBodies(op.method, sampleBody), ...(sampleBody !== null ? schemaBodies(sampleBody) : [])];
    if (BIG_BODY_ROUTES.includes(op.key)) {
      bodies.push(
        multipart
          ? { label: '10 MB file', body: form([['file', new Blob([`kpi_id,period,value\nNOPE,2027,"${TEN_MB}"\n`]), 'big.csv']]) }
          : { label: '10 MB string', body: `{"s": "${TEN_MB}"}`, headers: JSON_TYPE, expect: { status: [413], code: 'too_large' } },
      );
    }
    for (const b of bodies) reqs.push({ method: op.method, path: pathOf(op), ...b, label: `body: ${b.label}` });
  }
  return reqs;
}

// ---------------------------------------------------------------- checking answers

const ISSUE_KEYS: Record<string, string> = { file: 'string', line: 'number', row: 'number', column: 'string', code: 'string', reason: 'string' };

/** What is wrong with the answer, or null. */
async function problemWith(req: Req, res: Response): Promise<string | null> {
  const raw = new Uint8Array(await res.arrayBuffer());
  if (res.status >= 500) return `status ${res.status}: ${new TextDecoder().decode(raw.slice(0, 200))}`;
  if (req.expect?.status && !req.expect.status.includes(res.status))
    return `status ${res.status}, expected ${req.expect.status.join('/')}: ${new TextDecoder().decode(raw.slice(0, 200))}`;
  if (res.status < 400) return null;
  if (!/^application\/json/.test(res.headers.get('content-type') ?? '')) return `${res.status} without JSON (${res.headers.get('content-type')})`;
  let body: { error?: { code?: unknown; message?: unknown; issues?: unknown } };
  try {
    body = JSON.parse(new TextDecoder().decode(raw)) as typeof body;
  } catch {
    return `${res.status} with a body that is not JSON`;
  }
  const e = body.error;
  if (!e || typeof e.code !== 'string' || typeof e.message !== 'string' || e.message === '') return `${res.status} not in the error shape: ${JSON.stringify(body).slice(0, 200)}`;
  const issues = e.issues;
  if (issues !== undefined) {
    if (!Array.isArray(issues)) return 'issues is not an array';
    for (const i of issues as Array<Record<string, unknown>>) {
      for (const [k, v] of Object.entries(i)) if (ISSUE_KEYS[k] !== typeof v) return `issue field ${k} is ${typeof v}`;
      if (typeof i.code !== 'string' || typeof i.reason !== 'string') return `issue without code/reason: ${JSON.stringify(i)}`;
    }
  }
  const list = (issues ?? []) as Array<{ code: string; column?: string }>;
  if (req.expect?.code && e.code !== req.expect.code && !list.some((i) => i.code === req.expect!.code))
    return `code ${e.code}/${list.map((i) => i.code).join(',')}, expected ${req.expect.code}`;
  if (req.expect?.column && list[0]?.column !== req.expect.column) return `column ${list[0]?.column}, expected ${req.expect.column}`;
  return null;
}

// ---------------------------------------------------------------- the sweep

describeEachDatabase('fuzz: no request gets a 5xx', (db) => {
  let app: ReturnType<typeof createApp>;
  let auth: Record<string, string>;
  let ops: Op[];
  let doc: OpenApiDoc;

  beforeAll(async () => {
    app = createApp({ db: db().handle.db, webRoot: null, evaluateRateLimiter: null });
    await createUser(db().handle.db, { email: 'fuzz-admin@example.go.jp', name: '事務局 ファズ', role: 'admin', orgCode: '000000', password: PASSWORD });
    const res = await app.request('/api/v1/session', { method: 'POST', body: JSON.stringify({ email: 'fuzz-admin@example.go.jp', password: PASSWORD }), headers: JSON_TYPE });
    expect(res.status).toBe(200);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    auth = { cookie, 'x-csrf-token': ((await res.json()) as { csrf_token: string }).csrf_token };
    doc = (await (await app.request('/api/openapi.json')).json()) as OpenApiDoc;
    ops = routesOf(doc, app.routes);
  });

  it('covers every documented route and the plain ones', () => {
    const keys = new Set(ops.map((o) => o.key));
    for (const [path, methods] of Object.entries(doc.paths))
      for (const m of Object.keys(methods)) expect(keys).toContain(`${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    for (const plain of [
      'GET /api/v1/health',
      'GET /api/v1/boundaries/:file',
      'GET /api/v1/prefectures',
      'GET /api/v1/cities',
      'GET /api/v1/population/*',
      'POST /api/v1/strategies/:strategyId/imports',
    ])
      expect(keys).toContain(plain);
    for (const big of BIG_BODY_ROUTES) expect(keys).toContain(big);
  });

  it('answers every malformed request below 500, in the error shape, changing nothing', async () => {
    const started = performance.now();
    const failures: string[] = [];
    let sent = 0;
    const send = async (req: Req, who: Who) => {
      const headers = { ...(req.headers ?? {}), ...(who === 'signed in' ? auth : {}) };
      const res = await app.request(req.path, { method: req.method, headers, ...(req.body !== undefined ? { body: req.body } : {}) });
      sent++;
      const problem = await problemWith(req, res);
      if (problem) failures.push(`${who} ${req.method} ${req.path.slice(0, 120)} [${req.label}]: ${problem}`);
    };
    for (const op of ops) {
      const reqs = requestsFor(op, doc);
      const writes = op.method !== 'GET';
      const before = writes ? await snapshot(db().handle.db) : null;
      for (let i = 0; i < reqs.length; i += 8) {
        const batch = reqs.slice(i, i + 8);
        await Promise.all(batch.flatMap((r) => (r.who ? [send(r, r.who)] : [send(r, 'anonymous'), send(r, 'signed in')])));
      }
      if (before) {
        const after = await snapshot(db().handle.db);
        if (JSON.stringify(after) !== JSON.stringify(before))
          failures.push(`${op.key}: the database changed (${JSON.stringify(after.counts)} vs ${JSON.stringify(before.counts)})`);
      }
    }
    // Still signed in (no bad request signed the admin out), and no prototype was polluted.
    const session = (await (await app.request('/api/v1/session', { headers: auth })).json()) as { user: { email: string } | null };
    expect(session.user?.email).toBe('fuzz-admin@example.go.jp');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(1500);
    console.info(`fuzz [${db().kind}]: ${sent} requests over ${ops.length} routes in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
});
