/** `sousei grants check` against an embedded data directory: JSON and text output, the exit codes scripts test, KPI links against the store. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runSousei } from './support/sousei-cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'sousei-grants-cli-'));
const FIXTURES = join('test', 'fixtures', 'grants');
const sousei = (args: string[]) => runSousei(args, { env: { SOUSEI_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SOUSEI_ACTOR: 'cli:test' } });
const check = (file: string, ...args: string[]) => sousei(['grants', 'check', join(FIXTURES, file), '--as-of', '2026-12-01', ...args]);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('checks application files: 0 when the rules are met, 7 when one is broken, 1 for a malformed file, 2 for a missing one', async () => {
  expect((await sousei(['import', join(FIXTURES, 'takaoka-strategy.json')])).code).toBe(0);

  const valid = await check('valid-municipality.json', '--format', 'json');
  expect(valid.code).toBe(0);
  const r = JSON.parse(valid.stdout) as { ok: boolean; national_share_by_year: Record<string, { total: number }>; issues: unknown[] };
  expect([r.ok, r.issues]).toEqual([true, []]);
  expect(Object.fromEntries(Object.entries(r.national_share_by_year).map(([y, t]) => [y, t.total]))).toEqual({
    '2026': 250_000_000,
    '2027': 500_000_000,
    '2028': 200_000_000,
    '2029': 150_000_000,
    '2030': 150_000_000,
  });

  const broken = await check('combination-broken.json', '--format', 'json');
  expect(broken.code).toBe(7);
  const b = JSON.parse(broken.stdout) as { ok: boolean; issues: Array<{ rule: string; project: string; message: string; source: { lines: string } }> };
  expect(b.ok).toBe(false);
  expect(b.issues.map((i) => [i.rule, i.project, i.source.lines])).toEqual([['d2g.infra.requires_combination', 'I1', '434']]);

  const text = await check('over-cap.json');
  expect(text.code).toBe(7);
  expect(text.stdout).toContain('交付要件の確認: 要件を満たしていません（提出できません）（誤り 1件・警告 0件）');
  expect(text.stdout).toContain('  2026年度（令和8年度）\t15億円\t0円\t0円\t15億円');
  expect(text.stdout).toContain('[誤り] d2g.soft.annual_cap.municipality: 2026年度（令和8年度）のソフト事業の国費 15億円');

  const warned = await check('guideline-exceeded.json');
  expect(warned.code).toBe(0);
  expect(warned.stdout).toContain('[警告] d2g.kyoten.project_cap.municipality K1:');

  const unknown = await check('unknown-kpi.json', '--format', 'json');
  expect(unknown.code).toBe(7);
  expect(unknown.stdout).toContain('takaoka-2026/k-nowhere');

  const malformed = await check('malformed.json');
  expect(malformed.code).toBe(1);
  expect(malformed.stdout).toBe('');
  expect(malformed.stderr).toMatch(/malformed\.json \d+行目 列「projects\[0\]\.kind」/);
  expect(malformed.stderr).toMatch(/malformed\.json \d+行目 列「projects\[0\]\.costs\[0\]\.eligible_cost」: 金額「-5万」は0円以上/);

  const syntax = await check('syntax-error.json');
  expect(syntax.code).toBe(1);
  expect(syntax.stderr).toContain('syntax-error.json 4行目');

  expect((await check('nowhere.json')).code).toBe(2);
  expect((await check('valid-municipality.json', '--format', 'xml')).code).toBe(1);
}, 240_000);

it('imports application files as drafts: created, then a new version of the same draft; a malformed file writes nothing', async () => {
  const imp = (...files: string[]) => sousei(['grants', 'import', ...files.map((f) => join(FIXTURES, f))]);
  const first = await imp('valid-municipality.json');
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/valid-municipality\.json: 作成 g-[0-9a-f]{12}（版 1）162027 2026年度/);
  const id = /作成 (g-[0-9a-f]{12})/.exec(first.stdout)![1]!;
  // the same government and year again: the draft gets a new version, not a second application
  const again = await imp('combination-broken.json');
  expect(again.code).toBe(0);
  expect(again.stdout).toContain(`combination-broken.json: 更新 ${id}（版 2）`);
  // a batch with one malformed file: refused before anything is written
  const bad = await imp('valid-municipality.json', 'malformed.json');
  expect(bad.code).toBe(1);
  const list = JSON.parse((await sousei(['grants', 'list', '--format', 'json'])).stdout) as { applications: { id: string; current_version: number; check_errors: number }[] };
  expect(list.applications.map((a) => [a.id, a.current_version, a.check_errors])).toEqual([[id, 2, 1]]);
});
