/** The real `sousei` command (bin/sousei.mjs) in a child process, for tests that drive the CLI. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface CliRun {
  code: number | null;
  /** standard output as UTF-8 text, and as bytes (exports: BOM, Shift_JIS) */
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

/**
 * Runs `sousei args…` with `env` added to this process's environment (DATABASE_URL removed unless
 * given: an embedded data directory is the default), writing `input` to its standard input.
 */
export function runSousei(args: string[], opts: { env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    Object.assign(env, opts.env);
    const child = spawn(process.execPath, ['bin/sousei.mjs', ...args], { cwd: ROOT, env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const bytes = Buffer.concat(out);
      resolve({ code, stdout: bytes.toString('utf8'), stdoutBytes: bytes, stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(opts.input ?? '');
  });
}
