/** The real server for bench/plans.ts: started on a free loopback port, requests timed one after another. */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { freePort } from '../test/support/throwaway-postgres.ts';

export async function timed(fn: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function get(agent: Agent, port: number, path: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => {
        bytes += d.length;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/sousei.mjs', 'serve', '--port', String(port)], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('running at') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    port,
    /** The first request (a cache miss) and `n` more after it, each timed. */
    async measure(path: string, n: number) {
      let out = { status: 0, bytes: 0 };
      const first = await timed(async () => {
        out = await get(agent, port, path);
      });
      if (out.status !== 200) throw new Error(`HTTP ${out.status} for ${path}`);
      const rest: number[] = [];
      for (let i = 0; i < n; i++) rest.push(await timed(async () => void (await get(agent, port, path))));
      return { first, rest, bytes: out.bytes };
    },
    async stop() {
      agent.destroy();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
