/**
 * A data directory after a first start (migrations, reference data and the statistics data set),
 * made once per test run under SOUSEI_TEST_SEED_DIR (test/support/seed-global-setup.ts) by the
 * real CLI, and copied for each test that wants the statistics: the one-time load is then paid
 * once per run, not once per file. The first start itself is still tested from scratch
 * (start.test.ts, statistics-reference.test.ts). Without the variable (scripts) there is no seed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

function seededDataDir(): string | null {
  const root = process.env.SOUSEI_TEST_SEED_DIR;
  if (!root) return null;
  const seed = join(root, 'data');
  const ready = join(root, 'ready');
  const lock = join(root, 'lock');
  // One maker at a time across test workers (mkdir is atomic); the others wait for 'ready'.
  for (;;) {
    if (existsSync(ready)) return seed;
    try {
      mkdirSync(lock);
      break;
    } catch {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (!existsSync(ready)) {
      execFileSync(process.execPath, ['bin/sousei.mjs', 'stats', 'indicators'], {
        cwd: ROOT,
        env: { ...process.env, SOUSEI_DATA_DIR: seed, DATABASE_URL: '', SOUSEI_LOAD_STATISTICS: 'true', LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      writeFileSync(ready, '');
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return seed;
}

/** A new directory holding a copy of the seed (without its lock file), or null when there is no seed. */
export function copyOfSeededDataDir(prefix: string): string | null {
  const seed = seededDataDir();
  if (!seed) return null;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(seed, dir, { recursive: true, filter: (src) => !basename(src).startsWith('sousei.lock') });
  return dir;
}
