/**
 * The operator socket's messages: one JSON object per line, both ways. The CLI process sends
 * the command line; the server runs it and asks back for what only the CLI process has (its
 * standard input, an answer typed at a hidden prompt, files on its side), and streams the
 * output and finally the exit code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export type ClientMessage =
  | { type: 'run'; argv: string[]; cwd: string; username: string; actor: string | null; version: 1 }
  | { type: 'reply'; id: number; data?: string; text?: string; error?: { code: string; message: string } };

export type ServerMessage =
  | { type: 'out'; stream: 'stdout' | 'stderr'; data: string }
  | { type: 'ask'; id: number; what: 'stdin' }
  | { type: 'ask'; id: number; what: 'prompt'; question: string }
  | { type: 'ask'; id: number; what: 'read'; path: string }
  | { type: 'ask'; id: number; what: 'write'; path: string; data: string; overwrite: boolean; private: boolean }
  | { type: 'exit'; code: number };

/** Byte payloads travel base64-encoded inside the JSON lines. */
export const toBase64 = (b: string | Uint8Array) => Buffer.from(typeof b === 'string' ? Buffer.from(b, 'utf8') : b).toString('base64');
export const fromBase64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

/**
 * Where a server's socket lives: in a new private directory (0700, unpredictable name) under the
 * temp directory, named in the data directory's lock file. Not in the data directory itself:
 * PGlite's own dump of the directory (backups) cannot read a socket file.
 */
export function createSocketDir(): string {
  return mkdtempSync(join(tmpdir(), 'sousei-operator-'));
}

/** Removes a socket directory this module made (a stale one a killed server left behind too). */
export function removeSocketDir(socketPath: string): void {
  const dir = dirname(socketPath);
  if (dirname(dir) === tmpdir() && basename(dir).startsWith('sousei-operator-')) rmSync(dir, { recursive: true, force: true });
}

/** Splits a stream of bytes into lines and parses each as JSON. */
export function lineReader(onMessage: (m: unknown) => void): (chunk: Buffer) => void {
  let buffered = '';
  return (chunk) => {
    buffered += chunk.toString('utf8');
    for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      if (line.trim() !== '') onMessage(JSON.parse(line));
    }
  };
}
