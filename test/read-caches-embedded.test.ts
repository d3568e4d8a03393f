/**
 * Embedded mode: the server is the only writer of its data directory, and a CLI command run
 * meanwhile is executed by the server itself (operator socket). Its write changes the data
 * version in the server's process, so the next request gets a new body, not the cached one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawnServer } from './support/platform-server.ts';
import { runSousei } from './support/sousei-cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'sousei-read-caches-'));
const sousei = (args: string[]) => runSousei(args, { env: { SOUSEI_DATA_DIR: dataDir, SOUSEI_ACTOR: 'cli:operator', SOUSEI_LOAD_STATISTICS: 'false' } });

describe('cached read bodies with a CLI writing through the server [pglite]', () => {
  let server: { child: ChildProcessWithoutNullStreams; url: string };
  beforeAll(async () => {
    server = await spawnServer({ SOUSEI_DATA_DIR: dataDir, SOUSEI_LOAD_STATISTICS: 'false' });
  }, 180_000);
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      const exited = new Promise((r) => server.child.once('exit', r));
      server.child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a CLI import is in the next evaluation the server answers', async () => {
    expect((await sousei(['import', 'test/fixtures/catalog-small.json'])).code).toBe(0);
    const evaluation = async () => {
      const res = await fetch(`${server.url}/api/v1/strategies/test-strategy/evaluation?as_of=2028-06-30`);
      expect(res.status).toBe(200);
      const ev = (await res.json()) as { kpis: Array<{ id: string; actual: { period: string; value: number } | null }> };
      return { etag: res.headers.get('etag'), t02: ev.kpis.find((k) => k.id === 'T-02')!.actual };
    };
    const first = await evaluation();
    expect(first.t02).toEqual(expect.objectContaining({ period: '2025', value: 71 }));
    expect((await evaluation()).etag).toBe(first.etag);

    const imp = await sousei(['import', 'test/fixtures/observations-utf8.csv', '--strategy', 'test-strategy']);
    expect(imp.stderr).toBe('');
    expect(imp.code).toBe(0);
    const after = await evaluation();
    expect(after.t02).toEqual(expect.objectContaining({ period: '2027', value: 65.5 }));
    expect(after.etag).not.toBe(first.etag);
  }, 120_000);
});
