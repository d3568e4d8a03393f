/**
 * The real `sousei` command (bin/sousei.mjs) in child processes, on an embedded PGlite database
 * in a fresh temporary directory. Few spawns: each one that opens the database takes seconds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { runSousei } from './support/sousei-cli.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REFERENCE = 'reference-data/strategies/chiiki-mirai-senryaku-2026.json';
const dataDir = mkdtempSync(join(tmpdir(), 'sousei-cli-test-'));

const sousei = async (args: string[]) => {
  const r = await runSousei(args, { env: { SOUSEI_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SOUSEI_ACTOR: 'cli:test' } });
  return { code: r.code, stdout: r.stdoutBytes, stderr: r.stderr };
};

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

interface EvaluatedKpi {
  id: string;
  status: string;
  [key: string]: unknown;
}

describe('sousei CLI [pglite]', () => {
  it('kpi evaluate --input <national catalog> --format json: one result per top-level KPI, consistent summary', async () => {
    const r = await sousei(['kpi', 'evaluate', '--input', REFERENCE, '--as-of', '2026-11-23', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout.toString('utf8')) as { kpis: EvaluatedKpi[]; summary: { total: number; by_status: Record<string, number> }; as_of: string };
    const file = JSON.parse(readFileSync(join(ROOT, REFERENCE), 'utf8')) as { kpis: Array<{ id: string }> };

    expect(out.as_of).toBe('2026-11-23');
    expect(out.kpis.length).toBe(file.kpis.length);
    expect(out.kpis.map((k) => k.id)).toEqual(file.kpis.map((k) => k.id));
    for (const k of out.kpis) {
      expect(['1A', '1B', '1C', '2', '3']).toContain(k.status);
      for (const key of ['id', 'progress', 'status', 'band', 'on_track', 'pre_revision_target_reached']) expect(k, `${k.id}.${key}`).toHaveProperty(key);
    }
    const sum = Object.values(out.summary.by_status).reduce((s, n) => s + n, 0);
    expect(Object.keys(out.summary.by_status).sort()).toEqual(['1A', '1B', '1C', '2', '3']);
    expect(sum).toBe(out.summary.total);
    expect(out.summary.total).toBe(file.kpis.length);
  });

  it('kpi evaluate --input <small catalog> --format table prints Japanese status labels', async () => {
    const r = await sousei(['kpi', 'evaluate', '--input', 'test/fixtures/catalog-small.json', '--as-of', '2026-11-23', '--format', 'table']);
    expect(r.code).toBe(0);
    const out = r.stdout.toString('utf8');
    expect(out).toContain('テスト戦略（小）（test-strategy） 令和8年（2026年）11月23日 時点');
    const row = (id: string) => out.split('\n').find((l) => l.startsWith(`${id} `)) ?? '';
    expect(row('T-02')).toContain('①A 目標達成');
    expect(row('T-02')).toContain('110%');
    expect(row('T-04')).toContain('①B 進捗');
    expect(row('T-04')).toContain('60%');
    expect(row('T-05')).toContain('② 進捗なし・悪化');
    // One number format: 万 grouping, units, 年度 / 年 labels, the minus sign U+2212.
    expect(row('T-01')).toContain('1万1,000人（2025年度）');
    expect(row('T-01')).toContain('2万人（2030年度）');
    expect(row('T-02')).toContain('71%（2025年・速報値）');
    expect(row('T-05')).toContain('\u221210%');
    expect(out).toContain('合計 5件  ①A 目標達成: 1  ①B 進捗: 3  ①C 数値目標なし: 0  ② 進捗なし・悪化: 1  ③ 測定不能: 0');
  });

  it('import catalog, import Shift_JIS actuals, then kpi evaluate --strategy --format csv (UTF-8 with BOM)', async () => {
    const cat = await sousei(['import', 'test/fixtures/catalog-small.json']);
    expect(cat.code).toBe(0);
    expect(cat.stdout.toString('utf8')).toContain('取り込みました: 戦略「test-strategy」を登録（KPI 7件、実績値 6件）');

    const obs = await sousei(['import', 'test/fixtures/observations-sjis.csv', '--strategy', 'test-strategy']);
    expect(obs.code).toBe(0);
    expect(obs.stdout.toString('utf8')).toContain('取り込みました: 戦略「test-strategy」の実績値 5行（新規 4件、更新 0件、変更なし 0件、欠測 1件）');

    const ev = await sousei(['kpi', 'evaluate', '--strategy', 'test-strategy', '--as-of', '2028-06-30', '--format', 'csv']);
    expect(ev.code).toBe(0);
    expect([...ev.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(ev.stdout.subarray(3).toString('utf8'), { columns: true }) as Array<Record<string, string>>;
    const t01 = rows.find((r) => r.指標ID === 'T-01');
    // 「1.2万」 for 「令和9年度」: (12000 − 10000) / (20000 − 10000) = 20 %
    expect(t01).toMatchObject({ 実績値: '12000', 実績期間: 'FY2027', '進捗率(%)': '20', 判定: '①B 進捗' });
    // 「６４％」 for 「２０２６」: (64 − 60) / (70 − 60) = 40 %
    expect(rows.find((r) => r.指標ID === 'T-02')).toMatchObject({ 実績値: '64', 実績期間: '2026', '進捗率(%)': '40' });
    expect(rows.map((r) => r.指標ID)).toEqual(['T-01', 'T-02', 'T-03', 'T-03a', 'T-03b', 'T-04', 'T-05']);
  }, 240_000); // the first command on a fresh data directory loads the reference data (1.3 M values)

  it('import of a bad file exits 1 naming the file and the row, and says the database is unchanged', async () => {
    const r = await sousei(['import', 'test/fixtures/not-a-number.csv', '--strategy', 'test-strategy']);
    expect(r.code).toBe(1);
    expect(r.stdout.toString('utf8')).toBe('');
    expect(r.stderr).toContain('データベースは変更されていません');
    expect(r.stderr).toContain('not-a-number.csv 3行目 列「value」: 数値ではありません: "abc"');
  });

  it('misuse gets one line and the documented exit code, never a stack trace (on main: exit 3 with a stack for each)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'sousei-cli-misuse-'));
    try {
      const deep = join(work, 'deep.json');
      writeFileSync(deep, `{"strategy": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
      const nul = join(work, 'nul.json');
      const c = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/catalog-small.json'), 'utf8')) as { strategy: { id: string; name: string } };
      c.strategy = { ...c.strategy, id: 'nul-name', name: 'テスト\u0000戦略' };
      writeFileSync(nul, JSON.stringify(c));
      const cases: Array<[string[], number, string]> = [
        [['import', join(work, 'missing.csv'), '--strategy', 'test-strategy'], 2, 'がありません'],
        [['import', deep], 1, '入れ子が深すぎます'],
        [['import', nul], 1, 'NUL'],
        [['export', '--strategy', 'test-strategy', '--what', 'kpis', '--format', 'xlsx'], 1, 'CSV 形式'],
        [['export', '--strategy', 'test-strategy', '--what', 'evaluation', '--format', 'xlsx'], 1, '--out'],
        [['export', '--strategy', 'test-strategy', '--what', 'nonsense'], 1, '--what'],
        [['audit', '--strategy', 'test-strategy', '--limit', 'many'], 1, '--limit'],
        [['users', 'add', '--email', 'x@example.jp', '--name', 'x', '--role', 'admin', '--org', '99999', '--password-stdin'], 1, '団体'],
        [['no-such-command'], 1, 'unknown command'],
      ];
      for (const [args, code, text] of cases) {
        const r = await sousei(args);
        expect(r.code, args.join(' ')).toBe(code);
        expect(r.stderr, args.join(' ')).toContain(text);
        expect(r.stderr, args.join(' ')).not.toMatch(/^\s+at /m);
      }
      // Piping into `head` closes the pipe early: the command ends quietly (on main: EPIPE crash).
      const piped = spawnSync(
        'sh',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell variable, expanded by sh
        ['-c', 'node bin/sousei.mjs export --strategy chiiki-mirai-senryaku-2026 --what catalog | head -c 100 > /dev/null; echo "exit=${PIPESTATUS:-$?}"'],
        {
          cwd: ROOT,
          env: { ...process.env, SOUSEI_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
          encoding: 'utf8',
        },
      );
      expect(piped.stderr).not.toMatch(/EPIPE|Error/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
