/**
 * A run-wide directory for the seeded data directory that end-to-end servers copy
 * (test/support/platform-server.ts: made on first use, so a run without browser tests pays
 * nothing); removed after the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const root = mkdtempSync(join(tmpdir(), 'sousei-test-seed-'));
  // Test workers are forked after global set-up and inherit the environment.
  process.env.SOUSEI_TEST_SEED_DIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
