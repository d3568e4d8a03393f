/** `sousei plans rounds …` against an embedded data directory: open (bad input names every problem and changes nothing), list, summary as Excel, publish. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadExcelJS } from '../src/shared/load-exceljs.ts';
import { runSousei } from './support/sousei-cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'sousei-rounds-cli-'));
const sousei = (args: string[]) => runSousei(['plans', 'rounds', ...args], { env: { SOUSEI_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SOUSEI_ACTOR: 'cli:test' } });

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('opens, lists, exports and publishes a round from the command line', async () => {
  const bad = await sousei(['open', '--title', '上期', '--types', 'A', '--from', '2026-04-01', '--to', '2026-12-31', '--deadline', '2026-10-31']);
  expect(bad.code).not.toBe(0);
  expect(bad.stderr).toContain('半期');
  expect(bad.stderr).toContain('提出期限');
  expect((await sousei(['list'])).stdout).toBe('');
  const open = await sousei(['open', '--title', '令和8年度上期 進捗確認', '--types', 'B,C', '--from', '2026-04-01', '--to', '2026-09-30', '--deadline', '2026-10-31']);
  expect(open.code).toBe(0);
  const id = /(r-[0-9a-f]{12})/.exec(open.stdout)![1]!;
  expect((await sousei(['list'])).stdout).toContain(`${id}\t令和8年度上期 進捗確認\tB,C\t2026-04-01〜2026-09-30\t期限 令和8年（2026年）10月31日`);
  const file = join(dataDir, 'summary.xlsx');
  expect((await sousei(['summary', id, '--xlsx', file])).code).toBe(0);
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  const bytes = readFileSync(file);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  expect(wb.getWorksheet('概要')!.getCell('A1').value).toBe('令和8年度上期 進捗確認 進捗確認の結果');
  expect((await sousei(['publish', id])).code).toBe(0);
  expect((await sousei(['list'])).stdout).toContain('公表済み');
}, 180_000);
