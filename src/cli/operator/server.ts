/**
 * The operator socket of a running server on an embedded (PGlite) database: a Unix socket
 * readable and writable by the server's OS user only (0600 in a private 0700 directory, named in
 * the data directory's lock file). A CLI process that finds the directory held by this server connects here and the
 * server runs the command line on its own database handle, so writes are never made by a second
 * process (which PGlite cannot survive) and the server's caches see them at once.
 *
 * Whoever can connect is the operator: the same trust as shell access to the data directory.
 */
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server, type Socket } from 'node:net';
import type { Command } from 'commander';
import type { DatabaseHandle } from '../../db/client.ts';
import type { Logger } from '../../infra/logger.ts';
import { reportError } from '../../infra/cli/exit-codes.ts';
import { fileError, type CliIO } from '../../infra/cli/io.ts';
import { serverRuntime, type CliRuntime } from '../runtime.ts';
import { createSocketDir, fromBase64, lineReader, removeSocketDir, toBase64, type ClientMessage, type ServerMessage } from './protocol.ts';

export interface OperatorSocketOptions {
  handle: DatabaseHandle;
  logger?: Logger;
  buildProgram: (rt: CliRuntime) => Command;
}

type Ask =
  | { what: 'stdin' }
  | { what: 'prompt'; question: string }
  | { what: 'read'; path: string }
  | { what: 'write'; path: string; data: string; overwrite: boolean; private: boolean };
type Reply = Extract<ClientMessage, { type: 'reply' }>;

function serveConnection(socket: Socket, opts: OperatorSocketOptions) {
  const pending = new Map<number, (r: Reply) => void>();
  let nextId = 1;
  let started = false;
  const send = (m: ServerMessage) => {
    if (!socket.destroyed) socket.write(`${JSON.stringify(m)}\n`);
  };
  const ask = (q: Ask) =>
    new Promise<Reply>((resolve, reject) => {
      if (socket.destroyed) return reject(new Error('the CLI process has gone'));
      const id = nextId++;
      pending.set(id, resolve);
      send({ type: 'ask', id, ...q } as ServerMessage);
    });
  socket.on('close', () => {
    for (const resolve of pending.values()) resolve({ type: 'reply', id: 0, error: { code: 'ECONNRESET', message: 'the CLI process has gone' } });
    pending.clear();
  });
  const replyError = (path: string, r: Reply) => {
    if (!r.error) return;
    throw fileError(path, Object.assign(new Error(r.error.message), { code: r.error.code }));
  };

  const run = async (m: Extract<ClientMessage, { type: 'run' }>) => {
    const io: CliIO = {
      stdout: { write: (c) => send({ type: 'out', stream: 'stdout', data: toBase64(c) }) },
      stderr: { write: (c) => send({ type: 'out', stream: 'stderr', data: toBase64(c) }) },
      isTTY: false,
      username: m.username,
      actor: m.actor ?? undefined,
      readStdin: async () => (await ask({ what: 'stdin' })).text ?? '',
      promptHidden: async (question) => (await ask({ what: 'prompt', question })).text ?? '',
      async readFile(path) {
        const r = await ask({ what: 'read', path });
        replyError(path, r);
        return fromBase64(r.data ?? '');
      },
      async writeFile(path, data, o = {}) {
        replyError(path, await ask({ what: 'write', path, data: toBase64(data), overwrite: o.overwrite !== false, private: o.private === true }));
      },
    };
    let code = 0;
    try {
      await opts.buildProgram(serverRuntime(io, opts.handle)).parseAsync(m.argv, { from: 'user' });
    } catch (e) {
      code = reportError(e, io.stderr);
    }
    // Who ran what is logged (commands and exit codes, never their input or output).
    opts.logger?.info(
      {
        operator: m.username,
        command: m.argv
          .filter((a) => !a.startsWith('-'))
          .slice(0, 2)
          .join(' '),
        code,
      },
      'operator command',
    );
    send({ type: 'exit', code });
    socket.end();
  };

  socket.on(
    'data',
    lineReader((raw) => {
      const m = raw as ClientMessage;
      if (m.type === 'run' && !started && Array.isArray(m.argv) && m.argv.every((a) => typeof a === 'string')) {
        started = true;
        void run(m);
      } else if (m.type === 'reply') {
        const resolve = pending.get(m.id);
        pending.delete(m.id);
        resolve?.(m);
      } else socket.destroy();
    }),
  );
  socket.on('error', () => socket.destroy());
}

export async function startOperatorSocket(opts: OperatorSocketOptions): Promise<{ path: string; close(): Promise<void> }> {
  const path = join(createSocketDir(), 'sousei.sock');
  const server: Server = createServer((socket) => serveConnection(socket, opts));
  // The socket is created by listen() itself: a restrictive umask around the call means it never
  // exists, even for a moment, with wider permissions than 0600.
  const umask = process.umask(0o177);
  try {
    server.listen(path);
  } finally {
    process.umask(umask);
  }
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  chmodSync(path, 0o600);
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        removeSocketDir(path);
      }),
  };
}
