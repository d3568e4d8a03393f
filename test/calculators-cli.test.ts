/**
 * `sousei calc …` through the real CLI (bin/sousei.mjs in a child process). The calculators open no
 * database, so the data directory given is never created.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { KFN_EX1_RESULT, KFN_RESULT_KEYS } from './support/kigyo-furusato.ts';
import { runSousei } from './support/sousei-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'sousei-calc-cli-'));
const dataDir = join(dir, 'data');
const sousei = (args: string[]) => runSousei(['calc', ...args], { env: { SOUSEI_DATA_DIR: dataDir, LOG_LEVEL: 'silent' } });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** KFN-EX1's company: 1,000万 donated, 法人税割 5,000万, 法人税 3億, 事業税 5,000万. */
const EX1_ARGS = ['--donation', '1000万', '--juminzei-hojinzeiwari', '5000万', '--hojinzei', '3億', '--jigyozei', '5000万'];

describe('sousei calc', () => {
  it('kigyo-furusato --format json: the issue’s command prints the fixed keys, exact yen (KFN-EX1)', async () => {
    const r = await sousei(['kigyo-furusato', ...EX1_ARGS, '--effective-tax-rate', '0.3', '--as-of', '2026-12-01', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(KFN_RESULT_KEYS);
    expect(out).toMatchObject({
      ...KFN_EX1_RESULT,
      reasons: [],
      as_of: '2026-12-01',
    });
    expect(existsSync(dataDir)).toBe(false);
  });

  it('kigyo-furusato text: KFN-EX4 with 和暦 date, caps marked in the trace; --recipient/--head-office of the same city fails', async () => {
    const r = await sousei([
      'kigyo-furusato',
      '--donation',
      '1,000万',
      '--juminzei-hojinzeiwari',
      '1000万',
      '--hojinzei',
      '1200万',
      '--jigyozei',
      '800万',
      '--as-of',
      '令和8年12月1日',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('評価日 令和8年（2026年）12月1日');
    expect(r.stdout).toMatch(/法人税の控除\s+60万円/);
    expect(r.stdout).toMatch(/実質負担額\s+280万円（寄附額の28%）/);
    expect(r.stdout).toContain('法人税額の5% 60万円【上限が効いた】');
    const home = await sousei(['kigyo-furusato', ...EX1_ARGS, '--as-of', '2026-12-01', '--recipient', '162019', '--head-office', '16201', '--format', 'json']);
    const out = JSON.parse(home.stdout) as { eligible: boolean; total_credit: number; reasons: string[] };
    expect([out.eligible, out.total_credit]).toEqual([false, 0]);
    expect(out.reasons[0]).toContain('本社の所在する地方公共団体');
  });

  it('bad input: exit 1 naming each option, nothing printed to stdout', async () => {
    const r = await sousei([
      'kigyo-furusato',
      '--donation',
      '-1',
      '--juminzei-hojinzeiwari',
      'たくさん',
      '--hojinzei',
      '3億',
      '--jigyozei',
      '5000万',
      '--effective-tax-rate',
      '1.5',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('列「--donation」: 金額「-1」は0円以上');
    expect(r.stderr).toContain('列「--juminzei-hojinzeiwari」: 金額「たくさん」を読めません');
    expect(r.stderr).toContain('列「--effective-tax-rate」: 実効税率は1以下');
    const late = await sousei(['kigyo-furusato', ...EX1_ARGS, '--as-of', '2020-03-31']);
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('列「--as-of」: 評価日 2020-03-31 は現行の企業版ふるさと納税');
  });

  it('pro-jinzai --cost 70万 --format json: 50万, the cap bound; --rate above 8/10 is exit 1 naming --rate', async () => {
    const r = await sousei(['pro-jinzai', '--cost', '70万', '--as-of', '2026-12-01', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ grant: 500_000, eligible_cost: 700_000, company_share: 200_000, binding_caps: ['fukugyo_cap_per_case'], as_of: '2026-12-01' });
    const items = await sousei(['pro-jinzai', '--fee', '50万', '--travel', '5万', '--referral-fee', '15万', '--rate', '0.5', '--as-of', '2026-12-01']);
    expect(items.stdout).toMatch(/交付額\s+35万円/);
    const bad = await sousei(['pro-jinzai', '--cost', '70万', '--rate', '0.9']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('列「--rate」: 補助率は0から0.8');
  });

  it('kigyo-furusato-what-if --out FILE.xlsx: the table read back; --donation repeated', async () => {
    const file = join(dir, 'what-if.xlsx');
    const r = await sousei(['kigyo-furusato-what-if', '--juminzei-hojinzeiwari', '5000万', '--hojinzei', '3億', '--jigyozei', '5000万', '--as-of', '2026-12-01', '--out', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('純負担の試算')!;
    const row = ws.getRows(10, ws.rowCount - 9)!.find((x) => x.getCell(1).value === 100_000_000)!;
    expect([row.getCell(5).value, row.getCell(8).value]).toEqual([30_000_000, 40_000_000]);
    const json = await sousei([
      'kigyo-furusato-what-if',
      '--juminzei-hojinzeiwari',
      '5000万',
      '--hojinzei',
      '3億',
      '--jigyozei',
      '5000万',
      '--as-of',
      '2026-12-01',
      '--donation',
      '1,000万',
      '--donation',
      '1億',
      '--format',
      'json',
    ]);
    const out = JSON.parse(json.stdout) as { rows: Array<{ donation: number; net_burden: number }> };
    expect(out.rows.map((x) => [x.donation, x.net_burden])).toEqual([
      [10_000_000, 1_000_000],
      [100_000_000, 40_000_000],
    ]);
    const noOut = await sousei(['kigyo-furusato-what-if', '--juminzei-hojinzeiwari', '5000万', '--hojinzei', '3億', '--jigyozei', '5000万', '--format', 'xlsx']);
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toContain('--out');
  });
});
