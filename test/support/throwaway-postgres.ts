/**
 * A throwaway PostgreSQL cluster from the installed binaries, in a temp directory, on a free
 * loopback port: for the server-mode tests and the benchmark when no server is given.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function findPostgresBin(name: string): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(root, v, 'bin', name))) return join(root, v, 'bin', name);
  }
  const which = spawnSync('which', [name], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts a cluster; null when PostgreSQL is not installed. `stop` removes everything. */
export async function startThrowawayPostgres(opts: { durable?: boolean } = {}): Promise<{ url: string; stop: () => void } | null> {
  const initdb = findPostgresBin('initdb');
  const pgCtl = findPostgresBin('pg_ctl');
  if (!initdb || !pgCtl) return null;
  const dir = mkdtempSync(join(tmpdir(), 'sousei-pg-'));
  const dataDir = join(dir, 'data');
  // PostgreSQL refuses to run as root: run it as the 'postgres' system user when we are root.
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' }) : execFileSync(cmd, args, { stdio: 'pipe' });
  if (asRoot) chmodSync(dir, 0o777);
  run(initdb, ['-D', dataDir, '-U', 'sousei', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  // Tests trade durability for speed; the benchmark keeps PostgreSQL's defaults.
  const fast = opts.durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  run(pgCtl, ['-D', dataDir, '-w', '-l', join(dir, 'server.log'), '-o', `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir}${fast}`, 'start']);
  return {
    url: `postgres://sousei@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run(pgCtl, ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
