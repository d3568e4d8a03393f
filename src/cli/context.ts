/** What every CLI command shares: configuration, the opened platform, the acting user, error exits. */
import { userInfo } from 'node:os';
import { loadConfig, type Config } from '../config.ts';
import { createLogger } from '../logger.ts';
import { openPlatform } from '../platform/open-platform.ts';
import type { DatabaseHandle } from '../db/client.ts';
import { InputError, NotFoundError } from '../shared/errors.ts';
import { PeriodParseError, parseDay, todayDay } from '../shared/periods.ts';
import { progressReporter } from './terminal.ts';

export interface GlobalOptions {
  dataDir?: string;
  databaseUrl?: string;
}

export function configFrom(opts: GlobalOptions): Config {
  const config = loadConfig();
  return { ...config, SOUSEI_DATA_DIR: opts.dataDir ?? config.SOUSEI_DATA_DIR, DATABASE_URL: opts.databaseUrl ?? config.DATABASE_URL };
}

export async function withPlatform<T>(opts: GlobalOptions, fn: (handle: DatabaseHandle, config: Config) => Promise<T>): Promise<T> {
  const config = configFrom(opts);
  const progress = progressReporter();
  const handle = await openPlatform(config, createLogger(process.env.LOG_LEVEL ?? 'warn'), progress.update);
  progress.stop();
  try {
    return await fn(handle, config);
  } finally {
    await handle.close();
  }
}

export function actorName(explicit?: string): string {
  if (explicit) return explicit;
  if (process.env.SOUSEI_ACTOR) return process.env.SOUSEI_ACTOR;
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

export function asOfOption(raw: string | undefined): number {
  return raw ? parseDay(raw) : todayDay();
}

/** Exit codes: 1 bad input, 2 not found, 3 anything else. Messages go to stderr, in Japanese. */
export function exitWithError(e: unknown): never {
  if (e instanceof InputError) {
    process.stderr.write(`エラー: 入力に問題があります（${e.issues.length}件）。データベースは変更されていません。\n${e.message}\n`);
    process.exit(1);
  }
  if (e instanceof PeriodParseError) {
    process.stderr.write(`エラー: ${e.message}\n`);
    process.exit(1);
  }
  if (e instanceof NotFoundError) {
    process.stderr.write(`エラー: ${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`エラー: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(3);
}
