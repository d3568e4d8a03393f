/**
 * Response bodies kept serialised and already gzipped, per key (route + parameters) and data
 * version (src/db/data-version.ts): a request at an unchanged version costs a map lookup, no
 * query, no evaluation, no JSON.stringify, no gzip. All entries go when the version changes;
 * within a version the least recently used go first beyond the byte budget. Concurrent misses of
 * one key make the body once. Strong ETags (from the body, per encoding) answer If-None-Match
 * with 304. Only for responses that are the same for everyone: never a session's or a role's.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { Context } from 'hono';

const gzip = promisify(gzipCallback);

/** What a route makes on a miss. */
export interface CacheableBody {
  body: string | Uint8Array;
  contentType: string;
  /** further headers of the representation (e.g. Content-Disposition) */
  headers?: Record<string, string>;
}

interface Entry {
  identity: Uint8Array;
  gzip: Uint8Array | null;
  tag: string;
  contentType: string;
  headers: Record<string, string>;
  bytes: number;
}

/** Below this, gzip gains little (the compress middleware's threshold too). */
const GZIP_THRESHOLD = 1024;

export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let star: boolean | null = null;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const accepted = q === undefined || Number(q.slice(2)) > 0;
    if (name.trim() === 'gzip' || name.trim() === 'x-gzip') return accepted;
    if (name.trim() === '*') star = accepted;
  }
  return star === true;
}

/** Whether If-None-Match names this entry's body (any encoding of it, weak or strong), or is *. */
function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const v = t.trim().replace(/^W\//, '');
    return v === '*' || v === `"${tag}"` || v === `"${tag}-gzip"`;
  });
}

async function makeEntry(made: CacheableBody): Promise<Entry> {
  const identity = typeof made.body === 'string' ? new TextEncoder().encode(made.body) : made.body;
  const zipped = identity.byteLength >= GZIP_THRESHOLD ? new Uint8Array(await gzip(identity, { level: 6 })) : null;
  const tag = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
  return { identity, gzip: zipped, tag, contentType: made.contentType, headers: made.headers ?? {}, bytes: identity.byteLength + (zipped?.byteLength ?? 0) + 256 };
}

function send(c: Context, e: Entry): Response {
  const useGzip = e.gzip !== null && acceptsGzip(c.req.header('accept-encoding'));
  const headers: Record<string, string> = {
    ...e.headers,
    'content-type': e.contentType,
    vary: 'Accept-Encoding',
    etag: `"${useGzip ? `${e.tag}-gzip` : e.tag}"`,
  };
  if (matches(c.req.header('if-none-match'), e.tag)) return c.body(null, 304, { etag: headers.etag!, vary: headers.vary! });
  if (useGzip) return c.body(e.gzip as Uint8Array<ArrayBuffer>, 200, { ...headers, 'content-encoding': 'gzip' });
  return c.body(e.identity as Uint8Array<ArrayBuffer>, 200, headers);
}

export class ResponseCache {
  private entries = new Map<string, Entry>();
  private pending = new Map<string, Promise<Entry>>();
  private bytes = 0;
  private version: string | null = null;

  /**
   * @param currentVersion the data version now; null: unknown, nothing is cached
   * @param maxBytes the budget of kept bodies (identity + gzip); one body over a quarter of it is not kept
   */
  constructor(
    private readonly currentVersion: () => Promise<string | null>,
    private readonly maxBytes = 64 * 2 ** 20,
  ) {}

  /** The response for `key` at the current data version: kept, or made by `make` (once) and kept. */
  async respond(c: Context, key: string, make: () => Promise<CacheableBody>): Promise<Response> {
    const version = await this.currentVersion();
    if (version === null) return send(c, await makeEntry(await make()));
    if (version !== this.version) this.clear(version);
    const hit = this.entries.get(key);
    if (hit) {
      // LRU: re-insert so the oldest entry is first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return send(c, hit);
    }
    const pendingKey = `${version}\u0000${key}`;
    let p = this.pending.get(pendingKey);
    if (!p) {
      p = make().then(makeEntry);
      this.pending.set(pendingKey, p);
      const forget = () => this.pending.delete(pendingKey);
      p.then(forget, forget);
      // Not kept if a newer version was seen meanwhile (the entries were cleared for it).
      p.then((e) => this.version === version && this.keep(key, e)).catch(() => {});
    }
    return send(c, await p);
  }

  /** Number of bodies and bytes kept (for tests and the bench). */
  stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private clear(version: string): void {
    this.entries.clear();
    this.bytes = 0;
    this.version = version;
  }

  private keep(key: string, e: Entry): void {
    if (e.bytes > this.maxBytes / 4 || this.entries.has(key)) return;
    this.entries.set(key, e);
    this.bytes += e.bytes;
    for (const [k, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= old.bytes;
    }
  }
}
