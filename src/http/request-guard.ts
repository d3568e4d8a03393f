/**
 * The request guard for /api/*: everything a handler may assume about a request is checked here,
 * once, before any handler, session lookup or database query runs — so that a malformed request
 * is a 400 (or 413) naming what is wrong, never a 500 from deep inside a parser or the database.
 *
 * - the path and query: valid percent-encoding, no control characters (U+0000–U+001F, U+007F);
 * - bodies of POST/PUT/PATCH/DELETE: the per-route size limit (limits.ts), read once as bytes;
 *   JSON routes: a JSON Content-Type, strict UTF-8, not empty, nested at most MAX_JSON_DEPTH deep
 *   (scanned before parsing), valid JSON, no NUL or unpaired surrogate in any string, no number
 *   beyond double precision; multipart routes: a well-formed form, JSON files not nested too deep.
 *
 * The checked bytes, text and form are put into Hono's body cache (and a fresh `c.req.raw`), so
 * the validators and handlers (`c.req.valid('json')`, `c.req.json()`, `c.req.text()`,
 * `c.req.parseBody()`) read the same body again without touching the network stream.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { InputError, type InputIssue } from '../shared/errors.ts';
import { jsonDepthExcessAt, parseLocatedJson } from '../shared/located-json.ts';
import { BODY_FILE, errorJson, inputErrorResponse } from '../infra/http/errors.ts';
import { JSON_BODY_LIMIT, MULTIPART_ROUTES, ROUTE_BODY_LIMITS, formatSize } from '../infra/http/limits.ts';
import { MAX_JSON_DEPTH } from '../shared/input-limits.ts';
import type { RouteTable } from './route-table.ts';

/** How body issues name their "file". */
export { BODY_FILE };

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The same test Hono's JSON validator applies. */
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;
const CONTROL_CHAR = /[\u0000-\u001f\u007f]/;
/** Issues reported at most per request (the first ones are enough to fix the request). */
const MAX_ISSUES = 20;

const hex4 = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

// ---------------------------------------------------------------- path and query

type Decoded = { ok: true; value: string } | { ok: false; code: string; reason: string };

/** One path segment or query name/value: percent-decoded strictly, without control characters. */
function decodeComponent(raw: string, plusIsSpace: boolean): Decoded {
  let value: string;
  try {
    value = decodeURIComponent(plusIsSpace ? raw.replace(/\+/g, ' ') : raw);
  } catch {
    const bad = /%(?![0-9A-Fa-f]{2})/.exec(raw);
    const shown = bad ? raw.slice(bad.index, bad.index + 3) : raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
    return {
      ok: false,
      code: 'invalid_percent_encoding',
      reason: bad ? `% エンコードが正しくありません（「${shown}」: % の後には16進数2桁が必要です）` : `% エンコードが正しくありません（「${shown}」は UTF-8 の文字になりません）`,
    };
  }
  const m = CONTROL_CHAR.exec(value);
  if (m) return { ok: false, code: 'control_character', reason: `制御文字（${hex4(m[0].charCodeAt(0))}）は使えません` };
  return { ok: true, value };
}

/** Issues of the request's path (named by the route's parameter where there is one) and query. */
export function urlIssues(url: URL, routes: RouteTable | null, method: string): InputIssue[] {
  const issues: InputIssue[] = [];
  const segments = url.pathname.split('/');
  let paramAt: Array<string | undefined> | undefined;
  segments.forEach((seg, i) => {
    if (seg === '' || (!seg.includes('%') && !CONTROL_CHAR.test(seg))) return;
    const d = decodeComponent(seg, false);
    if (d.ok) return;
    paramAt ??= routes?.match(method, segments)?.paramAt ?? [];
    const name = paramAt[i];
    issues.push({
      column: name ?? 'path',
      code: d.code,
      reason: name ? `${d.reason}（パスパラメータ）` : `${d.reason}（パスの${i}番目の区切り「${seg.length > 40 ? `${seg.slice(0, 40)}…` : seg}」）`,
    });
  });
  const search = url.search.startsWith('?') ? url.search.slice(1) : url.search;
  if (search !== '') {
    for (const pair of search.split('&')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      const rawName = eq < 0 ? pair : pair.slice(0, eq);
      const name = decodeComponent(rawName, true);
      const shownName = rawName.length > 50 ? `${rawName.slice(0, 50)}…` : rawName;
      if (!name.ok) {
        issues.push({ column: shownName, code: name.code, reason: `${name.reason}（クエリパラメータの名前）` });
        continue;
      }
      if (eq < 0) continue;
      const value = decodeComponent(pair.slice(eq + 1), true);
      if (!value.ok) issues.push({ column: name.value, code: value.code, reason: `${value.reason}（クエリパラメータ）` });
    }
  }
  return issues.slice(0, MAX_ISSUES);
}

// ---------------------------------------------------------------- JSON scanning

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

// ---------------------------------------------------------------- bytes

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** Offset where the first ill-formed UTF-8 sequence starts, or -1 (the rules of TextDecoder's fatal mode). */
export function invalidUtf8Offset(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (x < 0x80) {
      i++;
      continue;
    } else if (x >= 0xc2 && x <= 0xdf) need = 1;
    else if (x >= 0xe0 && x <= 0xef) {
      need = 2;
      if (x === 0xe0) lo = 0xa0;
      if (x === 0xed) hi = 0x9f; // no surrogates
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3;
      if (x === 0xf0) lo = 0x90;
      if (x === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const y = b[i + k];
      // The sequence that starts at i is truncated or broken: report where it starts.
      if (y === undefined || y < (k === 1 ? lo : 0x80) || y > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The body as text (strict UTF-8; a UTF-8 BOM is dropped, as Request.text() does), or the issue. */
function decodeBody(bytes: Uint8Array): { text: string } | { issue: InputIssue } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { issue: { file: BODY_FILE, column: '1バイト目', code: 'invalid_encoding', reason: 'UTF-16 で書かれています。JSON は UTF-8 で送ってください' } };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // fall through: find where
  }
  const at = Math.max(0, invalidUtf8Offset(bytes));
  const shown = [...bytes.subarray(at, at + 4)].map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  return {
    issue: {
      file: BODY_FILE,
      column: `${at + 1}バイト目`,
      code: 'invalid_encoding',
      reason: `UTF-8 として読めないバイト列があります（先頭から${at + 1}バイト目: ${shown}）。JSON は UTF-8 で送ってください`,
    },
  };
}

type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; response: Response };

/** The body as bytes, refusing (413) as soon as it is longer than `limit`. */
async function readBody(c: Context, limit: number): Promise<ReadResult> {
  const tooLarge = (): ReadResult => ({
    ok: false,
    response: errorJson(c, 413, 'too_large', [{ code: 'too_large', reason: `リクエスト本文が大きすぎます（この API の上限は ${formatSize(limit)} です）` }]),
  });
  const declared = c.req.header('content-length');
  if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) > limit) return tooLarge();
  const body = c.req.raw.body;
  if (!body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: Awaited<ReturnType<typeof reader.read>>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away (or sent less than its Content-Length): its fault, not ours.
      return {
        ok: false,
        response: inputErrorResponse(c, [{ file: BODY_FILE, code: 'incomplete_body', reason: 'リクエスト本文を最後まで受け取れませんでした（接続が途中で切れました）' }]),
      };
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const ch of chunks) {
    bytes.set(ch, at);
    at += ch.byteLength;
  }
  return { ok: true, bytes };
}

/** Puts the checked body where Hono's request helpers look first, and a readable raw request. */
function cacheBody(c: Context, bytes: Uint8Array, extra: { text?: string; formData?: FormData }) {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // (`body: null` would not do: a Request cannot be rebuilt from a read one without a new body.)
  c.req.raw = new Request(c.req.raw, { body: bytes });
  const cache = c.req.bodyCache as Record<string, Promise<unknown>>;
  cache.arrayBuffer = Promise.resolve(buffer);
  if (extra.text !== undefined) cache.text = Promise.resolve(extra.text);
  if (extra.formData) cache.formData = Promise.resolve(extra.formData);
}

const mediaTypeOf = (c: Context) => (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

/** The checks of a JSON body; a Response for the first problem, or null when the body may pass. */
async function checkJsonBody(c: Context, method: string, limit: number): Promise<Response | null> {
  const read = await readBody(c, limit);
  if (!read.ok) return read.response;
  const { bytes } = read;
  if (bytes.byteLength === 0) {
    if (method === 'DELETE') {
      cacheBody(c, bytes, { text: '' });
      return null;
    }
    return inputErrorResponse(c, [{ file: BODY_FILE, code: 'empty_body', reason: 'リクエスト本文が空です。JSON を送ってください' }]);
  }
  const contentType = c.req.header('content-type');
  if (!JSON_MEDIA_TYPE.test(mediaTypeOf(c))) {
    const shown = contentType ? `「${contentType.slice(0, 100)}」` : 'Content-Type の指定なし';
    return errorJson(c, 400, 'unsupported_media_type', [
      { file: BODY_FILE, code: 'unsupported_media_type', reason: `この API は JSON を受け付けます（${shown}）。Content-Type: application/json で送ってください` },
    ]);
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return errorJson(c, 400, 'unsupported_media_type', [
      { file: BODY_FILE, code: 'unsupported_charset', reason: `文字コード「${charset}」は受け付けていません。JSON は UTF-8 で送ってください` },
    ]);
  }
  const decoded = decodeBody(bytes);
  if ('issue' in decoded) return inputErrorResponse(c, [decoded.issue]);
  const { text } = decoded;
  // Depth (before parsing), syntax, and every value a store cannot keep (NUL, lone surrogates,
  // numbers beyond ±10^18, over-long strings, __proto__): the importers' own JSON reader.
  try {
    parseLocatedJson(text, BODY_FILE);
  } catch (e) {
    if (e instanceof InputError) return inputErrorResponse(c, e.issues);
    throw e;
  }
  cacheBody(c, bytes, { text });
  return null;
}

/** A file part that a reader may parse as JSON (the same test as the import service's, plus '['). */
function looksLikeJsonFile(file: File, head: Uint8Array): boolean {
  if (/\.json$/i.test(file.name) || /json/i.test(file.type)) return true;
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  return head[i] === 0x7b || head[i] === 0x5b;
}

async function checkMultipartBody(c: Context, limit: number): Promise<Response | null> {
  const read = await readBody(c, limit);
  if (!read.ok) return read.response;
  const { bytes } = read;
  if (mediaTypeOf(c) !== 'multipart/form-data') {
    // Not a form: the handler reports the missing file in its own words.
    cacheBody(c, bytes, {});
    return null;
  }
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': c.req.header('content-type')! } }).formData();
  } catch {
    return inputErrorResponse(c, [
      { file: BODY_FILE, code: 'invalid_multipart', reason: 'multipart/form-data の形式が正しくありません（境界文字列や各パートの見出しを確かめてください）' },
    ]);
  }
  for (const [, part] of form) {
    if (typeof part === 'string') continue;
    const fileBytes = new Uint8Array(await part.arrayBuffer());
    if (!looksLikeJsonFile(part, fileBytes.subarray(0, 64))) continue;
    const text = lenient.decode(fileBytes);
    const deep = jsonDepthExcessAt(text, MAX_JSON_DEPTH);
    if (deep >= 0) {
      const pos = lineAndColumn(text, deep);
      return inputErrorResponse(c, [
        {
          file: part.name || BODY_FILE,
          line: pos.line,
          column: `${pos.column}文字目`,
          code: 'too_deep',
          reason: `JSON の入れ子が深すぎます（配列・オブジェクトの入れ子は${MAX_JSON_DEPTH}段までです）`,
        },
      ]);
    }
  }
  cacheBody(c, bytes, { formData: form });
  return null;
}

export interface RequestGuardOptions {
  /** the app's routes (read at request time), to name path parameters and find body limits */
  routes: RouteTable;
}

/** The middleware (mount on /api/*). */
export function requestGuard(opts: RequestGuardOptions): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method.toUpperCase();
    const url = new URL(c.req.url);
    const issues = urlIssues(url, opts.routes, method);
    if (issues.length > 0) return inputErrorResponse(c, issues);

    if (BODY_METHODS.has(method)) {
      // Only bodies for a route that exists are read; anything else gets the 404 it deserves.
      const route = opts.routes.match(method, url.pathname.split('/'));
      if (route?.methodMatches) {
        const limit = ROUTE_BODY_LIMITS[route.key] ?? JSON_BODY_LIMIT;
        const problem = MULTIPART_ROUTES.has(route.key) ? await checkMultipartBody(c, limit) : await checkJsonBody(c, method, limit);
        if (problem) return problem;
      }
    }
    await next();
  };
}
