/**
 * `npm start` for real: a fresh data directory, the server process, reference data on first
 * start, the URL printed, and the data still there after a restart (PGlite on disk).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

async function start(dataDir: string): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  // Its own process group: npm runs the server under a shell, and stopping must reach all of them.
  const child = spawn('npm', ['start', '--silent'], { cwd: root, detached: true, env: { ...process.env, PORT: '0', SOUSEI_DATA_DIR: dataDir, LOG_LEVEL: 'warn' } });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}: ${out}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcessWithoutNullStreams, url: string) {
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
  // The server itself (a grandchild) must be gone too: its port no longer answers.
  await expect
    .poll(
      async () =>
        fetch(`${url}api/v1/health`).then(
          () => 'up',
          () => 'down',
        ),
      { timeout: 10_000 },
    )
    .toBe('down');
}

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sousei-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts on the embedded database with the reference data and keeps data across restarts', async () => {
    const first = await start(dataDir);
    try {
      const health = (await (await fetch(`${first.url}api/v1/health`)).json()) as { status: string };
      expect(health.status).toBe('ok');
      const prefs = (await (await fetch(`${first.url}api/v1/areas?level=prefecture`)).json()) as { areas: Array<{ code: string }> };
      expect(prefs.areas).toHaveLength(47);
      expect(prefs.areas[0]?.code).toBe('010006');
      const munis = (await (await fetch(`${first.url}api/v1/areas?level=municipality`)).json()) as { areas: unknown[] };
      expect(munis.areas).toHaveLength(1747);
      const wards = (await (await fetch(`${first.url}api/v1/areas?level=ward`)).json()) as { areas: unknown[] };
      expect(wards.areas).toHaveLength(175);
      const ev = (await (await fetch(`${first.url}api/v1/strategies/chiiki-mirai-senryaku-2026/evaluation`)).json()) as { summary: { total: number } };
      expect(ev.summary.total).toBeGreaterThan(70);
      const page = await (await fetch(first.url)).text();
      expect(page).toContain('Sousei');
    } finally {
      await stop(first.child, first.url);
    }
    const second = await start(dataDir);
    try {
      const list = (await (await fetch(`${second.url}api/v1/strategies`)).json()) as { strategies: Array<{ id: string }> };
      expect(list.strategies.map((s) => s.id)).toEqual(['chiiki-mirai-senryaku-2026']);
    } finally {
      await stop(second.child, second.url);
    }
  }, 120_000);
});
