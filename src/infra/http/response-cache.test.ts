import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, ResponseCache } from './response-cache.ts';

/** An app with one cached route whose body names how many times it was made. */
function setup(maxBytes?: number) {
  let version: string | null = 'v1';
  let made = 0;
  let size = 2000;
  const cache = new ResponseCache(async () => version, maxBytes);
  const app = new Hono();
  app.get('/r/:key', (c) =>
    cache.respond(c, c.req.param('key'), async () => {
      made++;
      if (c.req.param('key') === 'fails') throw new Error('boom');
      await new Promise((r) => setTimeout(r, 5));
      return { body: JSON.stringify({ made, pad: 'x'.repeat(size) }), contentType: 'application/json', headers: { 'content-disposition': 'inline' } };
    }),
  );
  app.onError((e, c) => c.text(e.message, 500));
  return {
    app,
    cache,
    made: () => made,
    setVersion: (v: string | null) => {
      version = v;
    },
    setSize: (n: number) => {
      size = n;
    },
  };
}

const bodyOf = async (res: Response) => (JSON.parse(await res.text()) as { made: number }).made;

describe('ResponseCache', () => {
  it('makes a body once per key and version, and again after the version changes', async () => {
    const t = setup();
    expect(await bodyOf(await t.app.request('/r/a'))).toBe(1);
    expect(await bodyOf(await t.app.request('/r/a'))).toBe(1);
    expect(await bodyOf(await t.app.request('/r/b'))).toBe(2);
    t.setVersion('v2');
    expect(await bodyOf(await t.app.request('/r/a'))).toBe(3);
    expect(t.cache.stats().entries).toBe(1); // the entries of v1 went with it
  });

  it('keeps nothing while the version is unknown', async () => {
    const t = setup();
    t.setVersion(null);
    await t.app.request('/r/a');
    await t.app.request('/r/a');
    expect(t.made()).toBe(2);
    expect(t.cache.stats()).toEqual({ entries: 0, bytes: 0 });
  });

  it('concurrent misses of one key make it once', async () => {
    const t = setup();
    const all = await Promise.all(Array.from({ length: 20 }, async () => bodyOf(await t.app.request('/r/a'))));
    expect(new Set(all)).toEqual(new Set([1]));
    expect(t.made()).toBe(1);
  });

  it('a failure is not kept: the next request tries again', async () => {
    const t = setup();
    expect((await t.app.request('/r/fails')).status).toBe(500);
    expect((await t.app.request('/r/fails')).status).toBe(500);
    expect(t.made()).toBe(2);
  });

  it('serves gzip to clients that accept it, the same bytes unzipped, with per-encoding strong ETags and 304', async () => {
    const t = setup();
    const plain = await t.app.request('/r/a');
    const zipped = await t.app.request('/r/a', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(zipped.headers.get('content-disposition')).toBe('inline');
    const raw = await plain.text();
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe(raw);
    const tag = plain.headers.get('etag')!;
    expect(tag).toMatch(/^"[\w-]+"$/);
    expect(zipped.headers.get('etag')).toBe(`${tag.slice(0, -1)}-gzip"`);
    const again = await t.app.request('/r/a', { headers: { 'if-none-match': zipped.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await t.app.request('/r/a', { headers: { 'if-none-match': 'W/"other"' } })).status).toBe(200);
    // After a write, the old tag names an old body: 200 with the new one.
    t.setVersion('v2');
    const fresh = await t.app.request('/r/a', { headers: { 'if-none-match': tag } });
    expect(fresh.status).toBe(200);
    expect(await bodyOf(fresh)).toBe(2);
  });

  it('small bodies go uncompressed', async () => {
    const t = setup();
    t.setSize(10);
    const res = await t.app.request('/r/a', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
  });

  it('stays within its byte budget, dropping the least recently used', async () => {
    const t = setup(40_000);
    t.setSize(8000); // ≈8 KB identity + gzip each
    for (const k of ['a', 'b', 'c', 'd']) await t.app.request(`/r/${k}`);
    await t.app.request('/r/a'); // a is now the most recent
    for (const k of ['e', 'f']) await t.app.request(`/r/${k}`);
    expect(t.cache.stats().bytes).toBeLessThanOrEqual(40_000);
    const before = t.made();
    await t.app.request('/r/a');
    expect(t.made()).toBe(before); // kept
    await t.app.request('/r/b');
    expect(t.made()).toBe(before + 1); // dropped first
  });

  it('reads Accept-Encoding with its q-values', () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('br, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('deflate, *;q=0')).toBe(false);
  });
});
