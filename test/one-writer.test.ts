/**
 * One writer per embedded data directory, with real processes: `sousei serve` holds the
 * directory; CLI commands run meanwhile go through its operator socket, so the server sees
 * their writes at once and nothing is lost across a restart (on main, `users add` and `import`
 * beside a running server said 登録しました and were gone after the restart, 3 of 3 runs).
 * A directory held by another CLI command is refused with who holds it; a stale lock (its
 * process gone) is taken over. (Without the statistics data set: what is tested here does not
 * depend on it, and each first start would spend most of its time loading it.)
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer } from './support/platform-server.ts';
import { runSousei } from './support/sousei-cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'sousei-one-writer-'));
const PASSWORD = 'operator passphrase for the tests 2026';

const sousei = (args: string[], input?: string) => runSousei(args, { env: { SOUSEI_DATA_DIR: dataDir, SOUSEI_ACTOR: 'cli:operator', SOUSEI_LOAD_STATISTICS: 'false' }, input });

const startServer = () => spawnServer({ SOUSEI_DATA_DIR: dataDir, SOUSEI_LOAD_STATISTICS: 'false' });

async function stopServer(s: { child: ChildProcessWithoutNullStreams }) {
  const exited = new Promise((r) => s.child.once('exit', r));
  s.child.kill('SIGTERM');
  await exited;
}

async function signIn(url: string, email: string) {
  const res = await fetch(`${url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  const body = (await res.json()) as { csrf_token: string };
  return { status: res.status, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: body.csrf_token };
}

describe('one writer per embedded data directory [pglite]', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer();
  }, 180_000);
  afterAll(async () => {
    if (server && server.child.exitCode === null) await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the running server names itself in the lock (0700 data directory) and listens on an owner-only socket in a private directory', () => {
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const socket = (JSON.parse(readFileSync(join(dataDir, 'sousei.lock'), 'utf8')) as { socket: string }).socket;
    expect(statSync(socket).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(socket)).mode & 0o777).toBe(0o700);
  });

  it('users add and import while the server runs: acknowledged, seen by the server at once, kept after a restart', async () => {
    const add = await sousei(['users', 'add', '--email', 'ops@example.go.jp', '--name', '運用担当', '--role', 'admin', '--org', '000000', '--password-stdin'], PASSWORD);
    expect(add.stderr).toBe('');
    expect(add.stdout).toContain('登録しました: ops@example.go.jp');
    expect(add.code).toBe(0);
    const signedIn = await signIn(server.url, 'ops@example.go.jp');
    expect(signedIn.status).toBe(200);

    const imp = await sousei(['import', 'test/fixtures/catalog-small.json']);
    expect(imp.code).toBe(0);
    const list = (await (await fetch(`${server.url}/api/v1/strategies`)).json()) as { strategies: Array<{ id: string }> };
    expect(list.strategies.map((s) => s.id)).toContain('test-strategy');

    // A write through the server between the two CLI writes.
    const web = await fetch(`${server.url}/api/v1/strategies/test-strategy/observations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: signedIn.cookie, 'x-csrf-token': signedIn.csrf },
      body: JSON.stringify({ rows: [{ kpi_id: 'T-01', period: 'FY2027', value: 16000 }] }),
    });
    expect(web.status).toBe(200);
    const obs = await sousei(['import', 'test/fixtures/observations-sjis.csv', '--strategy', 'test-strategy']);
    expect(obs.code).toBe(0);

    // The audit trail names the operator; the chain verifies through the socket.
    const audit = await sousei(['audit', '--strategy', 'test-strategy']);
    expect(audit.stdout).toContain('CLI（operator）');
    // Users by display name (the entry keeps only the id), times in JST, actions in Japanese.
    expect(audit.stdout).toContain('運用担当');
    expect(audit.stdout).not.toContain('ops@example.go.jp');
    expect(audit.stdout).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} JST/);
    expect(audit.stdout).toContain('実績値の登録・更新');
    const verify = await sousei(['audit', 'verify']);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('改ざんは見つかりません');

    await stopServer(server);
    server = await startServer();
    expect((await signIn(server.url, 'ops@example.go.jp')).status).toBe(200);
    const catalog = (await (await fetch(`${server.url}/api/v1/strategies/test-strategy`)).json()) as {
      kpis: Array<{ id: string; observations: Array<{ period: string; value: number }> }>;
    };
    const t01 = catalog.kpis.find((k) => k.id === 'T-01')!;
    expect(t01.observations).toContainEqual(expect.objectContaining({ period: 'FY2027', value: 12000 })); // the CLI import (1.2万) after the web write
  }, 240_000);

  it('a second server on the same directory is refused with the running one named (exit 4)', async () => {
    const second = await sousei(['serve', '--port', '0']);
    expect(second.code).toBe(4);
    expect(second.stderr).toContain('使用中です');
    expect(second.stderr).toContain(server.url);
  });

  it('a missing input file is exit 2 with one line, also through the server', async () => {
    const r = await sousei(['import', 'no-such-file.csv', '--strategy', 'test-strategy']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('エラー: ファイル「no-such-file.csv」がありません');
  });

  it('backs up the running server through it (consistent, owner-only file); restore is refused while it runs', async () => {
    const file = join(dataDir, '..', `${dataDir.split('/').pop()}-backup.tar.gz`);
    try {
      const b = await sousei(['backup', '--out', file]);
      expect(b.stderr).toBe('');
      expect(b.code).toBe(0);
      expect(b.stdout).toContain('バックアップを作成しました');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const again = await sousei(['backup', '--out', file]);
      expect(again.code).toBe(1);
      const r = await sousei(['restore', file, '--force']);
      expect(r.code).toBe(4);
      expect(r.stderr).toContain('使用中です');
    } finally {
      rmSync(file, { force: true });
    }
  }, 120_000);

  it('a directory held by another CLI command is refused naming it; a stale lock is taken over', async () => {
    await stopServer(server);
    // A live process that is not a server (no socket) holding the directory.
    const holder = spawn('sleep', ['60']);
    try {
      writeFileSync(
        join(dataDir, 'sousei.lock'),
        JSON.stringify({ pid: holder.pid, hostname: hostname(), proc_start: null, started_at: '2026-12-01T00:00:00.000Z', purpose: 'import' }),
      );
      const busy = await sousei(['strategies']);
      expect(busy.code).toBe(4);
      expect(busy.stderr).toContain(`pid ${holder.pid}`);
      expect(busy.stderr).toContain('sousei import');
    } finally {
      holder.kill();
    }
    await new Promise((r) => holder.once('exit', r));
    // Its process is gone now: the lock is stale.
    const r = await sousei(['strategies']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('test-strategy');
  }, 120_000);
});
