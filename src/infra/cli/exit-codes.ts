/**
 * The CLI's exit codes and the one line it prints for each failure (no stack traces for
 * anything a user can cause; LOG_LEVEL=debug shows the stack of an internal error).
 */
import { CommanderError } from 'commander';
import { DataDirBusyError } from '../../db/data-dir-lock.ts';
import { ConflictError, InputError, NotFoundError } from '../../shared/errors.ts';
import { LocalGovCodeError } from '../../shared/local-gov-code.ts';
import { PeriodParseError } from '../../shared/periods.ts';
import type { OutputStream } from './io.ts';

export const EXIT = {
  ok: 0,
  /** bad input or usage; nothing was changed */
  input: 1,
  /** a strategy, KPI, file … that does not exist */
  notFound: 2,
  /** anything else (a fault of the platform or its environment) */
  internal: 3,
  /** the data directory is used by another process that is not a server */
  busy: 4,
  /** the audit chain does not verify */
  auditBroken: 5,
  /** the record changed (or exists) in a way that prevents the change; nothing was changed */
  conflict: 6,
} as const;

/** A mistake in how a command was called (exit 1), e.g. --format xlsx without --out. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A command that completed but must report failure with a code of its own (e.g. audit verify). */
export class ExitStatus extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
    this.name = 'ExitStatus';
  }
}

/** Prints what the user needs to know about `e` and returns the exit code. */
export function reportError(e: unknown, stderr: OutputStream, debug = process.env.LOG_LEVEL === 'debug'): number {
  if (e instanceof ExitStatus) return e.code;
  // commander has already printed its own message (unknown option, missing argument, --help).
  if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.input;
  if (e instanceof InputError) {
    stderr.write(`エラー: 入力に問題があります（${e.issues.length}件）。データベースは変更されていません。\n${e.message}\n`);
    return EXIT.input;
  }
  if (e instanceof PeriodParseError || e instanceof UsageError || e instanceof LocalGovCodeError) {
    stderr.write(`エラー: ${e.message}\n`);
    return EXIT.input;
  }
  if (e instanceof NotFoundError) {
    stderr.write(`エラー: ${e.message}\n`);
    return EXIT.notFound;
  }
  if (e instanceof ConflictError) {
    stderr.write(`エラー: ${e.message}（データベースは変更されていません）\n`);
    return EXIT.conflict;
  }
  if (e instanceof DataDirBusyError) {
    stderr.write(`エラー: ${e.message}\n`);
    return EXIT.busy;
  }
  const message = e instanceof Error ? e.message.split('\n')[0] : typeof e === 'object' && e !== null ? (JSON.stringify(e) ?? String(e)).slice(0, 300) : String(e);
  stderr.write(`エラー: 処理を完了できませんでした: ${message}\n`);
  if (debug && e instanceof Error && e.stack) stderr.write(`${e.stack}\n`);
  else stderr.write('（詳細は LOG_LEVEL=debug で表示されます）\n');
  return EXIT.internal;
}
