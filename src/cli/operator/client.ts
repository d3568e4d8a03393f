/** The CLI side of the operator socket: sends the command line, answers the server's questions. */
import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { resolve as resolvePath } from 'node:path';
import { writeNamedFile, type CliIO } from '../../infra/cli/io.ts';
import { fromBase64, lineReader, toBase64, type ClientMessage, type ServerMessage } from './protocol.ts';

/** Runs `argv` in the server listening on `socketPath`; resolves with the command's exit code. */
export function forwardToServer(socketPath: string, argv: string[], io: CliIO): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let exited = false;
    const socket = connect(socketPath);
    const send = (m: ClientMessage) => socket.write(`${JSON.stringify(m)}\n`);
    const reply = async (id: number, work: () => Promise<{ data?: string; text?: string }>) => {
      try {
        send({ type: 'reply', id, ...(await work()) });
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        send({ type: 'reply', id, error: { code: err.code ?? 'EIO', message: err.message } });
      }
    };
    socket.on('connect', () => send({ type: 'run', argv, cwd: process.cwd(), username: io.username, actor: io.actor ?? null, version: 1 }));
    socket.on(
      'data',
      lineReader((raw) => {
        const m = raw as ServerMessage;
        if (m.type === 'out') (m.stream === 'stdout' ? io.stdout : io.stderr).write(fromBase64(m.data));
        else if (m.type === 'exit') {
          exited = true;
          resolve(m.code);
          socket.end();
        } else if (m.type === 'ask') {
          if (m.what === 'stdin') void reply(m.id, async () => ({ text: await io.readStdin() }));
          else if (m.what === 'prompt') void reply(m.id, async () => ({ text: await io.promptHidden(m.question) }));
          else if (m.what === 'read') void reply(m.id, async () => ({ data: toBase64(await readFile(resolvePath(m.path))) }));
          else if (m.what === 'write')
            void reply(m.id, async () => {
              writeNamedFile(m.path, fromBase64(m.data), { overwrite: m.overwrite, private: m.private });
              return {};
            });
        }
      }),
    );
    socket.on('error', (e) => {
      if (!exited) reject(new Error(`実行中のサーバーに接続できませんでした（${socketPath}: ${(e as NodeJS.ErrnoException).code ?? e.message}）`));
    });
    socket.on('close', () => {
      if (!exited) reject(new Error('実行中のサーバーとの接続が途中で切れました。コマンドの結果はサーバーのログで確認してください'));
    });
  });
}
