/**
 * pg_dump and pg_restore for server mode: found like the test harness finds PostgreSQL binaries
 * (the newest /usr/lib/postgresql/<version>/bin, then PATH), given the database without the
 * password on their command line (the password goes in PGPASSWORD, which other users cannot
 * read, unlike a process's arguments), and their messages passed on with any password removed.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { NotFoundError } from '../../shared/errors.ts';

export type PostgresTool = 'pg_dump' | 'pg_restore';

export function findPostgresTool(name: PostgresTool): string {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(root, v, 'bin', name))) return join(root, v, 'bin', name);
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir && existsSync(join(dir, name))) return join(dir, name);
  throw new NotFoundError(
    `${name} が見つかりません。PostgreSQL のクライアント（サーバーと同じか新しい版。Debian/Ubuntu: apt-get install postgresql-client）を入れてから再実行してください`,
  );
}

export interface LibpqConnection {
  /** the connection URI without its password, for --dbname */
  dbname: string;
  env: NodeJS.ProcessEnv;
  /** strings to remove from anything the tools print */
  secrets: string[];
}

export function libpqConnection(url: string): LibpqConnection {
  const u = new URL(url);
  const secrets = u.password ? [u.password, decodeURIComponent(u.password)] : [];
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  u.password = '';
  // node-postgres's `ssl=true` is libpq's sslmode=require (libpq rejects parameters it does not know).
  const ssl = u.searchParams.get('ssl');
  if (ssl !== null) {
    u.searchParams.delete('ssl');
    if (!u.searchParams.has('sslmode') && ssl !== 'false' && ssl !== '0') u.searchParams.set('sslmode', 'require');
  }
  env.PGCONNECT_TIMEOUT ??= '15';
  return { dbname: u.toString(), env, secrets: secrets.filter((s) => s.length > 0) };
}

export interface ToolRun {
  code: number | null;
  stdout: Buffer;
  /** with passwords replaced by *** */
  stderr: string;
}

/** Runs a tool to completion (connected to `conn` when given); stdout is collected (pg_dump writes the archive there). */
export function runPostgresTool(bin: string, args: string[], conn?: LibpqConnection): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const connArgs = conn ? ['--no-password', `--dbname=${conn.dbname}`] : [];
    const child = spawn(bin, [...args, ...connArgs], { env: conn?.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      let stderr = Buffer.concat(err).toString('utf8').trim();
      for (const s of conn?.secrets ?? []) stderr = stderr.split(s).join('***');
      resolve({ code, stdout: Buffer.concat(out), stderr });
    });
  });
}
