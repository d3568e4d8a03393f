/**
 * The real platform as a child process (`node bin/sousei.mjs serve`) on a free loopback port,
 * with its own data directory, optional users and actuals: what end-to-end tests and
 * measurement scripts drive.
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyOfSeededDataDir } from './seeded-data-dir.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export interface PlatformServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

function cli(dataDir: string, args: string[], input?: string) {
  execFileSync(process.execPath, ['bin/sousei.mjs', ...args], {
    cwd: ROOT,
    env: { ...process.env, SOUSEI_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export interface PlatformOptions {
  users?: Array<{ email: string; name: string; role: string; org: string; password: string }>;
  actualsCsv?: string;
  /** load the shipped statistics data set (default true; pages that show no statistics do without) */
  statistics?: boolean;
  /** an existing data directory, kept when the server stops (default: a new one, removed) */
  dataDir?: string;
}

/** `sousei serve` on a free port with the given environment; resolves once it prints its URL. */
export async function spawnServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['bin/sousei.mjs', 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', ...env },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+?)\/?\s/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return { child, url };
}

function newDataDir(statistics: boolean): string {
  return (statistics ? copyOfSeededDataDir('sousei-e2e-') : null) ?? mkdtempSync(join(tmpdir(), 'sousei-e2e-'));
}

export async function startPlatform(opts: PlatformOptions = {}): Promise<PlatformServer> {
  const dataDir = opts.dataDir ?? newDataDir(opts.statistics !== false);
  // Set-up through the real CLI, before the server opens the (single-process) PGlite directory.
  for (const u of opts.users ?? []) cli(dataDir, ['users', 'add', '--email', u.email, '--name', u.name, '--role', u.role, '--org', u.org, '--password-stdin'], u.password);
  if (opts.actualsCsv) {
    const f = join(dataDir, 'actuals.csv');
    writeFileSync(f, opts.actualsCsv);
    cli(dataDir, ['import', f, '--strategy', 'chiiki-mirai-senryaku-2026']);
  }
  const { child, url } = await spawnServer({ SOUSEI_DATA_DIR: dataDir, SOUSEI_LOAD_STATISTICS: opts.statistics === false ? 'false' : 'true' });
  return {
    url,
    dataDir,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
