/**
 * What a CLI command may touch of the outside world: its output streams, standard input, a
 * hidden prompt and files named on the command line. Commands never use process.stdout or fs
 * directly, so the same command runs in its own process (localIO) or inside a running server
 * on behalf of a CLI process connected to its operator socket (operator/server.ts): there the
 * files are read and written by the CLI process, under its user's own permissions.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import { writeFileWhole } from '../write-file-whole.ts';
import { NotFoundError, InputError } from '../../shared/errors.ts';

export interface OutputStream {
  write(chunk: string | Uint8Array): void;
}

export interface WriteOptions {
  overwrite?: boolean;
  private?: boolean;
}

/** The CLI process writing a file it was asked for (locally, or for a server over the operator socket). */
export function writeNamedFile(path: string, data: string | Uint8Array, opts: WriteOptions = {}): void {
  writeFileWhole(resolve(path), data, { overwrite: opts.overwrite !== false, mode: opts.private ? 0o600 : 0o644 });
}

export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  /** stderr is an interactive terminal (progress bars instead of step lines) */
  isTTY: boolean;
  /** the OS user running the CLI, for the audit trail's default actor */
  username: string;
  /** SOUSEI_ACTOR of the CLI process, if set */
  actor: string | undefined;
  /** the whole of standard input */
  readStdin(): Promise<string>;
  /** asks on the terminal without echoing what is typed */
  promptHidden(question: string): Promise<string>;
  /** a file named on the command line; NotFoundError when it does not exist */
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Writes a file named on the command line, whole or not at all. Overwrites unless
   * `overwrite: false`; `private` files (backups) are readable by their owner only.
   */
  writeFile(path: string, data: string | Uint8Array, opts?: WriteOptions): Promise<void>;
}

/** Errors reading or writing a named file, as the CLI reports them (exit 2 or 1). */
export function fileError(path: string, e: NodeJS.ErrnoException): Error {
  if (e.code === 'ENOENT') return new NotFoundError(`ファイル「${path}」がありません`);
  if (e.code === 'EISDIR') return InputError.single({ file: path, code: 'is_directory', reason: 'ファイルではなくディレクトリです' });
  if (e.code === 'EACCES' || e.code === 'EPERM') return InputError.single({ file: path, code: 'permission_denied', reason: 'ファイルを読み書きする権限がありません' });
  if (e.code === 'EEXIST') return InputError.single({ file: path, code: 'file_exists', reason: 'ファイルが既にあります（上書きする場合は --force を指定してください）' });
  return e;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function promptOnTerminal(question: string): Promise<string> {
  return new Promise((resolvePrompt) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const w = rl as unknown as { _writeToOutput: (s: string) => void };
    const write = w._writeToOutput.bind(rl);
    w._writeToOutput = (s: string) => write(s.startsWith(question) ? s : '');
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolvePrompt(answer);
    });
  });
}

/** The CLI process's own streams and files (relative paths from its working directory). */
export function localIO(): CliIO {
  // `sousei export … | head` closes the pipe early: that is the reader's choice, not an error.
  for (const s of [process.stdout, process.stderr]) {
    s.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
  return {
    stdout: { write: (c) => void process.stdout.write(c) },
    stderr: { write: (c) => void process.stderr.write(c) },
    isTTY: process.stderr.isTTY === true,
    username: currentUser(),
    actor: process.env.SOUSEI_ACTOR || undefined,
    readStdin: readAllStdin,
    promptHidden: promptOnTerminal,
    async readFile(path) {
      try {
        return new Uint8Array(await readFile(resolve(path)));
      } catch (e) {
        throw fileError(path, e as NodeJS.ErrnoException);
      }
    },
    async writeFile(path, data, opts = {}) {
      try {
        writeNamedFile(path, data, opts);
      } catch (e) {
        throw fileError(path, e as NodeJS.ErrnoException);
      }
    },
  };
}
