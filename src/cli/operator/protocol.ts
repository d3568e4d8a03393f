/**
 * The operator socket's messages: one JSON object per line, both ways. The CLI process sends
 * the command line; the server runs it and asks back for what only the CLI process has (its
 * standard input, an answer typed at a hidden prompt, files on its side), and streams the
 * output and finally the exit code.
 */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export type ClientMessage =
  | { type: 'run'; argv: string[]; cwd: string; username: string; actor: string | null; version: 1 }
  | { type: 'reply'; id: number; data?: string; text?: string; error?: { code: string; message: string } };

export type ServerMessage =
  | { type: 'out'; stream: 'stdout' | 'stderr'; data: string }
  | { type: 'ask'; id: number; what: 'stdin' }
  | { type: 'ask'; id: number; what: 'prompt'; question: string }
  | { type: 'ask'; id: number; what: 'read'; path: string }
  | { type: 'ask'; id: number; what: 'write'; path: string; data: string; overwrite: boolean }
  | { type: 'exit'; code: number };

/** Byte payloads travel base64-encoded inside the JSON lines. */
export const toBase64 = (b: string | Uint8Array) => Buffer.from(typeof b === 'string' ? Buffer.from(b, 'utf8') : b).toString('base64');
export const fromBase64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

/**
 * Where a server's socket lives: in its data directory (mode 0700, the socket 0600), unless the
 * path would exceed the ~104-byte limit of Unix socket addresses; then under the temp directory,
 * named after the data directory.
 */
export function socketPathFor(dataDir: string): string {
  const inDir = join(resolve(dataDir), 'sousei.sock');
  if (Buffer.byteLength(inDir) <= 100) return inDir;
  return join(tmpdir(), `sousei-${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16)}.sock`);
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
